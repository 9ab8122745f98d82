package org.dossier.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession the tests share: {@code local[2]}, no web UI, driver bound to loopback, no event log, few
 * shuffle partitions. Spark takes seconds to start, so one session serves every test class of the run (surefire
 * runs them in one JVM); it is stopped when that JVM exits.
 */
final class SparkTestSession {
    private static SparkSession session;

    private SparkTestSession() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("dossier-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.eventLog.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "4")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
