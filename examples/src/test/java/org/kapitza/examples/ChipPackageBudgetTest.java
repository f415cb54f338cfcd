package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.cli.Pipeline;
import org.kapitza.io.report.ResistanceBudget;
import org.kapitza.io.report.RunReport;

/**
 * examples/chip-package: the resistance budget adds up. θ_JA = (T_J − T_A)/P with T_J the hottest point of the
 * die's active face; the layers, the two declared interfaces, the spreading at each contact and the convection
 * sum to it within 0.1 %; the undeclared tim1|spreader contact is not an interface row.
 */
class ChipPackageBudgetTest {
    @Test
    void theBudgetOfTheChipPackageAddsUp(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("chip-package", out, "output.case_surface=spreader.bottom");
        RunReport r = o.report();
        ResistanceBudget b = r.budget();
        assertEquals(60, b.power(), 1e-9);
        assertEquals(318.15, b.ambient(), 1e-12);
        assertEquals((b.junction() - 318.15) / 60, b.thetaJA(), 1e-12);
        assertTrue(b.junction() >= r.hotspot().temperature(), "the active face is at least as hot as any cell centre");
        double sum = 0;
        for (ResistanceBudget.Row row : b.rows()) {
            sum += row.resistance();
            assertTrue(row.resistance() > 0 && row.heat() > 0, "one orientation, junction to ambient: " + row);
            assertEquals(60, row.heat(), 1e-6, "all the power crosses every part: " + row);
        }
        assertEquals(b.thetaJA(), sum, 1e-3 * b.thetaJA());
        assertTrue(b.addsUp());
        // The convection row is 1/(hA) of the 60 mm sink, the interface rows their R·A over their area.
        ResistanceBudget.Row ambient = b.rows().get(b.rows().size() - 1);
        assertEquals(1 / (2778 * 0.06 * 0.06), ambient.resistance(), 1e-9);
        assertEquals(1e-8 / (12.8e-3 * 12.8e-3), row(b, "interface", "die|tim1").resistance(), 1e-12);
        assertEquals((50e-6 / 3) / (0.03 * 0.03), row(b, "interface", "spreader|sink").resistance(), 1e-9);
        // Spreading (what remains of θ_JA) is the sum of the hot-spot and spreading rows, and most of θ_JA here.
        double spreadRows = b.rows().stream().filter(x -> x.kind().equals("spreading") || x.kind().equals("hot-spot"))
                .mapToDouble(ResistanceBudget.Row::resistance).sum();
        assertEquals(b.spreading(), spreadRows, 1e-3 * b.thetaJA());
        assertTrue(b.spreading() > 0.4 * b.thetaJA(), "spreading " + b.spreading());
        // θ_JC to the spreader's bottom: the rows above it, read off the cumulative column.
        assertEquals(row(b, "layer", "spreader").cumulative(), b.thetaJC(), 1e-9);
        // Interfaces: the two declared ones only, no −60 W next to +60 W.
        assertEquals(2, r.interfaces().size(), r.interfaces().toString());
        assertTrue(r.interfaces().stream().allMatch(i -> i.heatFlow() > 0), r.interfaces().toString());
    }

    private static ResistanceBudget.Row row(ResistanceBudget b, String kind, String name) {
        return b.rows().stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst().orElseThrow();
    }
}
