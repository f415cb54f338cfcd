package org.kapitza.fv;

import org.kapitza.numerics.Illinois;

/**
 * The one face law of every Kapitza discretisation (docs/PHYSICS.md §1): the conductance of a face of area A
 * whose cell centroids lie d_P and d_N from it along its normal, with conductivities k_P and k_N and an
 * interface resistance R between them, is {@code G = A / (d_P/k_P + R + d_N/k_N)} (W/K): the three
 * resistances in series of a 1D path through the face. Exact for a field linear on each side with a
 * jump R·q at the face, which is why the two-slab case is exact on any mesh.
 *
 * <p>Everything else a solver needs of a face derives from it here: the flow at given cell
 * temperatures (with a temperature-dependent R, the root of the series law), the side temperatures
 * either side of the jump, and the R a converged flow implies (the inverse). A boundary face is the
 * same law with only the owner's half: d_N = 0.
 */
public final class FaceLaw {
    private FaceLaw() {
    }

    /** An interface law R(T_owner side, T_other side) in m²K/W, already oriented to the face. */
    @FunctionalInterface
    public interface Resistance {
        double at(double tOwnerSide, double tOtherSide);
    }

    /**
     * @param area m²
     * @param dP   owner centroid to face along the normal (m)
     * @param kP   owner conductivity (W/m/K)
     * @param r    interface resistance (m²K/W), 0 in the bulk
     * @param dN   face to neighbour centroid (m); 0 with kN anything positive for a boundary face
     * @param kN   neighbour conductivity (W/m/K)
     * @return the conductance in W/K
     */
    public static double conductance(double area, double dP, double kP, double r, double dN, double kN) {
        return area / (dP / kP + r + dN / kN);
    }

    /** The resistance (K/W) of the half cell between a centroid d from the face and the face: d/(k A). */
    public static double halfResistance(double d, double k, double area) {
        return d / (k * area);
    }

    /**
     * Heat flow (W) from the owner at tp to the other side at tn (K) through the half-cell resistances aP
     * and aN (K/W, from {@link #halfResistance}) and a resistance rOverArea = R/A (K/W) between them.
     */
    public static double flow(double tp, double tn, double aP, double aN, double rOverArea) {
        return (tp - tn) / (aP + aN + rOverArea);
    }

    /**
     * Flow (W) through a face whose R depends on its side temperatures: the root Q of
     * {@code h(Q) = tp − tn − Q (aP + aN) − Q factor R(T1, T2)/A}, {@code T1 = tp − Q aP},
     * {@code T2 = tn + Q aN}, which lies between 0 and the flow without the resistance. For a flux law that
     * rises with the hot side and falls with the cold side, h is monotone there and the root unique. Found
     * by the Illinois variant of regula falsi (Dowell and Jarratt, BIT 11 (1971) 168).
     *
     * @param factor the face's multiplier of R (staircase correction, sampled factor), 1 for none
     */
    public static double flow(double tp, double tn, double aP, double aN, double area, double factor, Resistance law) {
        if (tp == tn) return 0;
        double q0 = (tp - tn) / (aP + aN);
        // f(q0) is written out, not asked of the lambda, so the bracket's end value rounds as it always has.
        double hHi = -q0 * factor * law.at(tp - q0 * aP, tn + q0 * aN) / area;
        return Illinois.rootWithFinalStep(
                q -> tp - tn - q * (aP + aN) - q * factor * law.at(tp - q * aP, tn + q * aN) / area,
                0, q0, tp - tn, hHi, 1e-15 * Math.abs(q0));
    }

    /** Temperature on the owner's side of a face (K) carrying q (W) out of a centroid at tp: {@code tp − q d_P/(k_P A)}. */
    public static double ownerSideTemperature(double tp, double q, double dP, double kP, double area) {
        return tp - q * dP / (kP * area);
    }

    /** Temperature on the neighbour's side (K) of a face carrying q (W) into a centroid at tn: {@code tn + q d_N/(k_N A)}. */
    public static double neighbourSideTemperature(double tn, double q, double dN, double kN, double area) {
        return tn + q * dN / (kN * area);
    }

    /**
     * The R (m²K/W, any face factor included) a face of conductance g presents: the law solved for R,
     * {@code A (1/G − d_P/(k_P A) − d_N/(k_N A))}. Negative only by round-off for a bulk face.
     */
    public static double resistance(double area, double g, double dP, double kP, double dN, double kN) {
        return area * (1 / g - dP / (kP * area) - dN / (kN * area));
    }
}
