package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.cli.Pipeline;
import org.kapitza.io.report.MultiTemperatureReport;
import org.kapitza.phonon.AcousticLibrary;
import org.kapitza.phonon.BoundaryModel;
import org.kapitza.phonon.ConductanceLaw;
import org.kapitza.phonon.Cutoff;

/**
 * examples/au-film-sapphire: the resistance a one-temperature measurement sees is the phonon DMM
 * resistance plus the electron–phonon term of the closed-form two-temperature solution of the film,
 * k_eθ(L)/((k_e + k_p)q) with θ = T_e − T_p (≈ (1/√(g k_p))(1 + k_p/k_e)^{-3/2} for a film much thicker
 * than λ = √(k_ek_p/(g(k_e + k_p))) = 9.5 nm).
 */
class AuFilmSapphireExampleTest {
    private static final double KE = 315;
    private static final double KP = 2;
    private static final double G = 2.2e16;
    private static final double L = 100e-9;

    @Test
    void theElectronPhononResistanceAddsToThePhononBoundaryResistance(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("au-film-sapphire", out);
        MultiTemperatureReport r = o.multiTemperature();
        for (MultiTemperatureReport.Balance b : r.balance()) assertTrue(b.holds(), b.toString());
        MultiTemperatureReport.Interface i = r.interfaces().get(0);
        double q = i.heat() / i.area();
        // To 1e-8: the film's 400 cells of 0.25 nm hold 66 K above the reference at conductances of 1.3 W/K,
        // so round-off alone leaves 1.7e-11 W (the balance's roundOff) against the 1e-3 W that crosses.
        assertEquals(1e9, q, 1e-8 * 1e9, "all the heat crosses, by the phonons");

        // θ(L) of the film heated in its electrons at the top and emptied by its phonons at the bottom.
        double kt = KE + KP;
        double lambda = Math.sqrt(KE * KP / (G * kt));
        double b = -q * lambda / KE;
        double a = (q * lambda / KP - b * Math.cosh(L / lambda)) / Math.sinh(L / lambda);
        double thetaL = a * Math.cosh(L / lambda) + b * Math.sinh(L / lambda);
        double electronPhonon = KE * thetaL / (kt * q);
        assertEquals(1 / Math.sqrt(G * KP) * Math.pow(1 + KP / KE, -1.5), electronPhonon, 1e-6 * electronPhonon,
                "100 nm ≫ λ: the thick-film (Majumdar–Reddy) form");
        assertEquals(KE * thetaL / kt, i.separationA(), 0.02 * i.separationA(), "T_e − T_p next to the interface");

        // The phonon resistance: the DMM at the interface's temperature (film phonons to sapphire).
        List<String> csv = Files.readAllLines(out.resolve("profile.csv"));
        double tFilm = Double.NaN;
        double tSub = Double.NaN;
        for (String line : csv.subList(1, csv.size())) {
            String[] c = line.split(",");
            if (c[1].equals("substrate")) tSub = Double.parseDouble(c[2]);
            if (c[1].equals("film") && Double.isNaN(tFilm)) tFilm = Double.parseDouble(c[2]);
        }
        AcousticLibrary lib = AcousticLibrary.builtIn();
        ConductanceLaw dmm = BoundaryModel.DMM.exactLaw(lib.get("gold"), lib.get("sapphire"), Cutoff.PER_BRANCH);
        double rPhonon = 1 / dmm.conductance(0.5 * (tFilm + tSub));
        assertEquals(rPhonon + electronPhonon, i.effectiveR(), 0.01 * electronPhonon,
                "R seen with one temperature = R_dmm " + rPhonon + " + R_ep " + electronPhonon);
        assertTrue(electronPhonon > 0.8 * rPhonon, "the electron–phonon term is as large as the phonon one");

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(i.effectiveR(), summary.at("/interfaces/0/effectiveR").asDouble(), 1e-20);
        String header = csv.get(0);
        assertTrue(header.contains("T_p_K") && header.contains("T_e_K"), header);
        assertTrue(Files.size(out.resolve("profile.png")) > 1000);
        assertTrue(Files.isRegularFile(out.resolve("au-film-sapphire.vtr")));
    }
}
