package org.kapitza.multitemp;

import java.util.Locale;
import java.util.Map;
import org.kapitza.InputException;
import org.kapitza.fv.SolverSettings;
import org.kapitza.linalg.AggregationAmg;
import org.kapitza.linalg.ConjugateGradient;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.linalg.SolveReport;
import org.kapitza.material.HeatCapacity;

/**
 * Transient multi-temperature conduction by backward Euler, every carrier in one system per step:
 * {@code C_u V (θ_u^{n+1} − θ_u^n)/Δt = Σ conductances of the steady system + sources} for every (cell,
 * carrier) unknown u, with the interface and k(T) laws met by Picard iteration inside the step. The
 * carriers' heat capacities come from {@link MultiTemperatureProblem#heatCapacity}; a phonons-only
 * material without an entry uses its own ρc_p(T) at the step's start. Backward Euler is first order in
 * Δt and unconditionally stable, which the stiff exchange terms (g/C up to 10¹³ s⁻¹ for electrons)
 * need. Boundary values and sources are those of the problem, constant in time. Java API only: the case
 * file's {@code multi_temperature} runs steady.
 */
public final class MultiTemperatureTransient {
    private final MultiTemperatureSystem s;
    private final SolverSettings settings;
    private final double[] theta;
    private final double[] old;
    private final double[] capacity;
    private final ConjugateGradient cg;
    private AggregationAmg amg;
    private double time;
    private int steps;
    private int linear;

    /**
     * @param initial temperature of each carrier at t = 0 (K); a carrier not in the map starts at the
     *                problem's initial temperature, or the mean of its fixed temperatures
     */
    public MultiTemperatureTransient(MultiTemperatureProblem problem, SolverSettings settings, Map<Carrier, Double> initial) {
        this.s = new MultiTemperatureSystem(problem, true);
        this.settings = settings;
        theta = new double[s.unknowns];
        old = new double[s.unknowns];
        capacity = new double[s.unknowns];
        double t0 = Double.isFinite(problem.base().initialTemperature()) ? problem.base().initialTemperature() : s.tRef;
        for (int u = 0; u < s.unknowns; u++) {
            theta[u] = initial.getOrDefault(s.unknownCarrier[u], t0) - s.tRef;
            int cell = s.unknownCell[u];
            int r = s.mesh.region(cell);
            String material = s.mesh.materialName(s.mesh.regionMaterial(r));
            double c;
            CarrierHeatCapacity given = problem.heatCapacityOf(material);
            if (given != null) {
                c = given.of(s.unknownCarrier[u]);
            } else if (s.phononFromMaterial[r] && s.regionMaterial[r].heatCapacity() != null) {
                HeatCapacity hc = s.regionMaterial[r].heatCapacity();
                c = hc.volumetric(s.tRef + theta[u]);
            } else {
                c = Double.NaN;
            }
            if (Double.isNaN(c)) {
                throw new InputException("transient multi-temperature: material '" + material + "' has no heat capacity for its "
                        + s.unknownCarrier[u].id());
            }
            capacity[u] = c * s.mesh.volume(cell);
        }
        cg = new ConjugateGradient(settings.linearTolerance(), settings.maxLinearIterations());
    }

    /** Advances by Δt (s). */
    public MultiTemperatureTransient step(double dt) {
        if (!(dt > 0)) throw new IllegalArgumentException("time step must be positive, got " + dt + " s");
        System.arraycopy(theta, 0, old, 0, theta.length);
        double[] next = new double[theta.length];
        for (int picard = 1; ; picard++) {
            s.assemble(theta);
            for (int u = 0; u < s.unknowns; u++) {
                double c = capacity[u] / dt;
                s.matrix.value[s.matrix.diag[u]] += c;
                s.rhs[u] += c * old[u];
            }
            if (amg == null) {
                amg = new AggregationAmg(s.matrix);
                cg.flexible(amg.variable());
            } else {
                amg.refresh(s.matrix);
            }
            System.arraycopy(theta, 0, next, 0, theta.length);
            SolveReport report = cg.solve(s.matrix, amg, s.rhs, next);
            linear += report.iterations();
            if (!report.converged()) {
                throw new NotConvergedException("transient multi-temperature: the linear solve of the step at t = " + time
                        + " s did not converge", report);
            }
            double change = 0;
            double scale = 0;
            for (int u = 0; u < theta.length; u++) {
                change = Math.max(change, Math.abs(next[u] - theta[u]));
                scale = Math.max(scale, Math.abs(s.tRef + next[u]));
            }
            System.arraycopy(next, 0, theta, 0, theta.length);
            if (!s.nonlinear || change <= settings.nonlinearTolerance() * scale) break;
            if (picard >= settings.maxNonlinearIterations()) {
                throw new NotConvergedException(String.format(Locale.ROOT, "transient multi-temperature: the Picard iteration"
                        + " of the step at t = %g s did not converge", time), report);
            }
        }
        time += dt;
        steps++;
        return this;
    }

    /** Simulated time (s). */
    public double time() {
        return time;
    }

    public int steps() {
        return steps;
    }

    public int linearIterations() {
        return linear;
    }

    /** Temperature (K) of a carrier in a cell; NaN where the cell has none. */
    public double temperature(int cell, Carrier c) {
        if (s.base[cell] < 0) return Double.NaN;
        int sl = s.slot[s.mesh.region(cell)][c.ordinal()];
        return sl < 0 ? Double.NaN : s.tRef + theta[s.base[cell] + sl];
    }

    /** Energy stored above the reference temperature, Σ_u C_u V_u θ_u (J), per carrier and (index 4) in all. */
    public double[] storedEnergy() {
        double[] e = new double[Carrier.values().length + 1];
        for (int u = 0; u < s.unknowns; u++) {
            double v = capacity[u] * theta[u];
            e[s.unknownCarrier[u].ordinal()] += v;
            e[e.length - 1] += v;
        }
        return e;
    }
}
