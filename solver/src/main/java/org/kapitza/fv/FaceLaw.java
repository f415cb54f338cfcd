package org.kapitza.fv;

/**
 * The one face law of every Kapitza discretisation (docs/PHYSICS.md §1): the conductance of a face of area A
 * whose cell centroids lie d_P and d_N from it along its normal, with conductivities k_P and k_N and an
 * interface resistance R between them, is {@code G = A / (d_P/k_P + R + d_N/k_N)} (W/K): the three
 * resistances in series of a 1D path through the face. Exact for a field linear on each side with a
 * jump R·q at the face, which is why the two-slab case is exact on any mesh.
 */
public final class FaceLaw {
    private FaceLaw() {
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
}
