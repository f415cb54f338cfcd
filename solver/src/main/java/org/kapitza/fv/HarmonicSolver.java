package org.kapitza.fv;

import org.kapitza.InputException;
import org.kapitza.linalg.AggregationAmg;
import org.kapitza.linalg.Cocg;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.linalg.StencilMatrix;
import org.kapitza.linalg.StencilOperator;
import org.kapitza.linalg.BiCgStab;
import org.kapitza.linalg.LinearOperator;
import org.kapitza.linalg.Preconditioner;
import org.kapitza.linalg.SolveReport;
import org.kapitza.material.HeatCapacity;

/**
 * Harmonic (frequency-domain) conduction about the steady state: the complex amplitude θ̂ of a
 * temperature oscillating as Re(θ̂ e^{iωt}) under a heat input Re(q̂ e^{iωt}) solves
 *
 * <pre>  iω ρc_p V θ̂ + K θ̂ = q̂</pre>
 *
 * with K the steady conduction matrix — the same face conductances A/(d_P/k_P + R + d_N/k_N) the steady
 * solver assembles, interface jumps included, and boundary conductances of fixed-temperature (an
 * oscillation amplitude of 0: a bath) and convection boundaries. Flux and power boundaries and the steady
 * sources are constant in time and drop out of the amplitude equation. For a linear problem (constant k
 * and R) K is exact.
 *
 * <p>A problem with a temperature-dependent conductivity or interface law (or heat capacity) oscillates
 * about its steady state T₀, solved first with the steady solver's sources and boundaries. K is then the
 * tangent J of the exact heat balance at T₀ (every face law and interface model linearised at its own
 * steady side temperatures: ∂q/∂T_P and ∂q/∂T_N, so k'(T)∇T₀ and a jump law's dependence on the mean
 * temperature are kept), ρc_p at each cell's T₀. J is not symmetric then, so the system is solved by
 * BiCGStab on its real 2×2 block form [[J, −ωC], [ωC, J]] (Saad, Iterative Methods, 2nd ed., Alg. 7.7),
 * preconditioned block-diagonally by the V-cycle on the symmetric Picard matrix at T₀ plus ωC. The
 * first-order (small-signal) response is what thermoreflectance measures; amplitudes large enough to
 * move the operating point need the transient solver.
 *
 * <p>The complex symmetric system is solved by {@link Cocg} preconditioned by a multigrid V-cycle
 * ({@link AggregationAmg}, no K-cycle, so the preconditioner is a fixed linear operator) built on the
 * real shifted matrix K + ω ρc_pV, symmetric positive definite. Each solve reports the complex energy
 * balance |Σq̂ − Σ_b G_b θ̂_b − iωΣρc_pVθ̂| / |Σq̂| (the in-phase and quadrature power), which the solve
 * drives below {@value #BALANCE}.
 */
public final class HarmonicSolver {
    /** Largest energy imbalance a converged solve may leave. */
    public static final double BALANCE = 1e-10;

    private final Discretization d;
    private final Assembly system;
    private final double[] capacity;
    /** Steady temperatures about which the problem is linearised (K above tRef); zeros for a linear problem. */
    private final double[] steady;
    private final boolean linearised;
    /** The tangent J of the heat balance at the steady state (linearised problems only), boundaries included. */
    private final StencilOperator tangent;
    /** dQ_b/dT summed per cell over its boundary faces at the steady state (W/K; linearised problems only). */
    private final double[] boundaryTangent;
    private final double tolerance;
    private final int maxIterations;

    /**
     * @param problem       the problem (materials need heat capacities; a nonlinear one is linearised about its steady state)
     * @param tolerance     relative residual of each solve
     * @param maxIterations COCG iterations per frequency
     */
    public HarmonicSolver(ThermalProblem problem, double tolerance, int maxIterations) {
        this.d = new Discretization(problem, true);
        system = new Assembly(d);
        double[] steady = new double[d.n];
        boolean varyingCapacity = false;
        for (int c : d.activeCells) {
            HeatCapacity hc = d.faces.material(d.mesh.region(c)).heatCapacity();
            if (hc == null) {
                throw new InputException("harmonic analysis needs the heat capacity of material '"
                        + d.faces.material(d.mesh.region(c)).name() + "' (rho and cp)");
            }
            varyingCapacity |= hc.temperatureDependent();
        }
        linearised = d.nonlinear || varyingCapacity;
        if (linearised) {
            SteadyResult t0 = new SteadySolver().solve(problem);
            for (int c : d.activeCells) steady[c] = t0.temperature(c) - d.tRef;
        }
        system.assemble(steady);
        this.capacity = new double[d.n];
        for (int c : d.activeCells) {
            HeatCapacity hc = d.faces.material(d.mesh.region(c)).heatCapacity();
            capacity[c] = d.mesh.volume(c) * hc.volumetric(linearised ? d.tRef + steady[c] : d.tRef);
        }
        if (linearised) {
            StencilMatrix m = system.matrix;
            tangent = new StencilOperator(m.nx, m.ny, m.nz);
            boundaryTangent = new double[d.n];
            new HeatBalance(d).tangent(steady, tangent, boundaryTangent);
            for (int c : d.activeCells) tangent.diag[c] += boundaryTangent[c];
        } else {
            tangent = null;
            boundaryTangent = null;
        }
        this.steady = steady;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /**
     * Whether the system is the tangent at a solved steady state (temperature-dependent k, R or c_p) rather
     * than the linear problem's exact matrix.
     */
    public boolean linearised() {
        return linearised;
    }

    /** The steady temperature of a cell about which the amplitude oscillates (K), NaN outside the geometry. */
    public double steadyTemperature(int cell) {
        return d.mesh.isActive(cell) ? d.tRef + steady[cell] : Double.NaN;
    }

    /** The number of unknowns (grid cells). */
    public int size() {
        return d.n;
    }

    /** ρc_pV per cell (J/K), 0 outside the geometry. */
    public double[] capacity() {
        return capacity.clone();
    }

    /**
     * The amplitude at angular frequency ω (rad/s, ≥ 0) for the heat input q̂ = qr + i qi per cell (W).
     *
     * @throws NotConvergedException when COCG does not reach the tolerance and the balance
     */
    public HarmonicResult solve(double omega, double[] qr, double[] qi) {
        StencilMatrix k = system.matrix;
        StencilMatrix shifted = new StencilMatrix(k.nx, k.ny, k.nz);
        System.arraycopy(k.gx, 0, shifted.gx, 0, k.gx.length);
        System.arraycopy(k.gy, 0, shifted.gy, 0, k.gy.length);
        System.arraycopy(k.gz, 0, shifted.gz, 0, k.gz.length);
        for (int c = 0; c < d.n; c++) shifted.rowSum[c] = k.rowSum[c] + omega * capacity[c];
        AggregationAmg.Options o = AggregationAmg.Options.defaults();
        long t0 = System.nanoTime();
        AggregationAmg amg = new AggregationAmg(shifted, new AggregationAmg.Options(o.quality(), o.passes(), o.coarsest(), o.maxLevels(), false));
        long t1 = System.nanoTime();
        double[] xr = new double[d.n];
        double[] xi = new double[d.n];
        if (linearised) return solveTangent(omega, qr, qi, amg, xr, xi, t0, t1);
        Cocg cocg = new Cocg(tolerance, maxIterations);
        Cocg.Report report = cocg.solve(k, omega, capacity, amg, qr, qi, xr, xi);
        int iterations = report.iterations();
        double[] balance = balance(omega, qr, qi, xr, xi);
        // Insist on the balance as the steady solver does: a few more iterations from where it stopped.
        int restarts = 0;
        while (report.converged() && balance[0] > BALANCE && restarts < 3) {
            report = new Cocg(tolerance * 1e-2, maxIterations).solve(k, omega, capacity, amg, qr, qi, xr, xi);
            iterations += report.iterations();
            balance = balance(omega, qr, qi, xr, xi);
            restarts++;
        }
        long t2 = System.nanoTime();
        if (!report.converged() || balance[0] > BALANCE) {
            throw new NotConvergedException(String.format(java.util.Locale.ROOT,
                    "harmonic solve at %.4g Hz: relative residual %.3g after %d COCG iterations, energy imbalance %.3g",
                    omega / (2 * Math.PI), report.relativeResidual(), iterations, balance[0]),
                    new org.kapitza.linalg.SolveReport(false, iterations, report.relativeResidual(),
                            new double[] {1, report.relativeResidual()}, "cocg+amg-v"));
        }
        return new HarmonicResult(omega, xr, xi, iterations, report.relativeResidual(), balance[0], balance[1], balance[2],
                (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
    }

    /** The linearised (nonsymmetric) system by BiCGStab on its real block form; see the class comment. */
    private HarmonicResult solveTangent(double omega, double[] qr, double[] qi, AggregationAmg amg, double[] xr, double[] xi,
                                        long t0, long t1) {
        int n = d.n;
        double[] b = new double[2 * n];
        System.arraycopy(qr, 0, b, 0, n);
        System.arraycopy(qi, 0, b, n, n);
        double[] x = new double[2 * n];
        LinearOperator block = new BlockOperator(omega);
        Preconditioner p = new BlockPreconditioner(amg);
        SolveReport report = new BiCgStab(tolerance, maxIterations).solve(block, p, b, x);
        int iterations = report.iterations();
        System.arraycopy(x, 0, xr, 0, n);
        System.arraycopy(x, n, xi, 0, n);
        double[] balance = balance(omega, qr, qi, xr, xi);
        int restarts = 0;
        while (report.converged() && balance[0] > BALANCE && restarts < 3) {
            report = new BiCgStab(tolerance * 1e-2, maxIterations).solve(block, p, b, x);
            iterations += report.iterations();
            System.arraycopy(x, 0, xr, 0, n);
            System.arraycopy(x, n, xi, 0, n);
            balance = balance(omega, qr, qi, xr, xi);
            restarts++;
        }
        long t2 = System.nanoTime();
        if (!report.converged() || balance[0] > BALANCE) {
            throw new NotConvergedException(String.format(java.util.Locale.ROOT,
                    "harmonic solve at %.4g Hz: relative residual %.3g after %d BiCGStab iterations, energy imbalance %.3g",
                    omega / (2 * Math.PI), report.relativeResidual(), iterations, balance[0]),
                    new SolveReport(false, iterations, report.relativeResidual(),
                            new double[] {1, report.relativeResidual()}, "bicgstab+amg-v"));
        }
        return new HarmonicResult(omega, xr, xi, iterations, report.relativeResidual(), balance[0], balance[1], balance[2],
                (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
    }

    /** [[J, −ωC], [ωC, J]] acting on (re, im) stacked. */
    private final class BlockOperator implements LinearOperator {
        private final double omega;
        private final double[] in;
        private final double[] out;

        BlockOperator(double omega) {
            this.omega = omega;
            in = new double[d.n];
            out = new double[d.n];
        }

        @Override
        public int size() {
            return 2 * d.n;
        }

        @Override
        public void apply(double[] x, double[] y) {
            int n = d.n;
            System.arraycopy(x, 0, in, 0, n);
            tangent.apply(in, out);
            for (int c = 0; c < n; c++) y[c] = out[c] - omega * capacity[c] * x[n + c];
            System.arraycopy(x, n, in, 0, n);
            tangent.apply(in, out);
            for (int c = 0; c < n; c++) y[n + c] = out[c] + omega * capacity[c] * x[c];
        }
    }

    /** The real V-cycle applied to the real and the imaginary halves alike. */
    private final class BlockPreconditioner implements Preconditioner {
        private final AggregationAmg amg;
        private final double[] r;
        private final double[] z;

        BlockPreconditioner(AggregationAmg amg) {
            this.amg = amg;
            r = new double[d.n];
            z = new double[d.n];
        }

        @Override
        public void apply(double[] rr, double[] zz) {
            int n = d.n;
            for (int half = 0; half < 2; half++) {
                System.arraycopy(rr, half * n, r, 0, n);
                amg.apply(r, z);
                System.arraycopy(z, 0, zz, half * n, n);
            }
        }

        @Override
        public String name() {
            return "amg-v-block";
        }
    }

    /**
     * The probe-averaged surface amplitude {re, im} (K): the top cells' amplitudes weighted by the probe
     * spot's weights, each carried from the cell centre to the top face through the half cell,
     * θ_s = θ_c + q̂_c (Δz/2)/(k_z A) with q̂_c the heat entering the cell's top face.
     *
     * @param heat   the heat input per cell that was solved for (W), real and imaginary
     * @param weights the probe's {@link GaussianSpot#weights}
     */
    public double[] surfaceAverage(HarmonicResult r, double[] heatRe, double[] heatIm, double[] weights) {
        org.kapitza.mesh.RectilinearGrid g = d.mesh.grid();
        double sumW = 0;
        double sr = 0;
        double si = 0;
        int k = g.nz() - 1;
        double dz = g.width(2, k);
        for (int c = 0; c < weights.length; c++) {
            if (weights[c] == 0) continue;
            double kz = d.faces.material(d.mesh.region(c)).conductivity().k(2, d.tRef + steady[c]);
            double area = d.mesh.volume(c) / dz;
            double f = 0.5 * dz / (kz * area);
            sr += weights[c] * (r.re()[c] + heatRe[c] * f);
            si += weights[c] * (r.im()[c] + heatIm[c] * f);
            sumW += weights[c];
        }
        return new double[] {sr / sumW, si / sumW};
    }

    /** {relative imbalance, |heat in| (W), |heat to boundaries| (W)}. */
    private double[] balance(double omega, double[] qr, double[] qi, double[] xr, double[] xi) {
        StencilMatrix k = system.matrix;
        double inR = 0;
        double inI = 0;
        double outR = 0;
        double outI = 0;
        double stR = 0;
        double stI = 0;
        for (int c : d.activeCells) {
            inR += qr[c];
            inI += qi[c];
            double g = linearised ? boundaryTangent[c] : k.rowSum[c];
            outR += g * xr[c];
            outI += g * xi[c];
            stR -= omega * capacity[c] * xi[c];
            stI += omega * capacity[c] * xr[c];
        }
        double in = Math.hypot(inR, inI);
        double imbalance = Math.hypot(inR - outR - stR, inI - outI - stI) / in;
        return new double[] {imbalance, in, Math.hypot(outR, outI)};
    }
}
