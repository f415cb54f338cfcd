package org.kapitza.source;

import org.kapitza.boundary.ScalarField;

/**
 * Heat generated inside the body. (Heat entering through a surface, a power map on a die, is a
 * boundary condition: {@link org.kapitza.boundary.BoundaryCondition.TotalPower} on each block's patch.)
 */
public sealed interface Source {

    /** One line for summaries. */
    String describe();

    /**
     * A uniform power density in a region.
     *
     * @param region  region (layer) name
     * @param density W/m³
     */
    record Density(String region, double density) implements Source {
        public Density {
            if (!Double.isFinite(density)) throw new IllegalArgumentException("source density must be a number of W/m³, got " + density);
        }

        @Override
        public String describe() {
            return density + " W/m³ in " + region;
        }
    }

    /**
     * A total power spread uniformly over a region's volume.
     *
     * @param region region (layer) name
     * @param power  W
     */
    record Total(String region, double power) implements Source {
        public Total {
            if (!Double.isFinite(power)) throw new IllegalArgumentException("source power must be a number of W, got " + power);
        }

        @Override
        public String describe() {
            return power + " W in " + region;
        }
    }

    /**
     * A power density that varies in space (W/m³), evaluated at cell centres; in every active cell, or
     * only in one region when {@code region} is not null.
     */
    record Field(String region, ScalarField density) implements Source {
        @Override
        public String describe() {
            return "q'''(x, y, z)" + (region == null ? "" : " in " + region);
        }
    }
}
