package org.kapitza.multitemp;

/**
 * Volumetric heat capacities of a material's carriers (J m⁻³K⁻¹), constant, for transient
 * multi-temperature conduction: the lattice's C_p, the electrons' C_e (γT at the working temperature,
 * γ the Sommerfeld coefficient per volume), or each spin channel's share of it.
 */
public record CarrierHeatCapacity(double phonons, double electrons, double spinUp, double spinDown) {
    public CarrierHeatCapacity {
        for (double c : new double[] {phonons, electrons, spinUp, spinDown}) {
            if (!Double.isNaN(c) && (!(c > 0) || !Double.isFinite(c))) {
                throw new IllegalArgumentException("carrier heat capacity must be a positive number of J/m³/K, got " + c);
            }
        }
    }

    public static CarrierHeatCapacity dielectric(double phonons) {
        return new CarrierHeatCapacity(phonons, Double.NaN, Double.NaN, Double.NaN);
    }

    public static CarrierHeatCapacity twoTemperature(double electrons, double phonons) {
        return new CarrierHeatCapacity(phonons, electrons, Double.NaN, Double.NaN);
    }

    public static CarrierHeatCapacity spinResolved(double spinUp, double spinDown, double phonons) {
        return new CarrierHeatCapacity(phonons, Double.NaN, spinUp, spinDown);
    }

    /** C of a carrier (J m⁻³K⁻¹); NaN when not given. */
    public double of(Carrier c) {
        return switch (c) {
            case PHONONS -> phonons;
            case ELECTRONS -> electrons;
            case SPIN_UP -> spinUp;
            case SPIN_DOWN -> spinDown;
        };
    }
}
