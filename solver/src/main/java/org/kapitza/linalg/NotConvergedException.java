package org.kapitza.linalg;

/** An iterative solve that did not reach its tolerance; carries the residual history. */
public class NotConvergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SolveReport report;

    public NotConvergedException(String message, SolveReport report) {
        super(message + "\nresidual history (iteration, ||r||/||b||):\n" + report.historyText());
        this.report = report;
    }

    public SolveReport report() {
        return report;
    }
}
