package org.kapitza.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One Spark context in {@code local[2]} mode for every test of the module: a JVM holds one active
 * context, and starting one costs about a second (see {@link LocalSparkTest}), so the tests share it.
 */
final class LocalSpark {
    private static JavaSparkContext context;
    private static long startupNanos;

    private LocalSpark() {}

    static synchronized JavaSparkContext context() {
        if (context == null) {
            long t0 = System.nanoTime();
            SparkConf conf = new SparkConf()
                    .setMaster("local[2]")
                    .setAppName("kapitza-tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1");
            context = new JavaSparkContext(conf);
            startupNanos = System.nanoTime() - t0;
            Runtime.getRuntime().addShutdownHook(new Thread(context::stop));
        }
        return context;
    }

    /** Seconds the shared context took to start (0 before {@link #context()}). */
    static synchronized double startupSeconds() {
        return startupNanos * 1e-9;
    }
}
