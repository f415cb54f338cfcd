package org.kapitza.fv;

import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.interfaces.ResistanceDistribution;

/**
 * The resistance of the grain boundaries of one region's polycrystal (or of all regions when
 * {@code region} is null): one model for every boundary, or a value per boundary drawn from a
 * distribution. With the staircase correction (on by default) a voxel face of axis i on a boundary of
 * true normal n gets {@code R/|n_i|}, so the staircase conducts like the true plane (PHYSICS.md §1).
 *
 * @param region       region name, or null for every region with grains
 * @param model        the resistance model, or null when a distribution is given
 * @param distribution per-boundary values, or null
 * @param staircase    whether to apply the staircase correction
 */
public record GrainBoundaryRule(String region, InterfaceModel model, ResistanceDistribution distribution,
                                boolean staircase) {
    public GrainBoundaryRule {
        if ((model == null) == (distribution == null)) {
            throw new IllegalArgumentException("grain-boundary rule: give either a model or a distribution");
        }
    }

    public String label() {
        return "grain boundaries" + (region == null ? "" : " of " + region);
    }
}
