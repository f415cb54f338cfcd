package org.kapitza.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The Illinois root finder against roots known in closed form. */
class IllinoisTest {

    private static double root(DoubleUnaryOperator f, double a, double b, double tol) {
        return Illinois.root(f, a, b, f.applyAsDouble(a), f.applyAsDouble(b), tol);
    }

    @Test
    void findsRootsKnownInClosedForm() {
        assertEquals(Math.sqrt(2), root(x -> x * x - 2, 0, 2, 1e-15), 1e-15);
        assertEquals(Math.PI, root(Math::sin, 3, 4, 1e-15), 1e-15);
        assertEquals(Math.log(5), root(x -> Math.exp(x) - 5, -10, 10, 1e-14), 1e-14);
        // Decreasing through the root, as SeriesResistance's functions are.
        assertEquals(0.75, root(x -> 3 - 4 * x, 0, 1, 1e-15), 1e-15);
    }

    /**
     * Plain regula falsi keeps one end fixed on a convex function and crawls; the Illinois halving
     * moves both ends, so x¹⁰ − 1 on [0, 1.3] (one end stuck for hundreds of plain steps) converges
     * well within the iteration cap.
     */
    @Test
    void convergesFastWhereRegulaFalsiCrawls() {
        int[] calls = {0};
        double r = root(x -> {
            calls[0]++;
            return Math.pow(x, 10) - 1;
        }, 0, 1.3, 1e-14);
        assertEquals(1, r, 1e-13);
        assertTrue(calls[0] < 60, "function evaluations " + calls[0]);
    }

    @Test
    void anEndWhereTheFunctionVanishesIsTheRoot() {
        assertEquals(2, Illinois.root(x -> x - 2, 2, 5, 0, 3, 1e-12));
        assertEquals(5, Illinois.root(x -> x - 5, 2, 5, -3, 0, 1e-12));
    }

    @Test
    void theRootStaysInsideTheBracket() {
        // A function with a jump: no root, but a sign change; the result must lie in the bracket.
        double r = root(x -> x < 0.3 ? -1 : 1, 0, 1, 1e-12);
        assertTrue(r >= 0 && r <= 1, "r = " + r);
        assertEquals(0.3, r, 1e-11);
    }

    /**
     * Both conventions reproduce, bit for bit, the loops they replace (copied here from before the move):
     * the one of SeriesResistance, and the face-flow loop of fv, which judges the bracket after its step.
     */
    @Test
    void bothConventionsReproduceTheLoopsTheyReplace() {
        Random rnd = new Random(3);
        for (int t = 0; t < 500; t++) {
            double p = 1 + 4 * rnd.nextDouble();
            double shift = rnd.nextDouble();
            DoubleUnaryOperator f = x -> shift - Math.pow(x, p) - 0.3 * x;
            double a = 0;
            double b = 1 + rnd.nextDouble();
            double tol = Math.pow(10, -15 + 10 * rnd.nextDouble()) * b;
            double fa = f.applyAsDouble(a);
            double fb = f.applyAsDouble(b);
            assertEquals(seriesLoop(f, a, b, fa, fb, tol), Illinois.root(f, a, b, fa, fb, tol), 0.0);
            assertEquals(faceLoop(f, a, b, fa, fb, tol), Illinois.rootWithFinalStep(f, a, b, fa, fb, tol), 0.0);
        }
    }

    private static double seriesLoop(DoubleUnaryOperator f, double a, double b, double fa, double fb, double tol) {
        if (fa == 0) return a;
        if (fb == 0) return b;
        int side = 0;
        double c = a;
        for (int it = 0; it < 200 && Math.abs(b - a) > tol; it++) {
            c = (a * fb - b * fa) / (fb - fa);
            double fc = f.applyAsDouble(c);
            if (fc == 0) return c;
            if (Math.signum(fc) == Math.signum(fb)) {
                b = c;
                fb = fc;
                if (side == -1) fa *= 0.5;
                side = -1;
            } else {
                a = c;
                fa = fc;
                if (side == 1) fb *= 0.5;
                side = 1;
            }
        }
        return c;
    }

    private static double faceLoop(DoubleUnaryOperator f, double lo, double hi, double hLo, double hHi, double tol) {
        int side = 0;
        double q = hi;
        for (int it = 0; it < 200; it++) {
            q = (lo * hHi - hi * hLo) / (hHi - hLo);
            double h = f.applyAsDouble(q);
            if (h == 0 || Math.abs(hi - lo) <= tol) break;
            if (Math.signum(h) == Math.signum(hHi)) {
                hi = q;
                hHi = h;
                if (side == -1) hLo *= 0.5;
                side = -1;
            } else {
                lo = q;
                hLo = h;
                if (side == 1) hHi *= 0.5;
                side = 1;
            }
        }
        return q;
    }
}
