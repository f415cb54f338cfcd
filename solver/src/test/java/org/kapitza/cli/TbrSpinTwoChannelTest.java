package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.phonon.PhysicalConstants;

/** {@code kapitza tbr --model spin-two-channel --RA … --gamma …}: the Valet–Fert two-current law beside the others. */
class TbrSpinTwoChannelTest {

    /**
     * Cu/Al with A R* = 5e-16 Ω m² and γ = 0.7: every CSV value of the spin column is the closed form
     * G = L₀T / (A R* (1 − γ²)) (docs/PHYSICS.md §7), R = 1/G and R·T³ = T³/G, and the printed h/T is L₀/(A R*(1 − γ²)).
     */
    @Test
    void theSpinColumnIsTheValetFertClosedForm(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("spin.csv");
        Path png = dir.resolve("spin.png");
        CommandLineTest.Run r = CommandLineTest.run("tbr", "copper", "aluminium", "--model", "electron-dmm,spin-two-channel",
                "--RA", "5e-16", "--gamma", "0.7", "--T", "10:300:4", "--csv", csv.toString(), "-o", png.toString());
        assertEquals(Main.OK, r.code(), r.err());
        double slope = PhysicalConstants.LORENZ / (5e-16 * (1 - 0.49));
        assertTrue(r.out().contains("spin-two-channel h/T = " + String.format(java.util.Locale.ROOT, "%.4g", slope)), r.out());
        assertTrue(r.out().contains("spin-two-channel"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).endsWith("spin-two-channel_h_W_per_m2K,spin-two-channel_R_m2K_per_W,"
                + "spin-two-channel_RT3_K4m2_per_W"), lines.get(0));
        assertEquals(5, lines.size());
        for (int i = 1; i < lines.size(); i++) {
            double[] row = Arrays.stream(lines.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
            double t = row[0];
            double g = slope * t;
            int n = row.length;
            assertEquals(g, row[n - 3], 1e-9 * g, "h at " + t + " K");
            assertEquals(1 / g, row[n - 2], 1e-9 / g, "R at " + t + " K");
            assertEquals(t * t * t / g, row[n - 1], 1e-9 * t * t * t / g, "R·T³ at " + t + " K");
        }
        assertTrue(Files.size(png) > 1000, "a plot was written");
    }

    @Test
    void givenAloneItIsShownBesideTheSpinBlindElectronModel() {
        CommandLineTest.Run r = CommandLineTest.run("tbr", "copper", "gold", "--model", "spin-two-channel", "--RA", "1e-15",
                "--gamma", "0.5", "--T", "100");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("electron-dmm") && r.out().contains("spin-two-channel"), r.out());
        assertFalse(r.out().contains("dmm B"), "no phonon model was asked for: " + r.out());
    }

    @Test
    void missingOrBadParametersAreOneClearLine() {
        for (String[] args : new String[][] {
                {"tbr", "copper", "aluminium", "--model", "spin-two-channel"},
                {"tbr", "copper", "aluminium", "--RA", "5e-16"},
                {"tbr", "copper", "aluminium", "--RA", "5e-16", "--gamma", "1.2"},
                {"tbr", "copper", "aluminium", "--RA", "-1", "--gamma", "0.5"},
                {"tbr", "copper", "silicon", "--RA", "5e-16", "--gamma", "0.5"}}) {
            CommandLineTest.Run r = CommandLineTest.run(args);
            assertEquals(Main.INVALID_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("error: ") && r.err().strip().lines().count() == 1, r.err());
            assertTrue(r.err().contains("--RA") || r.err().contains("--gamma") || r.err().contains("two metals"), r.err());
            assertFalse(r.err().contains("\tat org."), r.err());
        }
    }
}
