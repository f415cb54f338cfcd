package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.kapitza.cli.Pipeline;
import org.kapitza.io.report.EffectiveConductivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/polycrystal-film: k_eff of a Voronoi polycrystal with boundary resistance, against the
 * effective-medium estimates of docs/PHYSICS.md §6.
 *
 * <p>Why Yang's estimate k₀/(1 + Rk₀/d) is the one to be close to: a Poisson–Voronoi tessellation of
 * seed density d⁻³ has boundary area 2.91/d per volume (Meijering 1953); randomly oriented, its
 * resistance along the flux is R · 2.91/d · ⟨cos²θ⟩ = 0.97 R/d, against R/d for Yang's stacked cubes.
 * Grains cut by the two isothermal faces have fewer boundaries still, so the resolved k_eff should sit
 * a few per cent above Yang's value, and far above Nan and Birringer's k₀/(1 + 2Rk₀/d).
 */
class PolycrystalFilmExampleTest {

    @Test
    void effectiveConductivityAgreesWithTheVoronoiEstimate(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("polycrystal-film", out);
        assertTrue(o.report().energyBalance().relative() < 1e-9, "energy balance " + o.report().energyBalance());
        EffectiveConductivity k = o.report().effectiveConductivity();
        EffectiveConductivity.GrainEstimates g = k.grains();
        assertEquals(1e-7, g.meanGrainSize(), 1e-12, "1000 grains in a 1 µm cube");
        double voronoi = g.k0() / (1 + 0.97 * g.resistance() * g.k0() / g.meanGrainSize());
        assertTrue(k.kEff() > g.yang() && k.kEff() < 1.06 * voronoi,
                "k_eff " + k.kEff() + " vs Yang " + g.yang() + ", Voronoi " + voronoi);
        assertTrue(k.kEff() > 1.3 * g.nanBirringer());
    }

    @Test
    void withoutBoundaryResistanceTheFilmConductsLikeBulk(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("polycrystal-film", out, "grain_boundaries[0].R=0");
        assertEquals(148, o.report().effectiveConductivity().kEff(), 148e-9);
    }

    /**
     * Without the correction every voxel face of a boundary carries R instead of R/|n_i|, over a
     * staircase about 1.5 times the true area: the boundaries conduct too well and k_eff comes out high.
     */
    @Test
    void withoutTheStaircaseCorrectionTheBoundariesConductTooWell(@TempDir Path out) throws Exception {
        EffectiveConductivity with = ExampleRunner.run("polycrystal-film", out.resolve("a")).report().effectiveConductivity();
        double without = ExampleRunner.run("polycrystal-film", out.resolve("b"), "grain_boundaries[0].staircase=false")
                .report().effectiveConductivity().kEff();
        EffectiveConductivity.GrainEstimates g = with.grains();
        double voronoi = g.k0() / (1 + 0.97 * g.resistance() * g.k0() / g.meanGrainSize());
        assertTrue(without > 1.15 * voronoi, "uncorrected " + without + " vs Voronoi estimate " + voronoi);
        assertTrue(without > 1.1 * with.kEff(), "uncorrected " + without + " vs corrected " + with.kEff());
    }
}
