package org.kapitza.study;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the points of a study: on this machine's threads ({@link EmbeddedEngine}) or elsewhere (the
 * Apache Spark engine of the {@code spark} module). Each point runs through a {@link PointRunner} from
 * the plan's {@link StudySource} and the point's index alone, so every engine gives the same responses.
 *
 * <p>An engine is found by name through {@link StudyEngines}: implementations outside this module
 * register a {@link StudyEngineFactory} with {@link java.util.ServiceLoader}.
 */
public interface StudyEngine {
    /**
     * Runs points and hands each result to {@code sink} as it finishes, one call at a time (never two
     * at once), in any order. A point that fails is a result with its status and message; the rest go
     * on. Returns when every point has a result.
     *
     * @param plan   the study
     * @param points the points to run: all of the plan's, or those a resumed study has not finished
     * @param sink   receives each result on the caller's side (the driver, for a distributed engine)
     * @throws Exception when the engine itself fails, or the sink throws (then remaining points are abandoned)
     */
    void run(StudyPlan plan, List<StudyPlan.Point> points, Consumer<PointResult> sink) throws Exception;

    /** The engine's name on the command line ({@code embedded}, {@code spark}). */
    String name();

    /** One line for the log: where the points run ("4 threads", "spark local[2]"). */
    String describe();
}
