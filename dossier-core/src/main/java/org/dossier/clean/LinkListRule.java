package org.dossier.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises lines made mostly of link-like words: web addresses, e-mail addresses, social handles and hashtags
 * ("www.gazette.example | @gazette | #harbour"). Such lines are the residue of link lists and social widgets.
 *
 * <p>At least half of the words must be link-like and the line must not end like a sentence, so "Write to
 * tips@gazette.example with your questions." stays.
 */
public final class LinkListRule implements LineRule {
    private static final Pattern LINK_LIKE = Pattern.compile(
            "^(https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+|[@#][\\p{L}\\d_]{2,}|\\S+\\.(com|org|net|co\\.uk|gov)(/\\S*)?)$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<Furniture> judge(LineContext line) {
        if (line.endsLikeSentence() || line.words() > 12) {
            return Optional.empty();
        }
        int words = 0;
        int links = 0;
        for (String token : line.text().split("[\\s|\u00B7\u2022]+")) {
            if (token.isEmpty()) {
                continue;
            }
            words++;
            if (LINK_LIKE.matcher(token).matches()) {
                links++;
            }
        }
        return words > 0 && links * 2 >= words ? Optional.of(Furniture.SHARE) : Optional.empty();
    }

    @Override
    public String name() {
        return "link-list";
    }
}
