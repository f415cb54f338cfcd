package org.kapitza.boundary;

import org.kapitza.interfaces.InterfaceModel;

/**
 * What happens on a boundary patch. Fixed temperature, convection and adiabatic each decide a face
 * on their own, so a face may have only one of them; heat flux and total power add to whatever else the
 * face has (a power map on a convectively cooled surface).
 */
public sealed interface BoundaryCondition {

    /** Whether this condition adds to others on the same face (fluxes) rather than deciding the face. */
    default boolean additive() {
        return false;
    }

    /** One line for summaries. */
    String describe();

    /**
     * The surface is held at a temperature (K), optionally through an interface resistance between the
     * body and the bath (a Kapitza resistance to liquid helium, a bolted joint to a cold plate).
     *
     * @param temperature temperature of the bath or wall (K)
     * @param contact     resistance between the surface and the bath, or null for none
     */
    record FixedTemperature(ScalarField temperature, InterfaceModel contact) implements BoundaryCondition {
        public static FixedTemperature of(double kelvin) {
            return new FixedTemperature(ScalarField.constant(kelvin), null);
        }

        @Override
        public String describe() {
            String t = temperature instanceof ScalarField.Constant c ? c.v() + " K" : "T(x, y, z)";
            return "fixed temperature " + t + (contact == null ? "" : " through " + contact.describe());
        }
    }

    /**
     * A heat flux into the body (W/m²); negative draws heat out.
     *
     * @param flux heat flux entering through the surface (W/m²)
     */
    record HeatFlux(double flux) implements BoundaryCondition {
        public HeatFlux {
            if (!Double.isFinite(flux)) throw new IllegalArgumentException("heat flux must be a number of W/m², got " + flux);
        }

        @Override
        public boolean additive() {
            return true;
        }

        @Override
        public String describe() {
            return "heat flux " + flux + " W/m² in";
        }
    }

    /**
     * A total power (W) entering through the patch, spread uniformly over its area.
     *
     * @param power watts entering
     */
    record TotalPower(double power) implements BoundaryCondition {
        public TotalPower {
            if (!Double.isFinite(power)) throw new IllegalArgumentException("power must be a number of W, got " + power);
        }

        @Override
        public boolean additive() {
            return true;
        }

        @Override
        public String describe() {
            return "power " + power + " W in";
        }
    }

    /**
     * Convection to a fluid: q = h (T_surface − T∞) leaves the body.
     *
     * @param h    heat transfer coefficient (W/(m²K))
     * @param tInf fluid temperature (K)
     */
    record Convection(double h, double tInf) implements BoundaryCondition {
        public Convection {
            if (!(h > 0) || !Double.isFinite(h)) {
                throw new IllegalArgumentException("convection: h must be a positive number of W/(m²K), got " + h);
            }
            if (!(tInf > 0) || !Double.isFinite(tInf)) {
                throw new IllegalArgumentException("convection: T_inf must be a positive temperature in K, got " + tInf);
            }
        }

        @Override
        public String describe() {
            return "convection h = " + h + " W/(m²K) to " + tInf + " K";
        }
    }

    /** No heat crosses the surface (the default for every boundary face). */
    record Adiabatic() implements BoundaryCondition {
        @Override
        public String describe() {
            return "adiabatic";
        }
    }
}
