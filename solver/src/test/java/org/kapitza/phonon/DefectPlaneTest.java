package org.kapitza.phonon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapitza.InputException;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;

/** The defect-plane grain boundary: R_GB = ((1 − f)/f)/h₀(T), h₀ the material's own radiation limit. */
class DefectPlaneTest {
    private static final AcousticLibrary LIB = AcousticLibrary.builtIn();

    private static DefectPlaneInterface bound(double f, Cutoff cutoff, String material) {
        Material m = new Material(material, new ConstantConductivity(1), "test");
        return new DefectPlaneInterface(new DefectPlane(f), cutoff, LIB).bind(new InterfaceContext(m, m, 0));
    }

    /**
     * h₀(T) = Σ_j ∫₀^{ω_c,j} ħω³/(8π²c_j²) ∂n/∂T dω (docs/PHYSICS.md §3 with ᾱ = 1 for every branch), written
     * directly from the branches and integrated by composite Simpson on a uniform ω grid of 2·10⁵ intervals
     * per branch: shares nothing with the production path (piecewise spectrum, adaptive Gauss–Kronrod
     * in x, then a monotone cubic table of E and h).
     */
    private static double simpsonH0(AcousticProperties m, Cutoff cutoff, double t) {
        double hbar = PhysicalConstants.HBAR;
        double kb = PhysicalConstants.BOLTZMANN;
        double[] c = m.branchSpeeds();
        double[] wc = cutoff.frequencies(m);
        double sum = 0;
        for (int j = 0; j < c.length; j++) {
            // Beyond ħω = 60 k_BT the integrand is below e^-60 of its peak: stop there.
            double top = Math.min(wc[j], 60 * kb * t / hbar);
            int n = 200_000;
            double dw = top / n;
            double s = 0;
            for (int i = 0; i <= n; i++) {
                double w = i * dw;
                double x = hbar * w / (kb * t);
                double dndt = x == 0 ? 0 : x / t * Math.exp(x) / Math.pow(Math.expm1(x), 2);
                double fw = hbar * w * w * w / (8 * Math.PI * Math.PI * c[j] * c[j]) * dndt;
                s += fw * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
            }
            sum += s * dw / 3;
        }
        return sum;
    }

    @ParameterizedTest
    @CsvSource({"silicon, per-branch, 0.3, 2", "silicon, per-branch, 0.3, 40", "silicon, per-branch, 0.3, 300",
            "silicon, debye, 0.7, 300", "diamond, per-branch, 0.5, 77", "gold, debye, 0.05, 10", "sapphire, per-branch, 0.9, 500"})
    void resistanceFollowsTheSpectrumAgainstAnIndependentQuadrature(String material, String cutoff, double f, double t) {
        Cutoff c = Cutoff.byName(cutoff);
        double expected = (1 - f) / f / simpsonH0(LIB.get(material), c, t);
        double production = bound(f, c, material).resistance(t, t);
        assertEquals(expected, production, 1e-6 * expected, material + " at " + t + " K");
    }

    @Test
    void lowTemperatureLimitIsTheT3LawOfTheMaterialsOwnChannels() {
        AcousticProperties si = LIB.get("silicon");
        double f = 0.25;
        double rt3 = bound(f, Cutoff.PER_BRANCH, "silicon").resistance(1, 1);
        // The solver's table of h is good to 4e-7 (TabulatedConductance); the T³ law itself to 1e-15 at 1 K.
        assertEquals((1 - f) / f / (PhysicalConstants.C0 * si.inverseSquareSum()), rt3, 1e-6 * rt3);
    }

    @Test
    void aFullyClearPlaneCarriesNoResistance() {
        for (double t : new double[] {1, 30, 300, 1000}) assertEquals(0.0, bound(1, Cutoff.PER_BRANCH, "silicon").resistance(t, t * 1.1));
    }

    @Test
    void anAlmostOpaquePlaneCarriesAlmostNoHeat() {
        // q = (f/(1 − f))(E(T1) − E(T2)) → 0 as f → 0; and the exact law holds for a large jump.
        DefectPlaneInterface clear = bound(0.5, Cutoff.PER_BRANCH, "silicon");
        double q = 100 / clear.resistance(400, 300);
        for (double f : new double[] {1e-3, 1e-6, 1e-9}) {
            double qf = 100 / bound(f, Cutoff.PER_BRANCH, "silicon").resistance(400, 300);
            assertEquals(f / (1 - f), qf / q, 1e-9 * f, "flux through f = " + f + " relative to f = 1/2");
        }
        assertThrows(IllegalArgumentException.class, () -> new DefectPlane(0));
        assertThrows(IllegalArgumentException.class, () -> new DefectPlane(1.2));
    }

    @Test
    void refusesTwoDifferentMaterials() {
        Material si = new Material("silicon", new ConstantConductivity(1), "test");
        Material ge = new Material("diamond", new ConstantConductivity(1), "test");
        InputException e = assertThrows(InputException.class,
                () -> new DefectPlaneInterface(new DefectPlane(0.5), Cutoff.PER_BRANCH, LIB).bind(new InterfaceContext(si, ge, 0)));
        assertTrue(e.getMessage().contains("one material"), e.getMessage());
    }
}
