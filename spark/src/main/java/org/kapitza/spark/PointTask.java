package org.kapitza.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.kapitza.cli.Pipeline;
import org.kapitza.cli.Settings;
import org.kapitza.linalg.Parallel;
import org.kapitza.study.PointResult;
import org.kapitza.study.PointRunner;
import org.kapitza.study.StudyPlan;
import org.kapitza.study.StudySource;

/**
 * What an executor does with one Spark task: runs the task's points, one after another, on a runner
 * borrowed from this JVM's {@link ExecutorRunners} — the same {@link PointRunner} the embedded engine
 * uses, so a point gives the same result on either engine. A point that fails is a result (its status
 * and message), never a failed task.
 *
 * <p>Sent to the executors with every task, so it holds only text: the study and its base case
 * ({@link StudySource}) and the driver's material path (the executors read the same material files;
 * on a cluster they must see them at the same paths).
 */
final class PointTask implements PointJob.Task<PointResult> {
    private static final long serialVersionUID = 1L;

    private final StudySource source;
    private final String materialPath;

    /**
     * @param source       the study, as text
     * @param materialPath the driver's {@code materials.path} setting ({@code :}-separated), empty for none
     */
    PointTask(StudySource source, String materialPath) {
        this.source = source;
        this.materialPath = materialPath;
    }

    @Override
    public List<PointResult> run(List<PointJob.Point> points) {
        // One solver thread per task core: Spark runs as many tasks at once as the executor has cores.
        TaskContext task = TaskContext.get();
        int cores = task != null ? Math.max(1, task.cpus()) : 1;
        Parallel.setShared(cores);
        StudyPlan plan = ExecutorRunners.plan(source);
        PointRunner runner = ExecutorRunners.borrow(source, p -> newRunner(p, cores));
        List<PointResult> results = new ArrayList<>(points.size());
        try {
            for (PointJob.Point p : points) {
                results.add(runner.run(plan.point(p.index())));
            }
        } finally {
            ExecutorRunners.giveBack(source, runner);
        }
        return results;
    }

    /** A runner with this executor's materials and its share of the heap (one share per task core). */
    private PointRunner newRunner(StudyPlan plan, int cores) {
        Properties system = new Properties();
        system.setProperty("kapitza.materials.path", materialPath);
        Settings settings = Settings.load(system, java.util.Map.of());
        Pipeline pipeline = new Pipeline(settings);
        SparkEnv env = SparkEnv.get();
        int executorCores = env != null ? env.conf().getInt("spark.executor.cores", 0) : 0;
        if (executorCores <= 0) executorCores = Runtime.getRuntime().availableProcessors();
        int slots = Math.max(1, executorCores / cores);
        long memory = (long) (0.9 * Runtime.getRuntime().maxMemory() / slots);
        return new PointRunner(plan, pipeline::libraries, memory);
    }
}
