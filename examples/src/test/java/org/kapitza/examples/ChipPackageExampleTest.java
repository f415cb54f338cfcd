package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.kapitza.cli.Pipeline;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.report.LayerReport;
import org.kapitza.io.report.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/chip-package: junction temperature and the resistance of every layer and interface. */
class ChipPackageExampleTest {
    private static final double P = 60;
    private static final double H = 2778;
    private static final double T_INF = 318.15;
    private static final double DIE = 12.8e-3 * 12.8e-3;

    private static LayerReport layer(RunReport r, String name) {
        return r.layers().stream().filter(l -> l.region().equals(name)).findFirst().orElseThrow();
    }

    private static SteadyResult.InterfaceStats iface(RunReport r, String name) {
        return r.interfaces().stream().filter(i -> i.name().startsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void junctionTemperatureAndResistances(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("chip-package", out);
        RunReport r = o.report();
        assertTrue(r.energyBalance().relative() < 1e-9, "energy balance " + r.energyBalance());
        // All the power leaves through the convective sink bottom.
        assertEquals(P, o.result().patchOutflow("sink.bottom"), 1e-9 * P);
        // Convection: Q = h A (mean T_s − T∞), so the sink bottom's mean surface temperature is exact.
        LayerReport sink = layer(r, "sink");
        assertEquals(T_INF + P / (H * 0.06 * 0.06), sink.bottomMean(), 1e-9);
        // Layers whose footprint matches their neighbours' (die, TIM1): with adiabatic sides the drop of
        // the mean temperature is P t/(k A) whatever the lateral spreading.
        assertEquals(150e-6 / (148 * DIE), layer(r, "die").resistance(), 2e-3 * 150e-6 / (148 * DIE));
        assertEquals(20e-6 / (4 * DIE), layer(r, "tim1").resistance(), 2e-3 * 20e-6 / (4 * DIE));
        // Constant-R interfaces present exactly their R, however non-uniform the heat flux through them.
        assertEquals(1e-8, iface(r, "die|tim1").resistanceArea(), 1e-17);
        assertEquals(50e-6 / 3, iface(r, "spreader|sink").resistanceArea(), 1e-9 * 50e-6 / 3);
        assertEquals(P, iface(r, "spreader|sink").heatFlow(), 1e-9 * P, "oriented from spreader to sink, as written");
        // The junction is at least as hot as a one-dimensional stack without any spreading penalty.
        double lowerBound = T_INF + P / (H * 0.06 * 0.06) + P * (150e-6 / (148 * DIE) + 1e-8 / DIE + 20e-6 / (4 * DIE)
                + 1e-3 / (401 * 0.03 * 0.03) + (50e-6 / 3) / (0.03 * 0.03) + 6.9e-3 / (401 * 0.06 * 0.06));
        assertTrue(r.hotspot().temperature() > lowerBound, r.hotspot() + " vs lower bound " + lowerBound);
        assertEquals("die", r.hotspot().region());
        assertTrue(r.hotspot().temperature() < lowerBound + 20, "spreading adds a few kelvin, not tens: " + r.hotspot());
    }
}
