package org.kapitza.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What every interface model must do, whatever its physics: one abstract test (EJML's contract tests),
 * one concrete subclass per model. The flow is q(T1, T2) = (T1 − T2)/R(T1, T2) (W/m², side 1 to 2).
 *
 * <ul>
 *   <li>The second law: heat flows from hot to cold, R ≥ 0 and finite.</li>
 *   <li>Exchanging the two sides (and whatever the model knows about them: materials, member order)
 *       reverses the flow: q'(T2, T1) = −q(T1, T2).</li>
 *   <li>R(T, T) is the linear response: ∂q/∂T1 = −∂q/∂T2 = 1/R(T, T) at T1 = T2, which a central
 *       difference of the flow confirms.</li>
 *   <li>The flow is smooth where the Newton Jacobian differentiates it: a one-sided difference with the
 *       solver's step (1e-7 T) equals a central difference with a step a thousand times larger, to 1e-5
 *       of the face's conductance, so the secant formula has no cancellation noise.</li>
 *   <li>Configured to a constant resistance R, the model gives exactly R at every temperature and says
 *       it is not temperature dependent (the assembly then takes the linear path).</li>
 * </ul>
 */
public abstract class InterfaceModelContract {

    /** The model under test, bound to its materials where it needs them. */
    protected abstract InterfaceModel model();

    /** The same interface seen from the other side; the model itself where it is symmetric in its sides. */
    protected InterfaceModel swapped() {
        return model();
    }

    /** Temperature pairs (K) inside the model's range: small and large jumps, both directions. */
    protected double[][] temperatures() {
        return new double[][] {{300, 290}, {290, 300}, {350.5, 300}, {80, 120}, {300.001, 300}, {500, 499.9}};
    }

    /** The model configured to a constant resistance, or null where its law has no such limit. */
    protected abstract InterfaceModel constantLimit();

    /** The resistance (m²K/W) {@link #constantLimit()} must give, to the last bit. */
    protected double constantResistance() {
        return Double.NaN;
    }

    /**
     * Relative agreement required of the flow seen from the two sides: exact arithmetic gives 1e-12; a
     * model tabulated per ordered pair of materials, its tabulation accuracy.
     */
    protected double swapTolerance() {
        return 1e-12;
    }

    private static double flow(InterfaceModel m, double t1, double t2) {
        return (t1 - t2) / m.resistance(t1, t2);
    }

    @Test
    public void heatFlowsFromHotToCold() {
        InterfaceModel m = model();
        for (double[] t : temperatures()) {
            double r = m.resistance(t[0], t[1]);
            assertTrue(r >= 0 && Double.isFinite(r), "R(" + t[0] + ", " + t[1] + ") = " + r);
            assertEquals(Math.signum(t[0] - t[1]), Math.signum(flow(m, t[0], t[1])), "direction at " + t[0] + ", " + t[1]);
            double eq = m.resistance(t[0], t[0]);
            assertTrue(eq >= 0 && Double.isFinite(eq), "R(T, T) at " + t[0] + " = " + eq);
        }
    }

    @Test
    public void theFlowReversesWhenTheSidesAreExchanged() {
        InterfaceModel m = model();
        InterfaceModel s = swapped();
        for (double[] t : temperatures()) {
            double q = flow(m, t[0], t[1]);
            assertEquals(-q, flow(s, t[1], t[0]), swapTolerance() * Math.abs(q), "at " + t[0] + ", " + t[1]);
        }
    }

    @Test
    public void theLinearResponseIsTheDerivativeOfTheFlow() {
        InterfaceModel m = model();
        for (double[] t : temperatures()) {
            double temp = t[0];
            double h = 1e-4 * temp;
            double g = 1 / m.resistance(temp, temp);
            double d1 = (flow(m, temp + h, temp) - flow(m, temp - h, temp)) / (2 * h);
            double d2 = (flow(m, temp, temp + h) - flow(m, temp, temp - h)) / (2 * h);
            assertEquals(g, d1, 1e-6 * g, "∂q/∂T1 at T = " + temp);
            assertEquals(-g, d2, 1e-6 * g, "∂q/∂T2 at T = " + temp);
        }
    }

    @Test
    public void theNewtonDerivativeIsAFiniteDifferenceOfASmoothFlow() {
        InterfaceModel m = model();
        for (double[] t : temperatures()) {
            double q = flow(m, t[0], t[1]);
            double[] central = new double[2];
            double[] oneSided = new double[2];
            for (int arg = 0; arg < 2; arg++) {
                double[] at = t.clone();
                double x = at[arg];
                double small = 1e-7 * Math.max(1, Math.abs(x)); // the step of the solver's Jacobian
                double large = 1e-4 * Math.abs(x);
                at[arg] = x + small;
                oneSided[arg] = (flow(m, at[0], at[1]) - q) / small;
                at[arg] = x + large;
                double up = flow(m, at[0], at[1]);
                at[arg] = x - large;
                double down = flow(m, at[0], at[1]);
                central[arg] = (up - down) / (2 * large);
            }
            // Judged against the face's conductance |∂q/∂T1| + |∂q/∂T2|, the scale of its Jacobian row: one
            // partial can vanish (a power law across a large jump) or be 10⁻⁸ of the other (T⁴ from 300 K
            // to 4 K), and its own relative error then says nothing about the Newton step.
            double scale = Math.abs(central[0]) + Math.abs(central[1]);
            assertTrue(scale > 0, "no conductance at " + t[0] + ", " + t[1]);
            for (int arg = 0; arg < 2; arg++) {
                assertEquals(central[arg], oneSided[arg], 1e-5 * scale, "∂q/∂T" + (arg + 1) + " at " + t[0] + ", " + t[1]);
            }
        }
    }

    @Test
    public void theConstantResistanceLimitIsExact() {
        InterfaceModel c = constantLimit();
        if (c == null) return; // the law has no constant limit (one-way flux: q ∝ T1^m − T2^m, m > 1)
        double r = constantResistance();
        assertFalse(c.temperatureDependent(), c.describe());
        for (double[] t : temperatures()) {
            assertEquals(r, c.resistance(t[0], t[1]), 0.0, "at " + t[0] + ", " + t[1]);
            assertEquals((t[0] - t[1]) / r, flow(c, t[0], t[1]), 0.0);
        }
    }
}
