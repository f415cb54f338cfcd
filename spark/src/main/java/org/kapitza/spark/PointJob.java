package org.kapitza.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.FutureAction;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Function1;
import scala.Function2;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

/**
 * One Spark job over a study's points: the points are partitioned by {@link MeshGroupPartitioner},
 * each partition (task) runs its points on an executor, and each task's results reach the driver as
 * soon as the task ends ({@code SparkContext.submitJob} with a result handler that queues them for the calling thread), not when the whole job
 * ends: a driver that is killed keeps every row of the tasks finished before.
 *
 * @param <R> a point's result, serializable (it travels from executor to driver)
 */
public final class PointJob<R extends Serializable> {

    /** What an executor does with one task's points, in the order given (mesh, then point index). */
    @FunctionalInterface
    public interface Task<R> extends Serializable {
        List<R> run(List<Point> points) throws Exception;
    }

    /** A point to run: its index in the study's plan and the key of the mesh it needs. */
    public record Point(int index, String meshKey) implements Serializable {}

    private final JavaSparkContext spark;
    private final int partitions;

    /**
     * @param spark      the driver's context
     * @param partitions number of tasks; more tasks than executor cores balance the load and bring rows
     *                   back sooner, at the cost of one more warm-up per task for a task's first point
     */
    public PointJob(JavaSparkContext spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions;
    }

    /**
     * Runs the given points and hands each result to {@code onResult} on the driver, a task's results
     * together, in the order the task produced them; tasks in the order they finish.
     *
     * @param indices   the points to run (plan indices; finished points of a resumed study left out)
     * @param meshKeys  the mesh key of every point of the plan, by plan index
     * @param task      the executor's work, serializable (sent with each task)
     * @param onResult  called on the driver, one task's results at a time (never concurrently)
     */
    public void run(List<Integer> indices, List<String> meshKeys, Task<R> task, Consumer<R> onResult) {
        run(indices, meshKeys, IntStream.range(0, meshKeys.size()).toArray(), task, onResult);
    }

    /**
     * As {@link #run(List, List, Task, Consumer)}, keeping the points of one unit (by plan index: the
     * points that start from one anchor's solution) in one task when the fair share allows.
     */
    public void run(List<Integer> indices, List<String> meshKeys, int[] units, Task<R> task, Consumer<R> onResult) {
        if (indices.isEmpty()) {
            return;
        }
        List<String> keysOfRun = indices.stream().map(meshKeys::get).collect(Collectors.toList());
        int[] unitsOfRun = indices.stream().mapToInt(i -> units[i]).toArray();
        int tasks = Math.max(1, Math.min(partitions, indices.size()));
        MeshGroupPartitioner byMesh = new MeshGroupPartitioner(keysOfRun, unitsOfRun, tasks);
        // Key: position in this run (what the partitioner indexes); value: the point.
        List<Tuple2<Integer, Point>> pairs = IntStream.range(0, indices.size())
                .mapToObj(i -> new Tuple2<>(i, new Point(indices.get(i), keysOfRun.get(i))))
                .collect(Collectors.toList());
        JavaRDD<Point> points = spark.parallelizePairs(pairs, tasks).partitionBy(byMesh).values();

        // The scheduler's event thread calls the handler: it only queues; this thread writes the rows.
        BlockingQueue<ArrayList<R>> finished = new LinkedBlockingQueue<>();
        Function2<Object, ArrayList<R>, BoxedUnit> handler = (partition, results) -> {
            finished.add(results);
            return BoxedUnit.UNIT;
        };
        List<Object> all = IntStream.range(0, tasks).boxed().collect(Collectors.toList());
        FutureAction<BoxedUnit> job = spark.sc().submitJob(points.rdd(), runTask(task),
                CollectionConverters.asScala(all).toSeq(), handler, () -> BoxedUnit.UNIT);
        try {
            while (true) {
                ArrayList<R> results = finished.poll(100, TimeUnit.MILLISECONDS);
                if (results != null) {
                    results.forEach(onResult);
                } else if (job.isCompleted() && finished.isEmpty()) {
                    break;
                }
            }
            job.get(); // a failed task (not a failed point: those are results) fails the study here
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Spark tasks", e);
        } catch (SparkException e) {
            throw new IllegalStateException("Spark job failed: " + innermostMessage(e), e);
        } catch (RuntimeException | Error e) {
            job.cancel(); // the driver cannot record results (a full disk): stop the executors
            throw e;
        }
    }

    /** The first line of the innermost message: Spark wraps a task's failure in several layers. */
    static String innermostMessage(Throwable e) {
        String message = String.valueOf(e.getMessage());
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message.lines().findFirst().orElse(message);
    }

    /** The executor side: sorts a task's points by mesh, then index, and runs them. */
    private static <R> Function1<scala.collection.Iterator<Point>, ArrayList<R>> runTask(Task<R> task) {
        return (Function1<scala.collection.Iterator<Point>, ArrayList<R>> & Serializable) iterator -> {
            List<Point> mine = new ArrayList<>();
            CollectionConverters.asJava(iterator).forEachRemaining(mine::add);
            mine.sort(Comparator.comparing(Point::meshKey).thenComparingInt(Point::index));
            try {
                return new ArrayList<>(task.run(mine));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
