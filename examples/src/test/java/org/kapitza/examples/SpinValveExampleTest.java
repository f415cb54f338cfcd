package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.cli.Pipeline;
import org.kapitza.io.report.MultiTemperatureReport;

/**
 * examples/spin-valve: a spin heat accumulation T↑ − T↓ builds up at each Co/Cu interface and decays
 * away from it. In copper (κ↑ = κ↓ = κ) the difference mode decouples exactly:
 * κδ'' = (2g_sf + g_ep/2)δ, so δ decays over λ = √(κ/(2g_sf + g_ep/2)) = 38.8 nm; in the bottom lead,
 * whose far end holds both spins at one temperature, δ(z) = C sinh(z/λ).
 */
class SpinValveExampleTest {
    private static final double KAPPA = 190;
    private static final double GSF = 3.8e16;
    private static final double GEP = 1e17;

    @Test
    void theSpinTemperatureDifferenceDecaysOverTheSpinLength(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("spin-valve", out);
        MultiTemperatureReport r = o.multiTemperature();
        for (MultiTemperatureReport.Balance b : r.balance()) assertTrue(b.holds(), b.toString());
        assertEquals(4, r.interfaces().size());
        for (MultiTemperatureReport.Interface i : r.interfaces()) {
            assertEquals(5e9, Math.abs(i.heat() / i.area()), 1e-6 * 5e9, i.name());
            assertTrue(Math.abs(i.spinA()) > 0.05 && Math.abs(i.spinB()) > 0.05, "spin heat accumulation at " + i.name());
            double up = 0;
            double down = 0;
            for (MultiTemperatureReport.Path p : i.paths()) {
                if (p.from().equals("spin-up")) up = Math.abs(p.heat());
                if (p.from().equals("spin-down")) down = Math.abs(p.heat());
            }
            assertTrue(up > 1.5 * down, "G↑ > G↓ (γ = 0.7): the majority channel carries more heat");
        }

        List<double[]> lead = new ArrayList<>(); // z, δ in the bottom lead
        List<String> csv = Files.readAllLines(out.resolve("profile.csv"));
        String[] head = csv.get(0).split(",");
        int up = List.of(head).indexOf("T_up_K");
        int down = List.of(head).indexOf("T_down_K");
        for (String line : csv.subList(1, csv.size())) {
            String[] c = line.split(",");
            if (c[1].equals("lead-bottom")) lead.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[up]) - Double.parseDouble(c[down])});
        }
        double lambda = Math.sqrt(KAPPA / (2 * GSF + GEP / 2));
        double[] a = lead.get(lead.size() / 3);
        double[] b = lead.get(lead.size() - 20);
        assertEquals(Math.sinh(a[0] / lambda) / Math.sinh(b[0] / lambda), a[1] / b[1], 1e-3 * a[1] / b[1],
                "δ ∝ sinh(z/λ), λ = " + lambda);
        assertTrue(Files.size(out.resolve("spin-accumulation.png")) > 1000);
    }
}
