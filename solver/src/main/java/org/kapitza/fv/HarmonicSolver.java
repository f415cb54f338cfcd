package org.kapitza.fv;

import org.kapitza.InputException;
import org.kapitza.linalg.AggregationAmg;
import org.kapitza.linalg.Cocg;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.linalg.StencilMatrix;
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
 * sources are constant in time and drop out of the amplitude equation. For the linear problems solved
 * here (constant k and R) K is exact; a temperature-dependent k or R would need its tangent at the steady
 * temperatures, which this solver refuses rather than approximating.
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
    private final double tolerance;
    private final int maxIterations;

    /**
     * @param problem       the linear problem (materials need heat capacities)
     * @param tolerance     relative residual of each solve
     * @param maxIterations COCG iterations per frequency
     */
    public HarmonicSolver(ThermalProblem problem, double tolerance, int maxIterations) {
        this.d = new Discretization(problem, true);
        if (d.nonlinear) {
            throw new InputException("harmonic analysis needs a linear problem (constant k and interface R); this case has a"
                    + " temperature-dependent conductivity or interface law");
        }
        system = new Assembly(d);
        system.assemble(new double[d.n]);
        this.capacity = new double[d.n];
        for (int c : d.activeCells) {
            HeatCapacity hc = d.faces.material(d.mesh.region(c)).heatCapacity();
            if (hc == null) {
                throw new InputException("harmonic analysis needs the heat capacity of material '"
                        + d.faces.material(d.mesh.region(c)).name() + "' (rho and cp)");
            }
            capacity[c] = d.mesh.volume(c) * hc.volumetric(d.tRef);
        }
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
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
            double kz = d.faces.material(d.mesh.region(c)).conductivity().k(2, d.tRef);
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
            outR += k.rowSum[c] * xr[c];
            outI += k.rowSum[c] * xi[c];
            stR -= omega * capacity[c] * xi[c];
            stI += omega * capacity[c] * xr[c];
        }
        double in = Math.hypot(inR, inI);
        double imbalance = Math.hypot(inR - outR - stR, inI - outI - stI) / in;
        return new double[] {imbalance, in, Math.hypot(outR, outI)};
    }
}
