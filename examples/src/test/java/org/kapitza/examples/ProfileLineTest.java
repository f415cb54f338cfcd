package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.io.report.Profile;

/**
 * The default profile line follows the heat path through the whole assembly: the cryostat's crosses the
 * plate, the standoff and the stage (a line through the hottest cell, at the stage's edge, missed the
 * standoff), the chip package's every layer; and the plot is written.
 */
class ProfileLineTest {

    private static List<String> regions(Profile p) {
        return p.regions().stream().map(Profile.Span::region).toList();
    }

    @Test
    void theCryostatLineCrossesTheStandoffAndBothJoints(@TempDir Path out) throws Exception {
        var o = ExampleRunner.run("cryostat", out);
        Profile p = Profile.throughHottest(o.result());
        assertEquals(List.of("plate", "standoff", "stage"), regions(p));
        // both joints show as steps: two faces with two temperatures each
        long steps = 0;
        for (int i = 1; i < p.points().size(); i++) {
            Profile.Point a = p.points().get(i - 1);
            Profile.Point b = p.points().get(i);
            if ("face".equals(a.kind()) && "face".equals(b.kind()) && a.position() == b.position()) steps++;
        }
        assertEquals(2, steps, p.points().toString());
        assertEquals(0.005, p.regions().get(1).from(), 1e-12);
        assertEquals(0.015, p.regions().get(1).to(), 1e-12);
        assertTrue(Files.size(out.resolve("profile.png")) > 10_000);
    }

    @Test
    void theChipLineCrossesEveryLayer(@TempDir Path out) throws Exception {
        var o = ExampleRunner.run("chip-package", out);
        Profile p = Profile.throughHottest(o.result());
        assertEquals(List.of("sink", "spreader", "tim1", "die"), regions(p));
        double hottest = p.points().stream().filter(q -> "cell".equals(q.kind())).mapToDouble(Profile.Point::temperature).max()
                .orElseThrow();
        assertEquals(o.report().hotspot().temperature(), hottest, 1e-9, "the line passes the junction");
    }
}
