package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kapitza check} reads what {@code run} reads: harmonic sections and Gmsh meshes, refusing before any solve. */
class CheckHarmonicAndGmshTest {
    @Test
    void aHarmonicCaseIsCheckedWithItsLinearSystem(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, HarmonicCaseTest.CASE);
        CommandLineTest.Run r = CommandLineTest.run("check", c.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("Harmonic: 3 frequencies from"), r.out());
        assertTrue(r.out().contains("The case is valid."), r.out());

        // Without ρ and c_p the run would fail after its steady set-up; check says so first, in one line.
        Files.writeString(c, HarmonicCaseTest.CASE.replace(", rho: 2700 kg/m^3, cp: 897 J/kg/K", ""));
        r = CommandLineTest.run("check", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("heat capacity of material 'film'"), r.err());
        assertFalse(r.err().contains("\tat org."), r.err());

        Files.writeString(c, HarmonicCaseTest.CASE.replace("frequencies: [10 kHz, 100 kHz, 1 MHz]", "frequencies: []"));
        r = CommandLineTest.run("check", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("harmonic.frequencies"), r.err());
    }

    @Test
    void aGmshCaseIsReadAndSummarised(@TempDir Path dir) throws Exception {
        Path mesh = Path.of("src/test/resources/gmsh/two-cubes-hex.msh").toAbsolutePath();
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, """
                name: cubes
                mesh:
                  gmsh: %s
                  regions:
                    - {name: left, material: copper}
                    - {name: right, material: m}
                materials:
                  - {name: m, k: 2 W/m/K}
                interfaces:
                  - {between: [left, right], model: constant, R: 1e-4 m^2*K/W}
                boundaries:
                  - {patch: xmin, type: temperature, T: 400 K}
                  - {patch: xmax, type: temperature, T: 300 K}
                """.formatted(mesh));
        CommandLineTest.Run r = CommandLineTest.run("check", c.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("hexahedra") && r.out().contains("region left") && r.out().contains("patch xmin"), r.out());
        assertTrue(r.out().matches("(?s).*faces: [0-9,]+ bulk, [1-9][0-9,]* interface.*"), r.out());

        Files.writeString(c, Files.readString(c).replace("patch: xmax", "patch: xmaxx"));
        r = CommandLineTest.run("check", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("xmaxx"), r.err());
    }
}
