package org.kapitza.io.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.InputException;
import org.kapitza.fv.SolverSettings;
import org.kapitza.multitemp.Carrier;
import org.kapitza.multitemp.MultiTemperatureProblem;
import org.kapitza.multitemp.MultiTemperatureResult;
import org.kapitza.multitemp.MultiTemperatureSolver;

/** The {@code multi_temperature} section: its keys bound strictly, and an electron–phonon path across an interface. */
class MultiTemperatureCaseTest {
    @TempDir
    Path dir;

    private static final String BASE = """
            name: mt
            mesh:
              grid:
                x: {nodes: [0, 20 nm, 40 nm, 60 nm, 80 nm, 100 nm, 150 nm, 200 nm, 250 nm, 300 nm]}
                regions:
                  - {name: film, material: metal, box: {x: [0, 100 nm]}}
                  - {name: substrate, material: oxide, box: {x: [100 nm, 300 nm]}}
            materials:
              - {name: metal, k: 302 W/m/K}
              - {name: oxide, k: 30 W/m/K}
            interfaces:
              - {between: [film, substrate], model: constant, R: 4e-9 m^2*K/W}
            boundaries:
              - {patch: xmin, type: flux, q: 1 GW/m^2}
              - {patch: xmax, type: temperature, T: 300 K}
            """;

    private CaseBuilder builder(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("case-" + System.nanoTime() + ".yaml"), yaml);
        return new CaseBuilder(new CaseFileReader().read(file, List.of()), Libraries.builtIn(), Long.MAX_VALUE);
    }

    private MultiTemperatureProblem problem(String section) throws Exception {
        CaseBuilder b = builder(BASE + section);
        return b.multiTemperature(b.build());
    }

    /**
     * Electrons heated at x = 0 with no bulk coupling (g_ep = 0) reach the oxide only through the
     * electron–phonon path across the interface: every profile is linear, so on any grid
     * T_e(0) = T₀ + q(L_d/k_d + R_ep + L_m/k_e) exactly, and the metal's phonons sit at the oxide's
     * interface temperature plus nothing (they carry no heat).
     */
    @Test
    void anElectronPhononPathAcrossTheInterfaceCarriesTheElectronsHeat() throws Exception {
        MultiTemperatureProblem mp = problem("""
                multi_temperature:
                  carriers:
                    - {material: metal, electrons: {k: 300 W/m/K}, phonons: {k: 2 W/m/K}, g_ep: 0}
                    - {material: oxide, phonons: {k: 30 W/m/K}}
                  interfaces:
                    - {between: [film, substrate], electron_phonon: {model: constant, R: 5e-9 m^2*K/W}}
                  boundaries:
                    - {patch: xmin, carriers: electrons}
                """);
        MultiTemperatureResult r = new MultiTemperatureSolver(SolverSettings.defaults().withLinearTolerance(1e-14)).solve(mp);
        double q = 1e9;
        double tInterface = 300 + q * 200e-9 / 30;
        double te0 = tInterface + q * 5e-9 + q * 100e-9 / 300;
        double surface = r.temperature(0, Carrier.ELECTRONS) + q * 10e-9 / 300;
        assertEquals(te0, surface, 1e-9 * (te0 - 300));
        assertEquals(tInterface, r.temperature(0, Carrier.PHONONS), 1e-9 * (te0 - 300), "the film's phonons carry nothing");
        MultiTemperatureResult.InterfaceReport i = r.interfaces().get(0);
        double cross = 0;
        for (MultiTemperatureResult.Path p : i.paths()) if (p.from() == Carrier.ELECTRONS && p.to() == Carrier.PHONONS) cross = p.heat();
        assertEquals(q, cross, 1e-9 * q);
        for (MultiTemperatureResult.Balance b : r.energyBalance()) assertTrue(b.holds(), b.toString());
    }

    @Test
    void everyMistakeNamesItsKey() {
        String carriers = """
                multi_temperature:
                  carriers:
                    - {material: metal, electrons: {k: 300 W/m/K}, phonons: {k: 2 W/m/K}, g_ep: 1e16 W/m^3/K}
                """;
        assertRefused(carriers.replace("g_ep", "g_eq"), "g_eq");
        assertRefused(carriers.replace("material: metal", "material: metl"), "multi_temperature.carriers[0].material");
        assertRefused(carriers.replace(", g_ep: 1e16 W/m^3/K", ""), "g_ep");
        assertRefused(carriers.replace("1e16 W/m^3/K", "1e16 W/m/K"), "g_ep");
        assertRefused(carriers + "  boundaries:\n    - {patch: xmin, carriers: [electrns]}\n", "multi_temperature.boundaries[0].carriers");
        assertRefused(carriers + "  boundaries:\n    - {patch: xmn, carriers: [electrons]}\n", "multi_temperature.boundaries[0].patch");
        assertRefused(carriers + "  sources:\n    - {region: flim, carriers: [electrons]}\n", "multi_temperature.sources[0].region");
        assertRefused(carriers + "  interfaces:\n    - {between: [film, substrate]}\n", "multi_temperature.interfaces[0]");
        assertRefused(carriers.replace("electrons: {k: 300 W/m/K}", "spins: {k_up: 100 W/m/K, k_down: 50 W/m/K}"), "g_sf");
    }

    @Test
    void aCarrierThatReachesNoFixedTemperatureIsRefused() throws Exception {
        // g_ep = 0 and the electrons stop at the oxide: their level is undetermined.
        MultiTemperatureProblem mp = problem("""
                multi_temperature:
                  carriers:
                    - {material: metal, electrons: {k: 300 W/m/K}, phonons: {k: 2 W/m/K}, g_ep: 0}
                """);
        InputException e = assertThrows(InputException.class, () -> MultiTemperatureSolver.check(mp));
        assertTrue(e.getMessage().contains("electrons temperature of region 'film'"), e.getMessage());
    }

    private void assertRefused(String section, String key) {
        Exception e = assertThrows(Exception.class, () -> problem(section));
        assertTrue(e instanceof CaseFileException, e.toString());
        assertTrue(e.getMessage().contains(key), "message names " + key + ": " + e.getMessage());
    }
}
