package org.dossier.summarise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Sentence;

/**
 * A fictional news story written for these tests: a ferry strike in the invented port of Port Ellis, covered by
 * five invented outlets. The meeting between the mayor and the union leader is reported by three of them in
 * different words; ticket fares are mentioned by one outlet only; dates differ across outlets.
 */
final class FerryStrikeStory {
    private FerryStrikeStory() {
    }

    static List<AnalysedArticle> articles() {
        List<AnalysedArticle> out = new ArrayList<>();
        out.add(article(out.size(), "gazette", "Ferry workers strike in Port Ellis", "Harbour Gazette",
                LocalDate.of(2026, 3, 2),
                "PORT ELLIS, Norland (Harbour Wire) -- Ferry workers in Port Ellis walked off the job on Monday, "
                        + "halting all crossings to the Kestrel Islands.",
                "Mayor Lena Hart and union leader Tomas Reyes met for 90 minutes on Tuesday at City Hall to "
                        + "discuss the strike.",
                "The union is demanding a nine percent pay rise and safer night shifts for deck crews.",
                "He said the talks would continue at City Hall next week with the ferry company.",
                "Will the islanders run out of fuel before the strike ends?",
                "About 4,000 islanders depend on the ferries for food, fuel and medical visits."));
        out.add(article(out.size(), "courier", "Kestrel crossings halted as ferry staff walk out", "Coastal Courier",
                LocalDate.of(2026, 3, 2),
                "Ferry crossings to the Kestrel Islands stopped on Monday after workers in Port Ellis went on "
                        + "strike over pay.",
                "The 90-minute meeting between Mayor Lena Hart and union leader Tomas Reyes took place at City Hall "
                        + "on Tuesday.",
                "Reyes said the union wants a nine percent pay rise and safer night shifts for deck crews.",
                "The ferry company said it had offered four percent and called the demand unaffordable.",
                "Short line here."));
        out.add(article(out.size(), "daily", "Mayor meets union leader over ferry strike", "Norland Daily",
                LocalDate.of(2026, 3, 3),
                "Mayor Lena Hart met union leader Tomas Reyes at City Hall on Tuesday for 90 minutes, officials "
                        + "said.",
                "The ferry company said its offer of four percent was final and warned of further cancellations.",
                "Island schools have moved lessons online while the ferries stay idle in the harbour.",
                "However, the mayor said she was hopeful of a deal with the ferry workers before the weekend."));
        out.add(article(out.size(), "radio", "Fares to rise in April", "Islands Radio",
                LocalDate.of(2026, 3, 4),
                "Ticket fares on the ferry routes will rise by twelve percent in April, the transport board "
                        + "confirmed on Wednesday.",
                "The fare increase was approved before the strike began and is unrelated to the pay dispute, the "
                        + "board said.",
                "Fishermen on the Kestrel Islands have offered their boats to carry medicine across the strait."));
        out.add(article(out.size(), "sentinel", "Strikers reject offer", "Sentinel",
                LocalDate.of(2026, 3, 3),
                "Striking ferry workers in Port Ellis rejected the company's offer of four percent on Wednesday.",
                "Union leader Tomas Reyes said the deck crews had worked unsafe night shifts for years.",
                "\"We are not going back until the night shifts are safe,\" Reyes told reporters outside the depot.",
                "Islanders queued for hours at the small harbour to board fishing boats to the mainland."));
        return out;
    }

    /** An analysed article whose text is its sentences joined by single spaces, one paragraph. */
    static AnalysedArticle article(int index, String id, String title, String outlet, LocalDate published,
                                   String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> parts = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(s);
            parts.add(new Sentence(index, parts.size(), 0, start, text.length(), s));
        }
        Article article = Article.builder(id, text.toString()).title(title).outlet(outlet).published(published)
                .build();
        return new AnalysedArticle(index, article, parts);
    }
}
