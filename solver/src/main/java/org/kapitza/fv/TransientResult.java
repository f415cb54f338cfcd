package org.kapitza.fv;

import java.util.ArrayList;
import java.util.List;

/**
 * What a transient run produced: the final field (as a view with the same reports as a steady result),
 * the probes over time, the output times written, and how the stepping went.
 */
public final class TransientResult {
    private final SteadyResult finalState;
    private final List<Probe> probes;
    private final List<double[]> probeRows;
    private final List<double[]> outputs;
    private final TransientState state;
    private final double wallSeconds;

    TransientResult(SteadyResult finalState, List<Probe> probes, TransientState state, double wallSeconds) {
        this.finalState = finalState;
        this.probes = List.copyOf(probes);
        this.probeRows = new ArrayList<>(state.probeRows);
        this.outputs = new ArrayList<>(state.outputs);
        this.state = state;
        this.wallSeconds = wallSeconds;
    }

    /** The field at the end time. */
    public SteadyResult finalState() {
        return finalState;
    }

    public List<Probe> probes() {
        return probes;
    }

    /** One row per accepted step (and the start): time (s) followed by each probe's value. */
    public List<double[]> probeRows() {
        return probeRows;
    }

    /** Rows {time, index} of the output times written. */
    public List<double[]> outputs() {
        return outputs;
    }

    public double endTime() {
        return state.time;
    }

    public int steps() {
        return state.step;
    }

    public int rejectedSteps() {
        return state.rejected;
    }

    public long newtonIterations() {
        return state.newtonIterations;
    }

    public long linearIterations() {
        return state.linearIterations;
    }

    /**
     * Largest relative energy error of a step: |stored-energy change − net input over the step|, relative
     * to the larger of the two (and to the heat passing through during the step). Steps that moved too
     * little heat for the round-off floor to allow the energy-balance tolerance are left out: see
     * {@link #roundOffSteps()}.
     */
    public double maxEnergyError() {
        return state.maxEnergyError;
    }

    /**
     * Steps near equilibrium that moved less heat than the round-off floor of their balance (ε |M_cc T_c|
     * per cell, times Δt) divided by the energy-balance tolerance: their imbalance relative to the heat is
     * round-off, so they are measured against the floor ({@link #maxRoundOffImbalance()}).
     */
    public int roundOffSteps() {
        return state.roundOffSteps;
    }

    /** The largest imbalance of a {@link #roundOffSteps() round-off step}, relative to its round-off floor (≤ 1: within it). */
    public double maxRoundOffImbalance() {
        return state.maxRoundOffImbalance;
    }

    public double wallSeconds() {
        return wallSeconds;
    }

    /** The values of one probe over time, as {time, value} rows. */
    public double[][] series(String probe) {
        int col = -1;
        for (int i = 0; i < probes.size(); i++) if (probes.get(i).name().equals(probe)) col = i + 1;
        if (col < 0) throw new IllegalArgumentException("no probe " + probe);
        double[][] out = new double[probeRows.size()][];
        for (int r = 0; r < out.length; r++) out[r] = new double[] {probeRows.get(r)[0], probeRows.get(r)[col]};
        return out;
    }
}
