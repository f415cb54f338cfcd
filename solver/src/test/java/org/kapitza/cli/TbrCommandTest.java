package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.Numbers;
import org.kapitza.phonon.AcousticLibrary;
import org.kapitza.phonon.AcousticProperties;
import org.kapitza.phonon.BoundaryConductanceTable;
import org.kapitza.phonon.BoundaryModel;
import org.kapitza.phonon.Cutoff;

/** {@code kapitza tbr}: its numbers are the library's, its files are what they claim, its mistakes exit with 2. */
class TbrCommandTest {
    private static final AcousticLibrary LIB = AcousticLibrary.builtIn();

    private static CommandLineTest.Run refused(String... args) {
        CommandLineTest.Run r = CommandLineTest.run(args);
        assertEquals(Main.INVALID_INPUT, r.code(), "exit code; stderr: " + r.err() + " stdout: " + r.out());
        assertTrue(r.err().startsWith("error: ") && r.err().strip().lines().count() == 1, "one message: " + r.err());
        assertFalse(r.err().contains("\tat org."), "no stack trace: " + r.err());
        return r;
    }

    /**
     * Al/Si by dmm, amm and the radiation limit, 1–300 K: every number of the CSV (ten significant digits)
     * is the library's BoundaryConductanceTable value, and the 1 K row is docs/PHYSICS.md §3's check, DMM
     * h/T³ = 627.8 W m⁻²K⁻⁴ and R·T³ = 1.593e-3 K⁴m²/W. The printed table names the convention and shows
     * the same value; the plot is a PNG image of the promised size.
     */
    @Test
    void aluminiumOnSiliconMatchesTheLibraryAndWritesAPngAndACsv(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("plots/al-si.png");
        Path csv = dir.resolve("al-si.csv");
        CommandLineTest.Run r = CommandLineTest.run("tbr", "aluminium", "silicon", "--model", "dmm,amm,radiation-limit",
                "--T", "1:300:9", "-o", png.toString(), "--csv", csv.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("Cutoff B (per-branch") && r.out().contains("dmm h/T³ = 627.8 W m⁻²K⁻⁴"), r.out());
        assertTrue(r.out().contains("dmm B") && r.out().contains("radiation-limit B"), r.out());

        List<BoundaryModel> models = List.of(BoundaryModel.DMM, BoundaryModel.AMM, BoundaryModel.RADIATION_LIMIT);
        double[] temperatures = BoundaryConductanceTable.logSpaced(1, 300, 9);
        BoundaryConductanceTable expected = BoundaryConductanceTable.compute(LIB, "aluminium", "silicon", models,
                Cutoff.PER_BRANCH, temperatures);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("T_K,dmm_B_h_W_per_m2K,dmm_B_R_m2K_per_W,dmm_B_RT3_K4m2_per_W,amm_B_h_W_per_m2K,amm_B_R_m2K_per_W,"
                + "amm_B_RT3_K4m2_per_W,radiation-limit_B_h_W_per_m2K,radiation-limit_B_R_m2K_per_W,"
                + "radiation-limit_B_RT3_K4m2_per_W", lines.get(0));
        assertEquals(1 + temperatures.length, lines.size());
        for (int i = 0; i < temperatures.length; i++) {
            double[] row = Arrays.stream(lines.get(i + 1).split(",")).mapToDouble(Double::parseDouble).toArray();
            assertEquals(temperatures[i], row[0], 1e-9 * temperatures[i]);
            for (int m = 0; m < models.size(); m++) {
                BoundaryConductanceTable.Value v = expected.rows().get(i).values().get(m);
                double[] want = {v.conductance(), v.resistance(), v.resistanceT3()};
                for (int k = 0; k < 3; k++) {
                    // Ten significant digits printed: agreement to 5e-10.
                    assertEquals(want[k], row[1 + 3 * m + k], 1e-9 * want[k], "T = " + temperatures[i] + ", column " + (1 + 3 * m + k));
                }
            }
        }
        double[] first = Arrays.stream(lines.get(1).split(",")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(627.8, first[1], 0.05);
        assertEquals(1.593e-3, first[3], 0.0005e-3);

        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(bytes, 8));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(900, image.getWidth());
        assertEquals(600, image.getHeight());
    }

    /** Both conventions side by side; the electronic model (no cutoff) appears once; the default models are those that apply. */
    @Test
    void bothConventionsAndTheDefaultModels() {
        CommandLineTest.Run r = CommandLineTest.run("tbr", "aluminium", "copper", "--cutoff", "both", "--T", "300");
        assertEquals(Main.OK, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("Cutoff A (one Debye frequency") && out.contains("Cutoff B (per-branch"), out);
        String header = out.lines().filter(l -> l.strip().startsWith("T (K)")).findFirst().orElseThrow();
        assertEquals(List.of("T", "(K)", "dmm", "A", "dmm", "B", "amm", "A", "amm", "B", "radiation-limit", "A",
                "radiation-limit", "B", "electron-dmm"), List.of(header.strip().split("\\s+")));
        // Electron DMM for Al/Cu at 300 K: 7.4 GW m⁻²K⁻¹ (docs/interface-models.md).
        double electrons = LIB.get("aluminium").electrons().gammaVelocity();
        double cu = LIB.get("copper").electrons().gammaVelocity();
        double h = 300 / 4.0 * electrons * cu / (electrons + cu);
        assertEquals(7.4e9, h, 0.05e9);
        assertTrue(out.contains(Numbers.format(h, 4)), out);
    }

    /**
     * A measured conductance above the radiation limit is reported as inelastic; one below is not. Pb on
     * diamond at 300 K: the limit is 2.3 MW m⁻²K⁻¹ with cutoff A and 17 MW m⁻²K⁻¹ with B.
     */
    @Test
    void theRadiationLimitWarningFiresAboveTheLimitAndNotBelow() {
        for (Cutoff c : Cutoff.values()) {
            AcousticProperties pb = LIB.get("lead");
            AcousticProperties diamond = LIB.get("diamond");
            double limit = BoundaryConductanceTable.compute(pb, diamond, List.of(BoundaryModel.RADIATION_LIMIT), c,
                    new double[] {300}).radiationLimit(300);
            String cutoff = c == Cutoff.PER_BRANCH ? "per-branch" : "debye";
            CommandLineTest.Run above = CommandLineTest.run("tbr", "lead", "diamond", "--cutoff", cutoff, "--T", "300",
                    "--measured", String.format(Locale.ROOT, "300=%.6g", 1.01 * limit));
            assertEquals(Main.OK, above.code(), above.err());
            assertTrue(above.out().contains("warning: measured h") && above.out().contains("inelastic")
                    && above.out().contains("cutoff " + c.letter()), above.out());
            CommandLineTest.Run below = CommandLineTest.run("tbr", "lead", "diamond", "--cutoff", cutoff, "--T", "300",
                    "--measured", String.format(Locale.ROOT, "300 K=%.6g W/m^2/K", 0.99 * limit));
            assertEquals(Main.OK, below.code(), below.err());
            assertFalse(below.out().contains("warning") || below.out().contains("inelastic"), below.out());
            assertTrue(below.out().contains("note: measured h") && below.out().contains("within"), below.out());
        }
    }

    @Test
    void badInputExitsWithTwoAndOneMessage(@TempDir Path dir) throws Exception {
        assertTrue(refused("tbr", "alumnium", "silicon").err().contains("did you mean 'aluminium'"));
        String noData = refused("tbr", "stainless-304", "silicon").err();
        assertTrue(noData.contains("'stainless-304'") && noData.contains("aluminium, copper") && noData.contains("acoustic"), noData);
        assertTrue(refused("tbr", "aluminium", "silicon", "--model", "dmm,dnm").err().contains("did you mean 'dmm'"));
        String khalatnikov = refused("tbr", "aluminium", "silicon", "--model", "khalatnikov").err();
        assertTrue(khalatnikov.contains("models for this pair: dmm, amm, radiation-limit"), khalatnikov);
        assertTrue(refused("tbr", "aluminium", "silicon", "--cutoff", "debey").err().contains("did you mean 'debye'"));
        for (String range : List.of("300:1", "0:300", "1:300:1", "1:300:x", "1:2:3:4", "hot")) {
            assertTrue(refused("tbr", "aluminium", "silicon", "--T", range).err().contains("--T " + range + ":"), range);
        }
        assertTrue(refused("tbr", "aluminium", "silicon", "--T", "1 W:300").err().contains("a temperature"));
        assertTrue(refused("tbr", "aluminium", "silicon", "--measured", "300").err().contains("T=h"));
        assertTrue(refused("tbr", "aluminium", "silicon", "--measured", "300=-5").err().contains("positive"));
        assertTrue(refused("tbr", "aluminium", "silicon", "-o", dir.resolve("plot.jpg").toString()).err().contains(".png"));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        String unwritable = refused("tbr", "aluminium", "silicon", "--csv", file.resolve("t.csv").toString()).err();
        assertTrue(unwritable.contains("--csv") && unwritable.contains("cannot be written"), unwritable);
    }

    /** Acoustic data from a material file on the materials.path setting join the library, as in case files. */
    @Test
    void materialFilesOnThePathAddAcousticData(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.yaml"), """
                materials:
                  - {name: niobium, k: 50 W/m/K, acoustic: {density: 8570 kg/m^3, c_L: 5070 m/s, c_T: 2090 m/s,
                     debye_temperature: 275 K, molar_mass: 92.906 g/mol}}
                  - {name: my-copper, like: copper-rrr300}
                """);
        Properties system = new Properties();
        system.setProperty("kapitza.materials.path", file.toString());
        AcousticLibrary lib = new Pipeline(Settings.load(system, Map.of())).libraries().acoustic();
        AcousticProperties nb = lib.get("niobium");
        assertEquals(0.092906, nb.molarMass(), 1e-12);
        assertEquals(2090, nb.transverseSpeed());
        assertEquals(LIB.get("copper").density(), lib.get("my-copper").density());
        assertTrue(lib.get("my-copper").isMetal());
        assertTrue(lib.get("my-copper").source().startsWith("as copper-rrr300: as copper"), lib.get("my-copper").source());
    }
}
