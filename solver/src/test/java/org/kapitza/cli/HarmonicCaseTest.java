package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case with a {@code harmonic} section: {@code kapitza run} writes the probe's amplitude and phase per
 * frequency with each solve's energy balance below 1e-9, a Bode plot and one field dataset per frequency
 * in a {@code .pvd}; the amplitude falls and the heat reaches less deep as the frequency rises; mistakes
 * in the section exit with 2 and one line.
 */
class HarmonicCaseTest {
    static final String CASE = """
            name: spot
            mesh:
              grid:
                x: {from: 0, to: 60 um, cells: 16}
                y: {from: 0, to: 60 um, cells: 16}
                z: {from: 0, to: 30 um, cells: 12}
                regions:
                  - {name: substrate, material: sapphire, box: {z: [0, 27.5 um]}}
                  - {name: film, material: film, box: {z: [27.5 um, 30 um]}}
            materials:
              - {name: film, k: 180 W/m/K, rho: 2700 kg/m^3, cp: 897 J/kg/K}
            interfaces:
              - {between: [film, substrate], model: constant, R: 1e-8 m^2*K/W}
            boundaries:
              - {patch: zmin, type: temperature, T: 300 K}
            harmonic:
              frequencies: [10 kHz, 100 kHz, 1 MHz]
              spot: {radius: 10 um, power: 10 mW}
            """;

    @Test
    void writesProbeAmplitudePhaseBodePlotAndFieldsPerFrequency(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, CASE);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", c.toString(), "-o", out.toString(), "-q");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("Harmonic analysis of spot"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("harmonic.csv"));
        assertEquals("frequency_Hz,amplitude_K,phase_deg,cocg_iterations,energy_imbalance,seconds", csv.get(0));
        assertEquals(4, csv.size());
        double previous = Double.POSITIVE_INFINITY;
        for (String line : csv.subList(1, csv.size())) {
            String[] v = line.split(",");
            double amplitude = Double.parseDouble(v[1]);
            double phase = Double.parseDouble(v[2]);
            assertTrue(amplitude < previous, "amplitude falls with frequency: " + line);
            assertTrue(phase < 0 && phase > -90, "the surface lags by less than 90°: " + line);
            assertTrue(Double.parseDouble(v[4]) <= 1e-9, "energy balance: " + line);
            previous = amplitude;
        }
        for (String f : new String[] {"harmonic.png", "spot.pvd", "spot_f00.vtr", "spot_f01.vtr", "spot_f02.vtr"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String pvd = Files.readString(out.resolve("spot.pvd"));
        assertTrue(pvd.contains("spot_f02.vtr") && pvd.contains("timestep=\"1000000"), pvd);
    }

    @Test
    void mistakesInTheSectionAreOneLine(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, CASE.replace("spot: {radius", "spots: {radius"));
        CommandLineTest.Run r = CommandLineTest.run("run", c.toString(), "-o", dir.resolve("o").toString(), "-q");
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("harmonic.spots") && r.err().contains("did you mean 'spot'"), r.err());
        assertFalse(r.err().contains("\tat org."), r.err());

        Files.writeString(c, CASE.replace("frequencies: [10 kHz, 100 kHz, 1 MHz]", "frequencies: [10 kHz, 1 K]"));
        r = CommandLineTest.run("run", c.toString(), "-o", dir.resolve("o").toString(), "-q");
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("harmonic.frequencies[1]") && r.err().contains("frequency"), r.err());
    }
}
