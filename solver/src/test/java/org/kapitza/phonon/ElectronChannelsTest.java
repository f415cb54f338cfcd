package org.kapitza.phonon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Electron diffuse mismatch between metals and the spin-dependent two-channel interface. */
class ElectronChannelsTest {
    private static final AcousticLibrary LIB = AcousticLibrary.builtIn();

    /**
     * Gundrum, Cahill and Averback, Phys. Rev. B 72 (2005) 245426: Al/Cu measured 4 GW m⁻²K⁻¹ at room
     * temperature, linear in T, "described well by a diffuse-mismatch model for electron transport". With
     * Kittel's γ and Ashcroft–Mermin's v_F the model gives 7.4 GW: several GW, within a factor of two,
     * and above the measurement as an ideal-interface estimate should be.
     */
    @Test
    void aluminiumCopperIsSeveralGigawattsAndLinearInT() {
        AcousticProperties al = LIB.get("aluminium");
        AcousticProperties cu = LIB.get("copper");
        double h = ElectronDiffuseMismatch.conductance(al, cu, 300);
        double measured = 4e9;
        assertTrue(h > measured && h < 2 * measured, "h_e(300 K) = " + h);
        assertEquals(7.39e9, h, 0.01e9);
        // (T/4)(γ₁v₁)(γ₂v₂)/(γ₁v₁ + γ₂v₂) by hand: γ_Al = 1.35e-3·2700/26.98e-3, γ_Cu = 0.695e-3·8960/63.55e-3.
        double a = 1.35e-3 * 2700 / 26.98e-3 * 2.03e6;
        double b = 0.695e-3 * 8960 / 63.55e-3 * 1.57e6;
        assertEquals(300 / 4.0 * a * b / (a + b), h, 1e-12 * h);
        assertEquals(0.5 * h, ElectronDiffuseMismatch.conductance(al, cu, 150), 1e-12 * h);
        assertEquals(h, ElectronDiffuseMismatch.conductance(cu, al, 300), 1e-12 * h);
        // The electrons dominate: the phonon DMM across the same interface is 0.92 GW (cutoff B), 8× less.
        double phonons = DiffuseMismatch.spectrum(al, cu, Cutoff.PER_BRANCH).conductance(300);
        assertTrue(h > 5 * phonons, "phonon DMM " + phonons);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElectronDiffuseMismatch.slope(al, LIB.get("silicon")));
        assertTrue(e.getMessage().contains("'silicon'") && e.getMessage().contains("two metals"), e.getMessage());
    }

    /** docs/PHYSICS.md §7: G↑ + G↓ = L₀T/(A R*(1 − γ²)) with Valet–Fert A R↑,↓ = 2AR*(1 ∓ γ). */
    @Test
    void theSpinChannelsAddToTheWiedemannFranzParallelSum() {
        double arStar = 0.5e-15; // Ω m², of the order of a Py/Cu interface
        for (double gamma : new double[] {-0.4, 0, 0.3, 0.7, 0.95}) {
            SpinTwoChannel s = new SpinTwoChannel(arStar, gamma);
            for (double t : new double[] {4.2, 77, 300}) {
                double expected = PhysicalConstants.LORENZ * t / (arStar * (1 - gamma * gamma));
                assertEquals(expected, s.conductance(t), 1e-14 * expected, "γ = " + gamma + ", T = " + t);
                assertEquals((1 + gamma) / (1 - gamma), s.conductanceUp(t) / s.conductanceDown(t), 1e-12);
                assertEquals(expected, s.law().conductance(t), 1e-14 * expected);
            }
            assertEquals(2 * arStar * (1 - gamma), s.areaResistanceUp(), 1e-30);
            assertEquals(2 * arStar * (1 + gamma), s.areaResistanceDown(), 1e-30);
        }
        // γ = 0.7 at 300 K: L₀T/(AR*(1 − γ²)) = 2.44e-8·300/(0.5e-15·0.51) = 2.87e10 W m⁻²K⁻¹.
        assertEquals(2.8706e10, new SpinTwoChannel(arStar, 0.7).conductance(300), 0.0001e10);
        assertThrows(IllegalArgumentException.class, () -> new SpinTwoChannel(arStar, 1));
        assertThrows(IllegalArgumentException.class, () -> new SpinTwoChannel(0, 0.5));
    }

    /**
     * λ = √(κ↑κ↓/((κ↑+κ↓) g_s)) against a finite-difference solution of κ_σ T_σ'' = ±g_s (T↑ − T↓) on a bar
     * of 20 λ, spin-up heated at one end: the spin temperature difference decays as e^{−x/λ}. Second-order
     * differences with 100 points per λ make the discrete decay rate good to ~(h/λ)²/12 ≈ 1e-5.
     */
    @Test
    void theSpinHeatAccumulationDecaysOverLambda() {
        double kUp = 30;
        double kDown = 10;
        double gs = 1e18; // W m⁻³ K⁻¹
        double lambda = SpinTwoChannel.spinHeatDecayLength(kUp, kDown, gs);
        assertEquals(Math.sqrt(kUp * kDown / ((kUp + kDown) * gs)), lambda, 0);
        int perLambda = 100;
        int n = 20 * perLambda;            // interior nodes 1..n−1; T(0) given, T(L) = 0
        double h = lambda / perLambda;
        // Unknowns interleaved (T↑_i, T↓_i): a banded system with half-bandwidth 2.
        int m = 2 * (n - 1);
        double[][] band = new double[m][5]; // columns: offsets −2..+2
        double[] rhs = new double[m];
        for (int i = 1; i < n; i++) {
            for (int s = 0; s < 2; s++) {
                int row = 2 * (i - 1) + s;
                double k = s == 0 ? kUp : kDown;
                band[row][2] = 2 * k / (h * h) + gs;
                band[row][s == 0 ? 3 : 1] = -gs;        // the other spin at the same node
                if (i > 1) band[row][0] = -k / (h * h);
                if (i < n - 1) band[row][4] = -k / (h * h);
                if (i == 1 && s == 0) rhs[row] = k / (h * h) * 1.0; // T↑(0) = 1 K, T↓(0) = 0
            }
        }
        double[] x = solveBanded(band, rhs);
        double d1 = x[2 * (perLambda - 1)] - x[2 * (perLambda - 1) + 1];          // at x = λ
        double d4 = x[2 * (4 * perLambda - 1)] - x[2 * (4 * perLambda - 1) + 1];  // at x = 4λ
        double fitted = 3 * lambda / Math.log(d1 / d4);
        assertEquals(lambda, fitted, 1e-4 * lambda);
    }

    /** Gaussian elimination without pivoting for a diagonally dominant band matrix, half-bandwidth 2. */
    private static double[] solveBanded(double[][] a, double[] b) {
        int m = b.length;
        double[][] full = new double[m][];
        for (int i = 0; i < m; i++) full[i] = a[i].clone();
        double[] r = b.clone();
        for (int k = 0; k < m; k++) {
            for (int i = k + 1; i <= Math.min(m - 1, k + 2); i++) {
                double f = full[i][k - i + 2] / full[k][2];
                if (f == 0) continue;
                for (int j = k; j <= Math.min(m - 1, k + 2); j++) full[i][j - i + 2] -= f * full[k][j - k + 2];
                r[i] -= f * r[k];
            }
        }
        double[] x = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = r[i];
            for (int j = i + 1; j <= Math.min(m - 1, i + 2); j++) s -= full[i][j - i + 2] * x[j];
            x[i] = s / full[i][2];
        }
        return x;
    }
}
