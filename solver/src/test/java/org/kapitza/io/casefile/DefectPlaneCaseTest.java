package org.kapitza.io.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.interfaces.ClearFractionDistribution;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;
import org.kapitza.phonon.AcousticLibrary;
import org.kapitza.phonon.BoundaryModel;
import org.kapitza.phonon.Cutoff;

/**
 * {@code model: defect-plane} through a case file: a bar of ten cubic silicon grains, heat along x. The
 * bar's conductance is the exact series L/(L/k₀ + Σ R_i) with R_i = ((1 − f_i)/f_i)/h₀(T), h₀ the
 * radiation limit of silicon with itself by quadrature in the model library (the case's material 'si'
 * carries silicon's acoustic data, docs/PHYSICS.md §4).
 */
class DefectPlaneCaseTest {
    private static final double K0 = 150;
    private static final double D = 1e-6;
    private static final int GRAINS = 10;
    private static final double T_HOT = 300.01;
    private static final double T_COLD = 300;

    @TempDir
    Path dir;

    private Case build(String grainBoundaries) throws Exception {
        String yaml = String.format(Locale.ROOT, """
                name: bar
                mesh:
                  grid:
                    x: {from: 0, to: %s, cells: 40}
                    y: {from: 0, to: 1 um, cells: 2}
                    z: {from: 0, to: 1 um, cells: 2}
                    regions:
                      - {name: bar, material: si, box: {}}
                  polycrystals:
                    - {region: bar, regular: {size: 1 um}}
                materials:
                  - name: si
                    k: %s W/m/K
                    acoustic: {density: 2329 kg/m^3, c_L: 8970 m/s, c_T: 5332 m/s, debye_temperature: 645 K,
                               molar_mass: 28.0855 g/mol}
                grain_boundaries:
                  - %s
                boundaries:
                  - {patch: xmin, type: temperature, T: %s K}
                  - {patch: xmax, type: temperature, T: %s K}
                solver: {tolerance: 1e-13}
                """, GRAINS * D, K0, grainBoundaries, T_HOT, T_COLD);
        Path file = Files.writeString(dir.resolve("case-" + System.nanoTime() + ".yaml"), yaml);
        return new CaseBuilder(new CaseFileReader().read(file, List.of()), Libraries.builtIn(), Long.MAX_VALUE).build();
    }

    private static double conductanceOf(SteadyResult r) {
        return r.patchOutflow("xmax") / (D * D * (T_HOT - T_COLD));
    }

    /** 1/h₀ at the bar's mean temperature: over 0.01 K it changes by 1e-7 relative, below the tolerances. */
    private static double inverseH0() {
        AcousticLibrary lib = AcousticLibrary.builtIn();
        return 1 / BoundaryModel.RADIATION_LIMIT.exactLaw(lib.get("silicon"), lib.get("silicon"), Cutoff.PER_BRANCH)
                .conductance(0.5 * (T_HOT + T_COLD));
    }

    @Test
    void aFullyClearBoundaryIsNoBoundary() throws Exception {
        Case kase = build("{region: bar, model: defect-plane, clear_fraction: 1}");
        SteadyResult r = new SteadySolver(kase.solver()).solve(kase.problem());
        double exact = K0 / (GRAINS * D);
        // Exact on any grid; 1e-9 is the linear solve (relative residual 1e-13 times the condition number).
        assertEquals(exact, conductanceOf(r), 1e-9 * exact);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.9, 0.5, 0.1, 1e-3})
    void theBarConductsLikeTheSeriesOfItsBoundaries(double f) throws Exception {
        Case kase = build("{region: bar, model: defect-plane, clear_fraction: " + f + "}");
        SteadyResult r = new SteadySolver(kase.solver()).solve(kase.problem());
        double exact = 1 / (GRAINS * D / K0 + (GRAINS - 1) * (1 - f) / f * inverseH0());
        assertEquals(exact, conductanceOf(r), 1e-6 * exact, "f = " + f);
        assertTrue(r.energyBalance().relative() < 1e-9, r.energyBalance().toString());
        assertTrue(kase.notes().stream().anyMatch(n -> n.contains("defect-plane") && n.contains("cutoff B")), kase.notes().toString());
    }

    @Test
    void anAlmostOpaqueBoundaryStopsTheHeat() throws Exception {
        Case open = build("{region: bar, model: defect-plane, clear_fraction: 1}");
        Case shut = build("{region: bar, model: defect-plane, clear_fraction: 1e-9}");
        double qOpen = new SteadySolver(open.solver()).solve(open.problem()).patchOutflow("xmax");
        double qShut = new SteadySolver(shut.solver()).solve(shut.problem()).patchOutflow("xmax");
        assertTrue(Math.abs(qShut) < 1e-7 * qOpen, "f = 1e-9 lets " + qShut / qOpen + " of the clear bar's heat through");
    }

    /** Each boundary draws its own f; the bar is the series of the drawn resistances. */
    @Test
    void aDistributionOfClearFractionsGivesEachBoundaryItsOwnResistance() throws Exception {
        Case kase = build("{region: bar, model: defect-plane, distribution: {kind: uniform, min: 0.2, max: 0.9, seed: 5}}");
        SteadyResult r = new SteadySolver(kase.solver()).solve(kase.problem());
        Mesh mesh = kase.mesh();
        TreeMap<Integer, Integer> pairs = new TreeMap<>(); // boundary between grain g and its +x neighbour
        for (int f = mesh.faceStart(FaceClass.GRAIN_BOUNDARY); f < mesh.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            pairs.put(mesh.grain(mesh.owner(f)), mesh.grain(mesh.neighbour(f)));
        }
        assertEquals(GRAINS - 1, pairs.size());
        ClearFractionDistribution dist = new ClearFractionDistribution(ClearFractionDistribution.Kind.UNIFORM, 0.2, 0.9, 5);
        double sumR = 0;
        double lo = 1;
        double hi = 0;
        for (var e : pairs.entrySet()) {
            double f = dist.fraction(e.getKey(), e.getValue());
            lo = Math.min(lo, f);
            hi = Math.max(hi, f);
            sumR += (1 - f) / f * inverseH0();
        }
        assertTrue(hi - lo > 0.2, "the boundaries draw different fractions: " + lo + " to " + hi);
        double exact = 1 / (GRAINS * D / K0 + sumR);
        assertEquals(exact, conductanceOf(r), 1e-6 * exact);
    }

    @Test
    void badEntriesAreRefusedWithTheirKey() {
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> build("{region: bar, model: defect-plane, clear_fraction: 0}"));
        assertTrue(e.getMessage().contains("grain_boundaries[0].clear_fraction") && e.getMessage().contains("(0, 1]"), e.getMessage());
        e = assertThrows(CaseFileException.class, () -> build("{region: bar, model: defect-plane}"));
        assertTrue(e.getMessage().contains("clear_fraction"), e.getMessage());
        e = assertThrows(CaseFileException.class,
                () -> build("{region: bar, model: defect-plane, distribution: {kind: uniform, min: 0, max: 0.5}}"));
        assertTrue(e.getMessage().contains("grain_boundaries[0].distribution"), e.getMessage());
        e = assertThrows(CaseFileException.class,
                () -> build("{region: bar, model: defect-plane, clear_fraction: 0.5, clear_fraktion: 0.5}"));
        assertTrue(e.getMessage().contains("clear_fraction"), e.getMessage());
    }
}
