package org.kapitza.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
