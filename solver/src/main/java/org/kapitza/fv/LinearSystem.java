package org.kapitza.fv;

import org.kapitza.linalg.StencilMatrix;

/**
 * The discretised linear system of a steady problem, for benchmarks and tools that want the matrix
 * itself: built and assembled at the reference temperature (the mean of the fixed temperatures).
 * Unknowns are the grid's cells (cells outside the geometry are identity rows) and hold T − T_ref.
 */
public final class LinearSystem {
    private final Assembly d;
    private final double[] theta;

    private LinearSystem(Assembly d) {
        this.d = d;
        this.theta = new double[d.d.n];
        d.assemble(theta);
    }

    /** Sets up and assembles a problem's system (checks the problem as a solve would). */
    public static LinearSystem of(ThermalProblem problem) {
        return new LinearSystem(new Assembly(new Discretization(problem)));
    }

    /** The conduction matrix (W/K). */
    public StencilMatrix matrix() {
        return d.matrix;
    }

    /** The right-hand side (W). */
    public double[] rhs() {
        return d.rhs;
    }

    /** Assembles the matrix and right-hand side again (at the reference temperature). */
    public void assemble() {
        d.assemble(theta);
    }

    /** Number of cells inside the geometry. */
    public int activeCells() {
        return d.d.activeCells.length;
    }

    /** The reference temperature the unknowns are measured from (K). */
    public double referenceTemperature() {
        return d.d.tRef;
    }
}
