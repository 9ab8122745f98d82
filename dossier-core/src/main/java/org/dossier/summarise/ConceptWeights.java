package org.dossier.summarise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * The learned part of the summariser: the coefficients of a log-linear model that turns a concept's
 * {@link ConceptFeatures} into its weight (the odds that a human summary contains it), plus the sentence-level
 * settings of the selection: the lead prior, the bonus for sentences many outlets state, and the cost exponent.
 *
 * <p>The values are not set by hand: {@code dossier train} fits them on the development sets with cross-validation
 * over clusters and writes them to {@code org/dossier/summarise/weights.properties}, which ships inside
 * {@code dossier-core}. The file is plain text ({@code feature.NAME=coefficient}, {@code selection.NAME=x}),
 * so a change of model is visible in review.
 *
 * <p>Immutable.
 */
public final class ConceptWeights {
    /** Where the shipped weights live on the class path. */
    public static final String RESOURCE = "/org/dossier/summarise/weights.properties";
    private static final String FEATURE = "feature.";
    private static final String LEAD_PRIOR = "selection.leadPrior";
    private static final String SOURCE_BONUS = "selection.sourceBonus";
    private static final String COST_SCALING = "selection.costScaling";
    /** The cost exponent of the first summariser, used when a file does not set one. */
    public static final double DEFAULT_COST_SCALING = 0.7;

    private static final class Shipped {
        static final ConceptWeights INSTANCE = load();

        private static ConceptWeights load() {
            try (InputStream in = ConceptWeights.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " (run 'dossier train')");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final double[] coefficients;
    private final double leadPrior;
    private final double sourceBonus;
    private final double costScaling;

    /** Concept coefficients and a lead prior, with no source bonus and the default cost exponent. */
    public ConceptWeights(double[] coefficients, double leadPrior) {
        this(coefficients, leadPrior, 0, DEFAULT_COST_SCALING);
    }

    /**
     * @param coefficients one per {@link ConceptFeatures#NAMES}, in that order
     * @param leadPrior    a sentence's gain is multiplied by {@code 1 + leadPrior / (articles * (1 + s))}, {@code s}
     *                     its index in its article; 0 turns the prior off
     * @param sourceBonus  a sentence's gain is multiplied by {@code 1 + sourceBonus * (k - 1) / (articles - 1)}
     *                     where {@code k} counts the articles of its group (the outlets stating the same sentence)
     * @param costScaling  the exponent {@code r} of the selection's {@code gain / words^r}
     */
    public ConceptWeights(double[] coefficients, double leadPrior, double sourceBonus, double costScaling) {
        if (coefficients.length != ConceptFeatures.COUNT) {
            throw new IllegalArgumentException("expected " + ConceptFeatures.COUNT + " coefficients, got "
                    + coefficients.length);
        }
        requireNonNegative("lead prior", leadPrior);
        requireNonNegative("source bonus", sourceBonus);
        requireNonNegative("cost scaling", costScaling);
        this.coefficients = coefficients.clone();
        this.leadPrior = leadPrior;
        this.sourceBonus = sourceBonus;
        this.costScaling = costScaling;
    }

    private static void requireNonNegative(String what, double value) {
        if (value < 0 || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite value >= 0, got " + value);
        }
    }

    /** The weights shipped with the library (read once). */
    public static ConceptWeights shipped() {
        return Shipped.INSTANCE;
    }

    /** Reads weights in the {@code weights.properties} format; a feature the file lacks gets coefficient 0. */
    public static ConceptWeights read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        double[] c = new double[ConceptFeatures.COUNT];
        for (int i = 0; i < c.length; i++) {
            String key = FEATURE + ConceptFeatures.NAMES.get(i);
            String value = p.getProperty(key);
            c[i] = value == null ? 0 : Double.parseDouble(value.strip()); // a feature added later: not used yet
        }
        return new ConceptWeights(c, number(p, LEAD_PRIOR, 0), number(p, SOURCE_BONUS, 0),
                number(p, COST_SCALING, DEFAULT_COST_SCALING));
    }

    private static double number(Properties p, String key, double otherwise) {
        String value = p.getProperty(key);
        return value == null ? otherwise : Double.parseDouble(value.strip());
    }

    /** Writes the weights in the format {@link #read} accepts, in feature order, after the comment lines. */
    public void write(Writer out, String comment) throws IOException {
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        for (int i = 0; i < coefficients.length; i++) {
            out.write(String.format(Locale.ROOT, "%s%s=%.6f%n", FEATURE, ConceptFeatures.NAMES.get(i),
                    coefficients[i]));
        }
        out.write(String.format(Locale.ROOT, "%s=%.6f%n", LEAD_PRIOR, leadPrior));
        out.write(String.format(Locale.ROOT, "%s=%.6f%n", SOURCE_BONUS, sourceBonus));
        out.write(String.format(Locale.ROOT, "%s=%.6f%n", COST_SCALING, costScaling));
    }

    /** The same model with another lead prior. */
    public ConceptWeights withLeadPrior(double prior) {
        return new ConceptWeights(coefficients, prior, sourceBonus, costScaling);
    }

    /** The same model with another source bonus. */
    public ConceptWeights withSourceBonus(double bonus) {
        return new ConceptWeights(coefficients, leadPrior, bonus, costScaling);
    }

    /** The same model with another cost exponent. */
    public ConceptWeights withCostScaling(double r) {
        return new ConceptWeights(coefficients, leadPrior, sourceBonus, r);
    }

    /** The same selection settings with other concept coefficients. */
    public ConceptWeights withCoefficients(double[] c) {
        return new ConceptWeights(c, leadPrior, sourceBonus, costScaling);
    }

    /**
     * The weight of a concept with these features: {@code exp(w . x)}, the odds {@code p / (1 - p)} of the logistic
     * model. The odds rather than the probability because they keep the spread between a fact every outlet
     * reports and one a single outlet mentions (the probability saturates, and with it the summary drifts to
     * middling concepts); with only {@code logCount} set to 1 this is the hand-made count score of earlier versions.
     */
    public double weight(double[] features) {
        double z = 0;
        for (int i = 0; i < coefficients.length; i++) {
            z += coefficients[i] * features[i];
        }
        return Math.exp(z);
    }

    /** A copy of the coefficients, in {@link ConceptFeatures#NAMES} order. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    public double leadPrior() {
        return leadPrior;
    }

    public double sourceBonus() {
        return sourceBonus;
    }

    public double costScaling() {
        return costScaling;
    }

    /** The gain multiplier of a sentence whose group spans {@code sources} of the cluster's {@code articles}. */
    double sourceFactor(int sources, int articles) {
        return articles <= 1 ? 1 : 1 + sourceBonus * (sources - 1) / (articles - 1.0);
    }

    /** The gain multiplier of the sentence at index {@code s} of its article in a cluster of {@code articles}. */
    double leadPriorFactor(int s, int articles) {
        return 1 + leadPrior / (Math.max(1, articles) * (1.0 + s));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConceptWeights w && Arrays.equals(coefficients, w.coefficients)
                && leadPrior == w.leadPrior && sourceBonus == w.sourceBonus && costScaling == w.costScaling;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {Arrays.hashCode(coefficients), leadPrior, sourceBonus, costScaling});
    }

    @Override
    public String toString() {
        return "ConceptWeights" + Arrays.toString(coefficients) + " leadPrior=" + leadPrior + " sourceBonus="
                + sourceBonus + " costScaling=" + costScaling;
    }
}
