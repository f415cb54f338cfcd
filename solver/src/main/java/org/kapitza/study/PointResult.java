package org.kapitza.study;

import java.io.Serializable;
import java.util.List;

/**
 * What one point gave: its responses, or why it has none. Serialisable, so that a point run on another
 * JVM (a Spark executor) returns it to the driver as it is.
 *
 * @param index      the point's index in the plan
 * @param values     its parameter values as in {@link StudyPlan.Point#values()}
 * @param responses  one value per response of the plan, in SI (NaN where undetermined or failed)
 * @param status     {@link #OK}, {@link #INVALID}, {@link #NOT_CONVERGED}, {@link #NO_RESPONSE} or {@link #ERROR}
 * @param message    why it failed (one line), empty when it did not
 * @param seconds    wall time of the point (s): case, mesh, solve and responses
 * @param iterations linear solver iterations (all nonlinear steps together)
 */
public record PointResult(int index, List<String> values, double[] responses, String status, String message,
                          double seconds, int iterations) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Solved, every response read. */
    public static final String OK = "ok";
    /** The point's values make an invalid case (a value out of range, an unknown name). */
    public static final String INVALID = "invalid";
    /** The solver did not converge. */
    public static final String NOT_CONVERGED = "not-converged";
    /** Solved, but a response's path is not in its summary. */
    public static final String NO_RESPONSE = "no-response";
    /** Anything else (out of memory, an internal error). */
    public static final String ERROR = "error";

    public PointResult {
        values = List.copyOf(values);
        message = message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
    }

    /** Whether the point gave its responses. */
    public boolean ok() {
        return OK.equals(status);
    }
}
