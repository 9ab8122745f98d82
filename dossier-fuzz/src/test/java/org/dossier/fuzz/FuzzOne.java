package org.dossier.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the fuzz tests of one class in this JVM, for {@code .ci/fuzz}: with {@code JAZZER_FUZZ=1} Jazzer fuzzes the
 * class's {@code @FuzzTest} for its {@code maxDuration}, and a finding fails the run. Jazzer fuzzes one target per
 * JVM, so the script starts one JVM per target; starting a JVM costs far less than a Maven run.
 *
 * <pre>JAZZER_FUZZ=1 java -cp TEST_CLASSPATH org.dossier.fuzz.FuzzOne org.dossier.fuzz.TextReaderFuzzTest</pre>
 *
 * <p>Environment: {@code FUZZ_SEED} (libFuzzer's seed, default 1; 0 for a random one) and {@code FUZZ_SECONDS}
 * (overrides the target's {@code maxDuration}).
 */
public final class FuzzOne {
    private FuzzOne() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        if (args.length != 1) {
            System.err.println("usage: FuzzOne FUZZ_TEST_CLASS");
            System.exit(2);
        }
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Class.forName(args[0])))
                // JUnit would apply a target's @Timeout to the whole fuzzing session; Jazzer applies it to each
                // input (libFuzzer's -timeout), which is what catches hangs.
                .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled");
        // Extra libFuzzer flags, which Jazzer's JUnit integration reads from jazzer.internal.arg.N. A fixed seed
        // makes a CI run explore the same inputs in the same order on every machine, so a commit's fuzz result
        // does not depend on luck; FUZZ_SEED=0 asks libFuzzer for a random seed when hunting for new findings.
        List<String> extra = new ArrayList<>();
        extra.add("dossier-fuzz"); // the first is taken as argv[0], as on a command line
        extra.add("-seed=" + env("FUZZ_SEED", "1"));
        String seconds = System.getenv("FUZZ_SECONDS");
        if (seconds != null && !seconds.isBlank()) {
            extra.add("-max_total_time=" + seconds.strip());
        }
        for (int i = 0; i < extra.size(); i++) {
            builder.configurationParameter("jazzer.internal.arg." + i, extra.get(i));
        }
        LauncherDiscoveryRequest request = builder.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        TestExecutionSummary result = summary.getSummary();
        result.getFailures().forEach(f -> {
            System.err.println("FUZZ FINDING in " + f.getTestIdentifier().getDisplayName() + ": " + f.getException());
            f.getException().printStackTrace();
        });
        System.out.println("fuzz " + args[0] + ": " + result.getTestsSucceededCount() + " passed, "
                + result.getTestsFailedCount() + " failed");
        System.exit(result.getTestsFailedCount() == 0 && result.getTestsFoundCount() > 0 ? 0 : 1);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
