package org.dossier.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreCheck;
import org.dossier.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting JVM with SIGKILL ({@link Process#destroyForcibly()}) at random moments, several times over the
 * same store, and checks after each kill that the store opens, passes {@link StoreCheck}, and holds every article
 * the killed process acknowledged, readable in full.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedArticleSurvivesKillNine() throws Exception {
        Random random = new Random(2026);
        Set<String> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            Set<String> acks = ConcurrentHashMap.newKeySet();
            Process child = start(round);
            CountDownLatch firstAck = new CountDownLatch(1);
            Thread reader = new Thread(() -> readAcks(child, acks, firstAck));
            reader.start();
            assertTrue(firstAck.await(20, TimeUnit.SECONDS), "the child acknowledged nothing in 20 s");
            Thread.sleep(random.nextInt(1200)); // the kill falls anywhere: mid-batch, mid-commit, mid-merge
            assertTrue(child.isAlive(), "the child must still be ingesting when killed");
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            acknowledged.addAll(acks);

            StoreCheck.Result check = StoreCheck.check(dir);
            assertTrue(check.clean(), "round " + round + ": " + check.summary());
            Set<String> present = new HashSet<>();
            try (ArticleStore store = ArticleStore.open(dir)) {
                store.forEach(a -> {
                    assertTrue(!a.article().text().isBlank(), a.id());
                    present.add(a.id());
                });
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(present);
            assertEquals(Set.of(), lost, "round " + round + ": acknowledged but missing");
            System.out.printf("kill round %d: %d acknowledged in all, %d stored, %s%n", round, acknowledged.size(),
                    present.size(), check.summary());
        }
    }

    private Process start(int round) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), CrashTrialChild.class.getName(), dir.toString(),
                String.valueOf(round));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static void readAcks(Process child, Set<String> acks, CountDownLatch firstAck) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acks.add(line.substring(4));
                    firstAck.countDown();
                }
            }
        } catch (IOException e) {
            // The pipe breaks when the child is killed: what was read before is what was acknowledged.
        }
    }
}
