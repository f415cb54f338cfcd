package org.kapitza.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.mesh.gmsh.GmshReader;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.mesh.poly.PolyMeshBuilder;
import org.kapitza.mesh.poly.PolyMeshBuilder.RegionSpec;
import org.kapitza.source.Source;
import org.junit.jupiter.api.Test;

/**
 * The same case as a rectilinear grid (8 x 4 x 4) and as a hexahedral Gmsh mesh of the same cells
 * (two transfinite cubes), with a source, an interface resistance, convection and a flux, so that the
 * answer is not exact and agreement tests that the two discretisations are one: temperatures agree to
 * 1e-10 K. The ASCII, binary and MSH 2.2 files of one mesh give the same mesh.
 */
class GmshAgainstGridTest {
    static final Path DIR = Path.of("src/test/resources/gmsh");

    private static ThermalProblem problem(Mesh grid) {
        return new ThermalProblem(grid, MaterialLibrary.builtIn())
                .material("a", new Material("a", new ConstantConductivity(10), "test"))
                .material("b", new Material("b", new ConstantConductivity(2), "test"))
                .interfaceBetweenRegions("left", "right", new ConstantResistance(0.01))
                .source(new Source.Density("left", 2000))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(400))
                .boundary("xmax", new BoundaryCondition.Convection(50, 300))
                .boundary("ymin", new BoundaryCondition.HeatFlux(100));
    }

    private static SolverSettings tight() {
        return new SolverSettings("amg", 1e-14, 20000, 1e-13, 100, false, 1e-10, "picard");
    }

    private static PolyMesh read(String file) {
        return new PolyMeshBuilder(new GmshReader(1).read(DIR.resolve(file)), 0)
                .build(List.of(new RegionSpec("left", "a", null), new RegionSpec("right", "b", null)));
    }

    @Test
    void hexahedralGmshMeshGivesTheGridTemperatures() {
        double[] x = {0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1};
        double[] y = {0, 0.125, 0.25, 0.375, 0.5};
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(x, y, y));
        b.fill(b.addRegion("left", "a"), new Box(0, 0.5, -1, 2, -1, 2));
        b.fill(b.addRegion("right", "b"), new Box(0.5, 1, -1, 2, -1, 2));
        Mesh grid = b.build();
        SteadyResult g = new SteadySolver(tight()).solve(problem(grid));

        PolyMesh m = read("two-cubes-hex.msh");
        assertEquals(128, m.cellCount());
        assertEquals(0, m.maxNonOrthogonality(), 1e-9);
        PolyResult r = new PolySolver(tight()).solve(m, problem(null));
        double worst = 0;
        for (int c = 0; c < m.cellCount(); c++) {
            int i = (int) Math.floor(m.centre(c, 0) / 0.125);
            int j = (int) Math.floor(m.centre(c, 1) / 0.125);
            int k = (int) Math.floor(m.centre(c, 2) / 0.125);
            int cell = i + 8 * (j + 4 * k);
            worst = Math.max(worst, Math.abs(r.temperature(c) - g.temperature(cell)));
        }
        System.out.printf("hex Gmsh mesh against the grid: largest difference %.2e K, %d outer iterations%n", worst, r.outerIterations());
        assertEquals(0, worst, 1e-10);
        assertTrue(r.energyImbalance() <= 1e-9, "energy imbalance " + r.energyImbalance());
        assertEquals(g.interfaces().get(0).heatFlow(), r.interfaces().get(0).heatFlow(), 1e-9);
        assertEquals(g.interfaces().get(0).meanJump(), r.interfaces().get(0).meanJump(), 1e-10);
    }

    @Test
    void asciiBinaryAndVersion22ReadTheSameMesh() {
        PolyMesh a = read("two-cubes-hex.msh");
        PolyMesh b = read("two-cubes-hex-binary.msh");
        assertEquals(a.cellCount(), b.cellCount());
        assertEquals(a.faceCount(), b.faceCount());
        assertEquals(a.patchNames(), b.patchNames());
        for (int c = 0; c < a.cellCount(); c++) {
            for (int i = 0; i < 3; i++) assertEquals(a.centre(c, i), b.centre(c, i), 0.0);
            assertEquals(a.region(c), b.region(c));
        }
        PolyMesh v41 = read("two-slab.msh");
        PolyMesh v22 = read("two-slab-v22.msh");
        assertEquals(v41.cellCount(), v22.cellCount());
        assertEquals(v41.faceCount(), v22.faceCount());
        for (int p = 0; p < v41.patchNames().size(); p++) {
            assertEquals(v41.patchArea(p), v22.patchArea(v22.patchIndex(v41.patchNames().get(p))), 1e-15);
        }
        double va = 0;
        for (int c = 0; c < v22.cellCount(); c++) va += v22.volume(c);
        assertEquals(0.04, va, 1e-15, "the volumes add up to the slabs'");
    }
}
