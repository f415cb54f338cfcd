package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source, boundary, interface or grain-boundary rule shall not silently apply to nothing: a region
 * that receives no cells is warned about, and anything put on it is refused (exit code 2, one message
 * naming the region, its box and the cell size), as is a grain-boundary rule where there are no grains.
 */
class EmptyTargetsTest {
    /** Two slabs and a 1 cm "heater" box between cell centres 0.1 m apart: it gets no cells. */
    private static final String THIN = """
            name: thin
            mesh:
              grid:
                x: {from: 0, to: 1 m, cells: 10}
                regions:
                  - {name: left,  material: slab-a, box: {x: [0, 0.5 m]}}
                  - {name: right, material: slab-b, box: {x: [0.5 m, 1 m]}}
                  - {name: heater, material: slab-a, box: {x: [0.51 m, 0.52 m]}}
            materials:
              - {name: slab-a, k: 10 W/m/K}
              - {name: slab-b, k: 2 W/m/K}
            boundaries:
              - {patch: xmin, type: temperature, T: 400 K}
              - {patch: xmax, type: temperature, T: 300 K}
            """;

    private static CommandLineTest.Run refused(String... args) {
        CommandLineTest.Run r = CommandLineTest.run(args);
        assertEquals(Main.INVALID_INPUT, r.code(), r.err() + r.out());
        assertTrue(r.err().startsWith("error: ") && !r.err().contains("\tat "), r.err());
        assertEquals(1, r.err().lines().count(), "one message: " + r.err());
        return r;
    }

    @Test
    void aRegionWithoutCellsIsWarnedAbout(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("thin.yaml"), THIN);
        CommandLineTest.Run check = CommandLineTest.run("check", file.toString());
        assertEquals(Main.OK, check.code(), check.err());
        assertTrue(check.out().contains("warning: region 'heater' (mesh.grid.regions[2]) receives no cells: its box"
                + " x [0.51, 0.52] m") && check.out().contains("cell size x 0.1 m"), check.out());
        CommandLineTest.Run run = CommandLineTest.run("run", "-q", file.toString(), "-o", dir.resolve("out").toString());
        assertEquals(Main.OK, run.code(), run.err());
    }

    @Test
    void aSourceOnARegionWithoutCellsIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("thin.yaml"), THIN);
        for (String command : new String[] {"check", "run"}) {
            String err = refused(command.equals("run")
                    ? new String[] {"run", "-q", file.toString(), "-o", dir.resolve("out").toString(), "--set",
                    "sources=[{type: volumetric, region: heater, power: 5 W}]"}
                    : new String[] {"check", file.toString(), "--set", "sources=[{type: volumetric, region: heater, power: 5 W}]"})
                    .err();
            assertTrue(err.contains("sources[0].region: region 'heater'") && err.contains("x [0.51, 0.52] m")
                    && err.contains("cell size x 0.1 m") && err.contains("source would be lost"), err);
        }
    }

    @Test
    void anInterfaceOrBoundaryOnARegionWithoutCellsIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("thin.yaml"), THIN);
        String err = refused("check", file.toString(), "--set",
                "interfaces=[{between: [left, heater], model: constant, R: 0.1}]").err();
        assertTrue(err.contains("interfaces[0].between: region 'heater'") && err.contains("receives no cells"), err);

        Path cube = Files.writeString(dir.resolve("cube.yaml"), """
                name: cube
                mesh:
                  grid:
                    x: {from: 0, to: 1 m, cells: 4}
                    y: {from: 0, to: 1 m, cells: 4}
                    z: {from: 0, to: 1 m, cells: 4}
                    regions:
                      - {name: block, material: m, box: {}}
                      - {name: speck, material: m, sphere: {centre: [0.5 m, 0.5 m, 0.5 m], radius: 0.1 m}}
                materials:
                  - {name: m, k: 1 W/m/K}
                boundaries:
                  - {patch: zmin, type: temperature, T: 300 K}
                  - {patch: speck.top, type: flux, q: 10 W/m^2}
                """);
        String patch = refused("check", cube.toString()).err();
        assertTrue(patch.contains("boundaries[1].patch: patch 'speck.top' has no faces: region 'speck'")
                && patch.contains("its sphere of radius 0.1 m") && patch.contains("cell size x 0.25 m, y 0.25 m, z 0.25 m"), patch);
    }

    @Test
    void aGrainBoundaryRuleWithoutGrainsIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("thin.yaml"), THIN);
        String none = refused("check", file.toString(), "--set", "grain_boundaries=[{model: constant, R: 1e-9}]").err();
        assertTrue(none.contains("grain_boundaries[0]: the mesh has no grain boundaries") && none.contains("mesh.polycrystals"), none);
        Path g = Files.writeString(dir.resolve("grains.yaml"), THIN.replace("name: thin\n", "name: grains\n")
                .replace("materials:\n", "  polycrystals:\n    - {region: left, grains: 5}\nmaterials:\n"));
        CommandLineTest.Run ok = CommandLineTest.run("check", g.toString(), "--set",
                "grain_boundaries=[{region: left, model: constant, R: 1e-9}]");
        assertEquals(Main.OK, ok.code(), ok.err());
        String right = refused("check", g.toString(), "--set", "grain_boundaries=[{region: right, model: constant, R: 1e-9}]").err();
        assertTrue(right.contains("grain_boundaries[0].region: region 'right' has no grain boundaries")
                && right.contains("regions with grain boundaries are: left"), right);
        String distribution = refused("check", file.toString(), "--set",
                "grain_boundaries=[{model: distribution, kind: uniform, min: 1e-9, max: 2e-9}]").err();
        assertTrue(distribution.contains("no grain boundaries"), distribution);
    }
}
