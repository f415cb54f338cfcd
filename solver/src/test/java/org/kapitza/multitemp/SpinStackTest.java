package org.kapitza.multitemp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.phonon.SpinTwoChannel;
import org.kapitza.phonon.SpinTwoChannelInterface;

/**
 * A ferromagnet/normal-metal stack (Co-like F, 0 &lt; x &lt; L_F; Cu-like N up to L_F + L_N), each spin
 * channel held at T_h at x = 0 and T_c at the far end, the two spin channels crossing the interface
 * through their own Valet–Fert conductances G↑ ≠ G↓ ({@code spin-two-channel}), the lattice decoupled
 * (g_ep = 0). In each metal κ↑T↑'' = g_sf δ, κ↓T↓'' = −g_sf δ, δ = T↑ − T↓: the conductivity-weighted
 * temperature is linear and δ'' = δ/λ², λ = √(κ↑κ↓/((κ↑ + κ↓)g_sf)) (docs/PHYSICS.md §7,
 * {@link SpinTwoChannel#spinHeatDecayLength}), so δ is a sum of e^{±x/λ} and the spin heat accumulation
 * decays as exp(−|x − L_F|/λ) away from the interface (λ_F = 10 nm, λ_N = 50 nm here). Eight constants (two per field and metal) follow
 * from the four end values, flux continuity and the jump law of each spin; G_σ = L₀T̄/(AR_σ) is taken at
 * the mean of its two face temperatures, the secant of the exact law, by fixed-point iteration.
 */
class SpinStackTest {
    static final double KUP_F = 60;
    static final double KDN_F = 20;
    static final double GSF_F = 1.5e17;
    static final double K_N = 200; // each spin channel of Cu
    static final double GSF_N = 4e16;
    static final double LF = 60e-9;
    static final double LN = 400e-9;
    static final double TH = 301;
    static final double TC = 300;
    static final double KP = 5;
    static final SpinTwoChannel SPIN = new SpinTwoChannel(0.5e-15, 0.7);

    static Mesh mesh(int cellsF) {
        return mesh(GridLines.uniform(0, LF, cellsF), GridLines.uniform(LF, LF + LN, cellsF * 2));
    }

    /** 200 cells on each side, shrinking geometrically towards the interface to 5 pm there. */
    static Mesh gradedMesh() {
        int n = 200;
        double finest = 5e-12;
        double rf = Math.pow(finest / (LF / n), 1.0 / (n - 1));
        double rn = Math.pow(finest / (LN / n), -1.0 / (n - 1));
        return mesh(GridLines.geometric(0, LF, n, rf), GridLines.geometric(LF, LF + LN, n, rn));
    }

    static Mesh mesh(double[] xf, double[] xn) {
        double[] x = new double[xf.length + xn.length - 1];
        System.arraycopy(xf, 0, x, 0, xf.length);
        System.arraycopy(xn, 1, x, xf.length, xn.length - 1);
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(x));
        b.fill(b.addRegion("F", "co"), new Box(0, LF, -1, 2, -1, 2));
        b.fill(b.addRegion("N", "cu"), new Box(LF, LF + LN, -1, 2, -1, 2));
        return b.build();
    }

    static ThermalProblem base(Mesh mesh, double kF, double kN) {
        return new ThermalProblem(mesh, MaterialLibrary.builtIn())
                .material("co", new Material("co", new ConstantConductivity(kF), "test"))
                .material("cu", new Material("cu", new ConstantConductivity(kN), "test"))
                .interfaceBetweenRegions("F", "N", new SpinTwoChannelInterface(SPIN, null))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(TH))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(TC));
    }

    static MultiTemperatureResult solve(int cellsF, double gsfF, double gsfN) {
        return solve(mesh(cellsF), gsfF, gsfN);
    }

    static MultiTemperatureResult solve(Mesh mesh, double gsfF, double gsfN) {
        MultiTemperatureProblem mp = new MultiTemperatureProblem(base(mesh, KUP_F + KDN_F + KP, 2 * K_N + KP))
                .carriers("co", CarrierModel.spinResolved(KUP_F, KDN_F, KP, 0, gsfF))
                .carriers("cu", CarrierModel.spinResolved(K_N, K_N, KP, 0, gsfN))
                .boundaryCarriers("xmin", EnumSet.allOf(Carrier.class))
                .boundaryCarriers("xmax", EnumSet.allOf(Carrier.class));
        return new MultiTemperatureSolver(SolverSettings.defaults().withLinearTolerance(1e-14)
                .withMaxNonlinearIterations(50)).solve(mp);
    }

    /** The closed form: {@link #delta} and {@link #upFlux} of the converged constants. */
    static final class ClosedForm {
        final double lf;
        final double ln;
        final double[] c; // aF, bF, cF, dF, aN, bN, cN, dN (see solve)
        final double gUp;
        final double gDown;

        ClosedForm() {
            this(GSF_F, GSF_N);
        }

        ClosedForm(double gsfF, double gsfN) {
            lf = SpinTwoChannel.spinHeatDecayLength(KUP_F, KDN_F, gsfF);
            ln = SpinTwoChannel.spinHeatDecayLength(K_N, K_N, gsfN);
            double gu = SPIN.conductanceUp(0.5 * (TH + TC));
            double gd = SPIN.conductanceDown(0.5 * (TH + TC));
            double[] sol = null;
            for (int it = 0; it < 50; it++) {
                sol = solve(gu, gd);
                double[] f = faceTemperatures(sol);
                double gu2 = SPIN.conductanceUp(0.5 * (f[0] + f[2]));
                double gd2 = SPIN.conductanceDown(0.5 * (f[1] + f[3]));
                boolean done = Math.abs(gu2 - gu) < 1e-15 * gu && Math.abs(gd2 - gd) < 1e-15 * gd;
                gu = gu2;
                gd = gd2;
                if (done) break;
            }
            c = solve(gu, gd);
            gUp = gu;
            gDown = gd;
        }

        /**
         * Unknowns: F: T_w = a + b x, δ = c e^{−x/λ_F} + d e^{−(L_F − x)/λ_F}; N: T_w = a + b (x − L_F),
         * δ = c e^{−(x − L_F)/λ_N} + d e^{−(L − x)/λ_N} (decaying exponentials: no overflow at any g_sf).
         */
        private double[] solve(double gu, double gd) {
            double sF = KUP_F + KDN_F;
            double sN = 2 * K_N;
            double eF = Math.exp(-LF / lf);
            double eN = Math.exp(-LN / ln);
            // T↑ = T_w + (κ↓/Σ) δ, T↓ = T_w − (κ↑/Σ) δ in each metal.
            double uF = KDN_F / sF;
            double dF = -KUP_F / sF;
            double uN = K_N / sN;
            double dN = -K_N / sN;
            double[][] m = new double[8][8];
            double[] r = new double[8];
            // x = 0: T_w = T_h, δ = 0.
            m[0][0] = 1;
            r[0] = TH;
            m[1][2] = 1;
            m[1][3] = eF;
            // x = L: T_w = T_c, δ = 0.
            m[2][4] = 1;
            m[2][5] = LN;
            r[2] = TC;
            m[3][6] = eN;
            m[3][7] = 1;
            // Values and slopes at the interface, as rows over the unknowns.
            double[] deltaF = {0, 0, eF, 1, 0, 0, 0, 0};
            double[] slopeF = {0, 0, -eF / lf, 1 / lf, 0, 0, 0, 0};
            double[] deltaN = {0, 0, 0, 0, 0, 0, 1, eN};
            double[] slopeN = {0, 0, 0, 0, 0, 0, -1 / ln, eN / ln};
            double[] twF = {1, LF, 0, 0, 0, 0, 0, 0};
            double[] twN = {0, 0, 0, 0, 1, 0, 0, 0};
            double[] gradF = {0, 1, 0, 0, 0, 0, 0, 0};
            double[] gradN = {0, 0, 0, 0, 0, 1, 0, 0};
            for (int j = 0; j < 8; j++) {
                double upF = twF[j] + uF * deltaF[j];
                double dnF = twF[j] + dF * deltaF[j];
                double upN = twN[j] + uN * deltaN[j];
                double dnN = twN[j] + dN * deltaN[j];
                double fluxUpF = -KUP_F * (gradF[j] + uF * slopeF[j]);
                double fluxDnF = -KDN_F * (gradF[j] + dF * slopeF[j]);
                double fluxUpN = -K_N * (gradN[j] + uN * slopeN[j]);
                double fluxDnN = -K_N * (gradN[j] + dN * slopeN[j]);
                m[4][j] = fluxUpF - fluxUpN;
                m[5][j] = fluxDnF - fluxDnN;
                m[6][j] = fluxUpF - gu * (upF - upN);
                m[7][j] = fluxDnF - gd * (dnF - dnN);
            }
            return gauss(m, r);
        }

        /** {T↑_F, T↓_F, T↑_N, T↓_N} at the interface. */
        double[] faceTemperatures(double[] s) {
            double sF = KUP_F + KDN_F;
            double twF = s[0] + s[1] * LF;
            double deltaF = s[2] * Math.exp(-LF / lf) + s[3];
            double twN = s[4];
            double deltaN = s[6] + s[7] * Math.exp(-LN / ln);
            return new double[] {twF + KDN_F / sF * deltaF, twF - KUP_F / sF * deltaF, twN + 0.5 * deltaN, twN - 0.5 * deltaN};
        }

        /** δ = T↑ − T↓ at x. */
        double delta(double x) {
            return x <= LF ? c[2] * Math.exp(-x / lf) + c[3] * Math.exp(-(LF - x) / lf)
                    : c[6] * Math.exp(-(x - LF) / ln) + c[7] * Math.exp(-(LF + LN - x) / ln);
        }

        /** Heat per unit area through the interface in the spin-up channel (W/m²). */
        double upFlux() {
            double[] f = faceTemperatures(c);
            return gUp * (f[0] - f[2]);
        }

        /** The jump of the electron temperature (κ-weighted mean of the spins) per unit flux (m²K/W). */
        double electronR() {
            double[] f = faceTemperatures(c);
            double q = gUp * (f[0] - f[2]) + gDown * (f[1] - f[3]);
            double twF = (KUP_F * f[0] + KDN_F * f[1]) / (KUP_F + KDN_F);
            double twN = 0.5 * (f[2] + f[3]);
            return (twF - twN) / q;
        }

        /** The oracle's 8×8 system, solved by EJML (the project's test oracle for dense algebra). */
        private static double[] gauss(double[][] a, double[] b) {
            org.ejml.data.DMatrixRMaj x = new org.ejml.data.DMatrixRMaj(b.length, 1);
            org.ejml.dense.row.CommonOps_DDRM.solve(new org.ejml.data.DMatrixRMaj(a),
                    new org.ejml.data.DMatrixRMaj(b.length, 1, true, b), x);
            return x.getData();
        }
    }

    /**
     * {electron R, spin-up flux}: the electron R is what a one-temperature measurement of the electrons
     * sees, the jump of T_e = (κ↑T↑ + κ↓T↓)/(κ↑ + κ↓) with each side extrapolated to the interface by the
     * electrons' flux and κ↑ + κ↓. (The lattice, decoupled here and crossing nowhere, stays out of it.)
     */
    static double[] measured(MultiTemperatureResult r) {
        MultiTemperatureResult.InterfaceReport ir = r.interfaces().get(0);
        double up = 0;
        for (MultiTemperatureResult.Path p : ir.paths()) if (p.from() == Carrier.SPIN_UP) up = p.heat();
        Mesh m = r.mesh();
        int f = m.faceStart(org.kapitza.mesh.FaceClass.INTERFACE);
        int cf = m.owner(f);
        int cn = m.neighbour(f);
        double q = ir.heat() / ir.area();
        double teF = r.temperature(cf, Carrier.ELECTRONS) - q * m.ownerDistance(f) / (KUP_F + KDN_F);
        double teN = r.temperature(cn, Carrier.ELECTRONS) + q * m.neighbourDistance(f) / (2 * K_N);
        return new double[] {(teF - teN) / q, up / ir.area()};
    }

    @Test
    void matchesTheClosedFormToOneInAMillion() {
        ClosedForm exact = new ClosedForm();
        double[] want = {exact.electronR(), exact.upFlux()};
        double[] fine = measured(solve(240, GSF_F, GSF_N));
        double[] finer = measured(solve(480, GSF_F, GSF_N));
        for (int k = 0; k < 2; k++) {
            double richardson = (4 * finer[k] - fine[k]) / 3;
            assertEquals(want[k], richardson, 1e-6 * Math.abs(want[k]), (k == 0 ? "electron R" : "spin-up flux")
                    + ": finest grid " + finer[k]);
        }
        assertTrue(Math.abs(exact.delta(LF)) > 1e-3, "a spin heat accumulation to see: " + exact.delta(LF) + " K");
    }

    /** Away from the interface the FV spin accumulation falls by exp(−Δx/λ) per Δx, λ of each metal. */
    @Test
    void theSpinTemperatureDifferenceDecaysOverTheSpinLength() {
        MultiTemperatureResult r = solve(480, GSF_F, GSF_N);
        ClosedForm exact = new ClosedForm();
        Mesh m = r.mesh();
        // In N: cells at L_F + λ_N and L_F + 2λ_N; the far end is 8 λ_N away, where δ = 0 makes the profile
        // sinh((L − x)/λ_N), which differs from the exponential by e^-12 relative there.
        int c1 = cellAt(m, LF + exact.ln);
        int c2 = cellAt(m, LF + 2 * exact.ln);
        double ratio = r.spinAccumulation(c1) / r.spinAccumulation(c2);
        double dx = m.centre(c2, 0) - m.centre(c1, 0);
        assertEquals(exact.delta(m.centre(c1, 0)) / exact.delta(m.centre(c2, 0)), ratio, 1e-5 * ratio);
        assertEquals(Math.exp(dx / exact.ln), ratio, 1e-4 * ratio, "exp(Δx/λ_N), λ_N = " + exact.ln);
        for (int c = 0; c < m.cellCount(); c++) {
            double x = m.centre(c, 0);
            assertEquals(exact.delta(x), r.spinAccumulation(c), 1e-4 * Math.abs(exact.delta(LF)), "δ at x = " + x);
        }
    }

    /**
     * Fast spin flip: the spin channels are one electron temperature, and the interface conducts G↑ + G↓
     * as the single-temperature {@code spin-two-channel} model says. The excess resistance over 1/(G↑ + G↓)
     * falls as g_sf^{-1/2}. The grid is graded to 5 pm at the interface so that λ_F (0.1 nm at the largest
     * g_sf) stays resolved: on a grid coarser than λ the cell next to the interface keeps its spins
     * apart over the half cell, which no longer vanishes with 1/√g_sf.
     */
    @Test
    void fastSpinFlipIsTheParallelSum() {
        Mesh mesh = gradedMesh();
        ThermalProblem electronsOnly = base(mesh, KUP_F + KDN_F, 2 * K_N);
        SteadyResult one = new SteadySolver(SolverSettings.defaults().withLinearTolerance(1e-14)).solve(electronsOnly);
        int f = mesh.faceStart(org.kapitza.mesh.FaceClass.INTERFACE);
        double rOne = one.faceResistance(f);
        double previous = Double.NaN;
        for (double scale : new double[] {1, 1e3, 1e5}) {
            MultiTemperatureResult r = solve(mesh, GSF_F * scale, GSF_N * scale);
            double excess = measured(r)[0] - rOne;
            double exact = new ClosedForm(GSF_F * scale, GSF_N * scale).electronR() - rOne;
            assertTrue(excess > 0, "spin accumulation adds resistance");
            assertEquals(exact, excess, 0.02 * exact, "the excess follows the closed form at " + scale + " × g_sf");
            previous = excess;
        }
        // Asymptotically ∝ g_sf^-1/2: from 10³ to 10⁵ × g_sf it falls by 9.3 (10 in the limit).
        assertTrue(previous < 0.01 * rOne, "at 10⁵ × g_sf the parallel sum G↑ + G↓ is within 1 %: " + previous / rOne);
    }

    /** The cell of a 1D mesh whose centre is nearest to x. */
    private static int cellAt(Mesh m, double x) {
        int best = 0;
        for (int c = 1; c < m.cellCount(); c++) {
            if (Math.abs(m.centre(c, 0) - x) < Math.abs(m.centre(best, 0) - x)) best = c;
        }
        return best;
    }
}
