package org.dossier.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Gate: reproduces every figure the official ROUGE-1.5.5 Perl script printed for the shared fixture cases
 * ({@code rouge-fixtures/cases.jsonl}: every case, option set, metric and R/P/F) to its 5 printed decimals.
 * Skipped when the shared data is absent.
 */
class RougeFixturesTest {

    /** The option sets of the fixture file, as documented in its README. */
    static final Map<String, RougeOptions> OPTION_SETS = Map.of(
            "duc2006", RougeOptions.duc2006(),
            "duc2004", RougeOptions.duc2004(),
            "nolimit", RougeOptions.stemmedNoLimit(),
            "nostem-stopwords", RougeOptions.stopwordsRemoved());

    @Test
    void reproducesEveryFigureOfRouge155() throws IOException {
        Path cases = SharedData.resolve("rouge-fixtures/cases.jsonl").orElse(null);
        Assumptions.assumeTrue(cases != null, "shared data absent: rouge-fixtures/cases.jsonl");

        ObjectMapper json = new ObjectMapper();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int caseCount = 0;
        try (BufferedReader reader = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                caseCount++;
                JsonNode c = json.readTree(line);
                List<String> system = strings(c.get("system"));
                List<List<String>> refs = new ArrayList<>();
                c.get("refs").forEach(r -> refs.add(strings(r)));
                for (Iterator<Map.Entry<String, JsonNode>> sets = c.get("expected").fields(); sets.hasNext(); ) {
                    Map.Entry<String, JsonNode> set = sets.next();
                    RougeOptions options = OPTION_SETS.get(set.getKey());
                    assertTrue(options != null, "unknown option set " + set.getKey());
                    RougeReport report = new RougeScorer(options).score(system, refs);
                    for (Iterator<Map.Entry<String, JsonNode>> metrics = set.getValue().fields(); metrics.hasNext(); ) {
                        Map.Entry<String, JsonNode> metric = metrics.next();
                        RougeScore ours = report.get(RougeMetric.fromLabel(metric.getKey()));
                        double[] got = {ours.recall(), ours.precision(), ours.f()};
                        String[] keys = {"R", "P", "F"};
                        for (int k = 0; k < 3; k++) {
                            double expected = metric.getValue().get(keys[k]).asDouble();
                            compared++;
                            if (Math.abs(round5(got[k]) - expected) >= 0.5e-5) {
                                mismatches.add(String.format("%s %s %s %s: expected %.5f got %.7f",
                                        c.get("id").asText(), set.getKey(), metric.getKey(), keys[k], expected,
                                        got[k]));
                            }
                        }
                    }
                }
            }
        }
        new GateLine("rouge-fixtures", String.format("figures matching ROUGE-1.5.5 %d/%d, cases %d",
                compared - mismatches.size(), compared, caseCount), caseCount == 27 && mismatches.isEmpty()).print();
        assertEquals(27, caseCount, "fixture cases read");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + compared + " figures differ:\n"
                + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
    }

    /** Rounds to 5 decimals the way Perl's printf("%.5f") does: the exact binary value, half to even. */
    static double round5(double x) {
        return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
