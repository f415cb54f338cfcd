package org.kapitza.fv;

import org.kapitza.interfaces.BoundaryFactor;
import org.kapitza.interfaces.InterfaceModel;

/**
 * The resistance of the grain boundaries of one region's polycrystal (or of all regions when
 * {@code region} is null): one model for every boundary, or a value per boundary drawn from a
 * distribution, or both: a model whose R each boundary multiplies by its own factor (a defect plane's
 * (1 − f)/f from a distribution of clear fractions). With the staircase correction (on by default) a voxel face of axis i on a boundary of
 * true normal n gets {@code R/|n_i|}, so the staircase conducts like the true plane (docs/PHYSICS.md §1).
 *
 * @param region       region name, or null for every region with grains
 * @param model        the resistance model, or null for R = the distribution's value itself
 * @param distribution per-boundary values (m²K/W without a model, a factor of the model's R with one), or null
 * @param staircase    whether to apply the staircase correction
 */
public record GrainBoundaryRule(String region, InterfaceModel model, BoundaryFactor distribution,
                                boolean staircase) {
    public GrainBoundaryRule {
        if (model == null && distribution == null) {
            throw new IllegalArgumentException("grain-boundary rule: give a model, a distribution or both");
        }
    }

    public String label() {
        return "grain boundaries" + (region == null ? "" : " of " + region);
    }
}
