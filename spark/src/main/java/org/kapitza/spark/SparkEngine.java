package org.kapitza.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.kapitza.cli.Settings;
import org.kapitza.study.EngineOptions;
import org.kapitza.study.PointResult;
import org.kapitza.study.StudyEngine;
import org.kapitza.study.StudyEngines;
import org.kapitza.study.StudyPlan;
import org.kapitza.study.StudySource;

/**
 * Runs a study's points as Apache Spark tasks. The driver (this JVM) sends the study as text and the
 * indices of the points to run; executors rebuild the plan and run each point with the embedded
 * engine's {@link org.kapitza.study.PointRunner}, keeping runners and their reuse caches from task to
 * task ({@link ExecutorRunners}); each task's results come back to the driver as the task ends and go
 * to the study's sink, which writes study.csv exactly as for the embedded engine.
 *
 * <p>The Spark context: the active one if there is one (spark-submit, tests), else a new one from
 * Spark's own configuration — {@code spark.*} system properties, which spark-submit sets from
 * {@code --master} and {@code --conf}, and the launcher from {@code kapitza study --master} — with
 * master {@code local[*]} when none is given. A context this engine made is stopped when the study ends.
 *
 * <p>{@code spark.kapitza.tasks} sets the number of tasks (default: four per executor core, at most
 * one per point): more tasks balance uneven points and bring rows back sooner; each task starts on
 * whatever runner its executor has idle, so more tasks cost little reuse.
 */
public final class SparkEngine implements StudyEngine {
    /** Tasks per executor core, unless {@code spark.kapitza.tasks} says otherwise. */
    static final int TASKS_PER_CORE = 4;

    private final EngineOptions options;
    private final JavaSparkContext given;

    /** An engine on the active Spark context, or a new one from Spark's configuration. */
    public SparkEngine(EngineOptions options) {
        this(options, null);
    }

    /** An engine on the given context (left running at the end). */
    public SparkEngine(EngineOptions options, JavaSparkContext context) {
        this.options = options;
        this.given = context;
    }

    @Override
    public String name() {
        return StudyEngines.SPARK;
    }

    @Override
    public String describe() {
        if (given != null) return "Apache Spark, master " + given.master();
        SparkConf conf = configuration("");
        return "Apache Spark, master " + conf.get("spark.master");
    }

    @Override
    public void run(StudyPlan plan, List<StudyPlan.Point> points, Consumer<PointResult> sink) throws Exception {
        long before = System.currentTimeMillis();
        long t0 = System.nanoTime();
        JavaSparkContext spark = given != null ? given
                : JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(configuration(plan.name())));
        // Made here (not an active one, which belongs to whoever started it): Spark's API says which
        // context is active only inside its own package, so tell by its start time.
        boolean created = given == null && spark.sc().startTime() >= before;
        double startup = (System.nanoTime() - t0) * 1e-9;
        try {
            StudySource source = spark.isLocal() ? plan.source() : absolute(plan.source());
            int cores = Math.max(1, spark.defaultParallelism());
            int tasks = spark.getConf().getInt("spark.kapitza.tasks", TASKS_PER_CORE * cores);
            log("Spark %s: %s; %d points in at most %d tasks on %d cores", spark.master(),
                    created ? String.format(Locale.ROOT, "started in %.1f s", startup) : "running", points.size(),
                    Math.min(tasks, points.size()), cores);
            long t1 = System.nanoTime();
            List<Integer> indices = points.stream().map(StudyPlan.Point::index).collect(Collectors.toList());
            new PointJob<PointResult>(spark, tasks).run(indices, MeshKey.of(plan), MeshKey.anchors(plan),
                    new PointTask(source, materialPath()), sink);
            log("Spark %s: %d points in %.2f s after start-up", spark.master(), points.size(),
                    (System.nanoTime() - t1) * 1e-9);
        } finally {
            if (created) spark.stop();
        }
    }

    private void log(String format, Object... args) {
        if (options.log() != null) options.log().println(String.format(Locale.ROOT, format, args));
    }

    /** Spark's configuration from system properties, with the defaults of a local study. */
    static SparkConf configuration(String studyName) {
        SparkConf conf = new SparkConf(true).setAppName("kapitza study " + studyName);
        conf.setIfMissing("spark.master", "local[*]");
        // The study has its own progress bar; Spark's would write over it.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return conf;
    }

    /** The driver's material path, absolute, for the executors. */
    private static String materialPath() {
        return Settings.load().materialPath().stream()
                .map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(":"));
    }

    /**
     * The study with absolute paths, for executors that do not share the driver's working directory
     * (a cluster; the files must be on a file system every executor sees). Messages of failed points
     * then name the files by their absolute paths.
     */
    private static StudySource absolute(StudySource s) {
        return new StudySource(Path.of(s.studyPath()).toAbsolutePath().normalize().toString(), s.studyText(),
                Path.of(s.basePath()).toAbsolutePath().normalize().toString(), s.baseText());
    }
}
