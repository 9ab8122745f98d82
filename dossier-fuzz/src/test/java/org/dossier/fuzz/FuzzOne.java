package org.dossier.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

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
 */
public final class FuzzOne {
    private FuzzOne() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        if (args.length != 1) {
            System.err.println("usage: FuzzOne FUZZ_TEST_CLASS");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Class.forName(args[0])))
                // JUnit would apply a target's @Timeout to the whole fuzzing session; Jazzer applies it to each
                // input (libFuzzer's -timeout), which is what catches hangs.
                .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled")
                .build();
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
}
