package org.kapitza.io.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kapitza.fv.Probe;

/** The helpers behind the plots: the stretched profile axis and the probes' detail window. */
class PlotHelpersTest {

    @Test
    void thinRegionsAreDrawnAtLeastEightPercentWideAndTickLabelsMapBack() {
        // a 7 mm sink, a 20 µm TIM and a 150 µm die
        List<Profile.Span> spans = List.of(new Profile.Span("sink", 0, 7e-3), new Profile.Span("tim", 7e-3, 7.02e-3),
                new Profile.Span("die", 7.02e-3, 7.17e-3));
        ProfilePlot.Stretch s = new ProfilePlot.Stretch(spans);
        assertTrue(s.stretched);
        double total = 7.17e-3;
        assertEquals(0, s.forward(0), 1e-18);
        assertEquals(total, s.forward(total), 1e-15, "the axis keeps its length");
        for (Profile.Span sp : spans) {
            double drawn = s.forward(sp.to()) - s.forward(sp.from());
            assertTrue(drawn >= 0.08 * total * 0.99, sp + " drawn " + drawn);
        }
        for (double z : new double[] {0, 1e-3, 7e-3, 7.01e-3, 7.1e-3, 7.17e-3}) assertEquals(z, s.back(s.forward(z)), 1e-15);
        assertFalse(new ProfilePlot.Stretch(List.of(new Profile.Span("a", 0, 1), new Profile.Span("b", 1, 2))).stretched);
    }

    private static Probe temperature(String name) {
        return new Probe(name, Probe.Kind.REGION_MAX, "die", null, Double.NaN);
    }

    @Test
    void aBurstInALongRunGetsADetailWindowASteadyDriftDoesNot() {
        List<double[]> burst = new ArrayList<>();
        List<double[]> drift = new ArrayList<>();
        for (int i = 0; i <= 300; i++) {
            double t = 0.1 * i;
            burst.add(new double[] {t, t >= 2 && t < 3 ? 350 : 300});
            drift.add(new double[] {t, 300 + t});
        }
        double[] w = ProbeFiles.detailWindow(List.of(temperature("junction")), burst);
        assertTrue(w != null && w[0] <= 2 && w[1] >= 3 && w[1] - w[0] < 2, w == null ? "null" : w[0] + " " + w[1]);
        assertNull(ProbeFiles.detailWindow(List.of(temperature("stage")), drift));
        assertArrayEquals(new double[] {2.5, 2.5}, new double[] {ProbeFiles.firstCrossing(drift, 1, 302.5),
            ProbeFiles.firstCrossing(drift, 1, 302.5)}, 1e-12);
    }
}
