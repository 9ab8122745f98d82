package org.dossier.eval.rouge;

import java.util.Locale;

/** The four ROUGE scores of one system summary against its references. */
public record RougeReport(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL, RougeScore rougeSU4) {

    /** The score of one metric. */
    public RougeScore get(RougeMetric metric) {
        return switch (metric) {
            case ROUGE_1 -> rouge1;
            case ROUGE_2 -> rouge2;
            case ROUGE_L -> rougeL;
            case ROUGE_SU4 -> rougeSU4;
        };
    }

    /** One line per metric in ROUGE's style, e.g. {@code ROUGE-1 R:0.41234 P:0.39876 F:0.40543}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (RougeMetric m : RougeMetric.values()) {
            RougeScore s = get(m);
            sb.append(String.format(Locale.ROOT, "%-9s R:%.5f P:%.5f F:%.5f%n", m.label(), s.recall(),
                    s.precision(), s.f()));
        }
        return sb.toString();
    }
}
