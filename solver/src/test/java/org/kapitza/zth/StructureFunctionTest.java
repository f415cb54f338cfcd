package org.kapitza.zth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * The system shall recover a heat path from its Zth(t): a Foster fit of the step response of an RC ladder
 * built by hand, transformed to its Cauer ladder, gives back the ladder's resistances and capacitances
 * within 2 % (the cumulative structure function of JESD51-14); Foster → Cauer is exact for an exact Foster
 * network.
 */
class StructureFunctionTest {
    /**
     * The exact Foster network of a Cauer ladder (C_1 at the driven node, R_1 to node 2, ..., R_n to ambient):
     * with G the conductance matrix and C the diagonal capacitances, M = C^{-1/2} G C^{-1/2} = V Λ Vᵀ gives
     * Zth(t) = Σ_k V_{1k}²/(C_1 λ_k) (1 − e^{−λ_k t}).
     */
    static FosterNetwork fosterOfLadder(double[] r, double[] c) {
        int n = r.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            double g = 1 / r[i];
            m.add(i, i, g / c[i]);
            if (i + 1 < n) {
                m.add(i + 1, i + 1, g / c[i + 1]);
                m.add(i, i + 1, -g / Math.sqrt(c[i] * c[i + 1]));
                m.add(i + 1, i, -g / Math.sqrt(c[i] * c[i + 1]));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        assertTrue(eig.decompose(m));
        double[][] terms = new double[n][];
        for (int k = 0; k < n; k++) {
            double lambda = eig.getEigenvalue(k).getReal();
            DMatrixRMaj v = eig.getEigenVector(k);
            double norm = 0;
            for (int i = 0; i < n; i++) norm += v.get(i) * v.get(i);
            terms[k] = new double[] {v.get(0) * v.get(0) / norm / (c[0] * lambda), 1 / lambda};
        }
        java.util.Arrays.sort(terms, (a, b) -> Double.compare(a[1], b[1]));
        double[] rs = new double[n];
        double[] ts = new double[n];
        for (int k = 0; k < n; k++) {
            rs[k] = terms[k][0];
            ts[k] = terms[k][1];
        }
        return new FosterNetwork(rs, ts);
    }

    private static final double[] R = {1, 2, 0.5};
    private static final double[] C = {1e-3, 0.1, 10};

    @Test
    void fosterToCauerIsExactForAnExactFosterNetwork() {
        CauerNetwork back = CauerNetwork.fromFoster(fosterOfLadder(R, C));
        assertEquals(3, back.resistances().length);
        for (int i = 0; i < 3; i++) {
            assertEquals(R[i], back.resistances()[i], 1e-9 * R[i]);
            assertEquals(C[i], back.capacitances()[i], 1e-9 * C[i]);
        }
    }

    @Test
    void aFittedZthGivesBackTheLadderWithinTwoPercent() {
        FosterNetwork exact = fosterOfLadder(R, C);
        int perDecade = 10;
        int count = 9 * perDecade + 1; // 1e-6 s to 1e3 s
        double[] t = new double[count];
        double[] z = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = 1e-6 * Math.pow(10, (double) i / perDecade);
            z[i] = exact.zth(t[i]);
        }
        FosterNetwork fit = FosterNetwork.fit(t, z, perDecade);
        for (int i = 0; i < count; i++) assertEquals(z[i], fit.zth(t[i]), 5e-3 * z[i], "fit at t = " + t[i]); // a fixed τ grid, merged: close, not exact
        assertEquals(3.5, fit.total(), 0.02 * 3.5, "Zth(∞) = Σ R");
        CauerNetwork ladder = CauerNetwork.fromFoster(fit);
        // Read the ladder off the cumulative structure function: C_Σ on each plateau (at its middle in R_Σ), and
        // the R_Σ where C_Σ steps up past the geometric mean of neighbouring plateaus.
        double[] plateauR = {0.5, 2, 3.25};
        double[] cumC = {C[0], C[0] + C[1], C[0] + C[1] + C[2]};
        double[] cumR = {R[0], R[0] + R[1], R[0] + R[1] + R[2]};
        for (int i = 0; i < 3; i++) {
            assertEquals(cumC[i], ladder.capacitanceAt(plateauR[i]), 0.02 * cumC[i], "C_Σ on plateau " + (i + 1));
        }
        for (int i = 0; i < 2; i++) {
            double threshold = Math.sqrt(cumC[i] * cumC[i + 1]);
            double rStep = 0;
            double[] rs = ladder.cumulativeResistance();
            double[] cs = ladder.cumulativeCapacitance();
            for (int k = 0; k < cs.length; k++) {
                if (cs[k] > threshold) {
                    rStep = k == 0 ? 0 : rs[k - 1];
                    break;
                }
            }
            assertEquals(cumR[i], rStep, 0.02 * cumR[i], "R_Σ at step " + (i + 1));
        }
    }

    /**
     * Two ladders equal up to R_1 + R_2 = 3 K/W whose third resistance differs (0.5 against 1.5 K/W, as a
     * second TIM): their structure functions separate where the third stage begins, between 3 and 3.5 K/W.
     */
    @Test
    void twoLaddersThatDifferAfterTheSecondStageSeparateThere() {
        double[] c = {1e-3, 0.1, 10, 1000};
        CauerNetwork a = CauerNetwork.fromFoster(fosterOfLadder(new double[] {1, 2, 0.5, 1}, c));
        CauerNetwork b = CauerNetwork.fromFoster(fosterOfLadder(new double[] {1, 2, 1.5, 1}, c));
        double theta = org.kapitza.cli.ThermalImpedance.separation(a, b, 0.1);
        assertTrue(theta >= 3 && theta <= 3.5, "separation at " + theta);
        assertTrue(Double.isNaN(org.kapitza.cli.ThermalImpedance.separation(a, a, 0.1)), "a curve does not separate from itself");
    }
}
