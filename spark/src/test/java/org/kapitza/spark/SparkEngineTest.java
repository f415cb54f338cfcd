package org.kapitza.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.io.casefile.Libraries;
import org.kapitza.study.EmbeddedEngine;
import org.kapitza.study.EngineOptions;
import org.kapitza.study.PointResult;
import org.kapitza.study.StudyEngine;
import org.kapitza.study.StudyEngines;
import org.kapitza.study.StudyPlan;

/** The Spark engine in local[2] mode against the embedded engine, on examples/two-slab. */
class SparkEngineTest {
    /** The example case, from the module's directory (where surefire runs). */
    static final Path TWO_SLAB = Path.of("..", "examples", "two-slab", "case.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    StudyPlan plan(String study) throws Exception {
        Path s = dir.resolve("study.yaml");
        Files.writeString(s, study.replace("BASE", TWO_SLAB.toString()));
        return StudyPlan.read(s);
    }

    static EngineOptions options() {
        return new EngineOptions(2, 1, Libraries::builtIn, true, System.err);
    }

    static Map<Integer, PointResult> run(StudyEngine engine, StudyPlan plan) throws Exception {
        Map<Integer, PointResult> byIndex = new TreeMap<>();
        engine.run(plan, plan.points(), r -> byIndex.put(r.index(), r));
        return byIndex;
    }

    /**
     * Three resistances on two meshes (10 and 20 cells): 6 points, two mesh groups. The two engines give
     * the same values, responses (to the last bit) and status; both give q = ΔT/(L₁/k₁ + R + L₂/k₂).
     */
    @Test
    void sparkAndEmbeddedGiveTheSameResultsForEveryPoint() throws Exception {
        StudyPlan p = plan("""
                name: slab-spark
                base: BASE
                parameters:
                  - {key: "interfaces[0].R", range: {from: 0.01 m^2*K/W, to: 1 m^2*K/W, count: 3, spacing: log}}
                  - {key: "mesh.grid.x.cells", values: [10, 20]}
                responses:
                  - {name: q, path: "interfaces[left|right].heatFlow"}
                  - {name: Tmax, path: "regions[right].max"}
                """);
        assertEquals(6, p.points().size());
        LocalSpark.context(); // the engine from the ServiceLoader finds the active context
        StudyEngine spark = StudyEngines.create("spark", options());
        assertInstanceOf(SparkEngine.class, spark);
        Map<Integer, PointResult> onSpark = run(spark, p);
        Map<Integer, PointResult> embedded = run(new EmbeddedEngine(options()), p);
        assertEquals(embedded.keySet(), onSpark.keySet());
        for (int i : embedded.keySet()) {
            PointResult a = embedded.get(i);
            PointResult b = onSpark.get(i);
            assertEquals(a.values(), b.values());
            assertArrayEquals(a.responses(), b.responses(), 0.0, "point " + i);
            assertEquals(a.status(), b.status());
            assertEquals(a.message(), b.message());
            assertTrue(b.ok(), b.message());
            double q = 100 / (0.5 / 10 + p.point(i).numbers()[0] + 0.5 / 2);
            assertEquals(q, b.responses()[0], 1e-8 * q);
        }
    }

    /** A point whose value makes an invalid case is a result with status and message; the rest go on. */
    @Test
    void aFailingPointIsRecordedAndTheOthersRun() throws Exception {
        StudyPlan p = plan("""
                name: slab-bad-point
                base: BASE
                parameters:
                  - {key: "interfaces[0].R", values: [0.1 m^2*K/W, -0.5 m^2*K/W, 0.2 m^2*K/W]}
                responses:
                  - {name: q, path: "interfaces[left|right].heatFlow"}
                """);
        Map<Integer, PointResult> onSpark = run(new SparkEngine(options(), LocalSpark.context()), p);
        Map<Integer, PointResult> embedded = run(new EmbeddedEngine(options()), p);
        assertEquals(3, onSpark.size());
        assertTrue(onSpark.get(0).ok() && onSpark.get(2).ok());
        assertEquals(PointResult.INVALID, onSpark.get(1).status());
        assertTrue(Double.isNaN(onSpark.get(1).responses()[0]));
        assertEquals(embedded.get(1).message(), onSpark.get(1).message());
        assertTrue(onSpark.get(1).message().contains("-0.5"), onSpark.get(1).message());
    }

    /** The runners an executor made stay for the next tasks: a second run of the study makes none. */
    @Test
    void executorsKeepTheirRunnersFromTaskToTask() throws Exception {
        StudyPlan p = plan("""
                name: slab-reuse
                base: BASE
                parameters:
                  - {key: "interfaces[0].R", range: {from: 0.01 m^2*K/W, to: 1 m^2*K/W, count: 8}}
                responses:
                  - {name: q, path: "interfaces[left|right].heatFlow"}
                """);
        SparkEngine engine = new SparkEngine(options(), LocalSpark.context());
        long before = ExecutorRunners.created();
        List<PointResult> first = new ArrayList<>();
        engine.run(p, p.points(), first::add);
        long made = ExecutorRunners.created() - before;
        assertTrue(made >= 1 && made <= 2, "local[2] runs at most two tasks at once: " + made + " runners");
        engine.run(p, p.points(), r -> { });
        assertEquals(made, ExecutorRunners.created() - before, "the second run borrowed the first run's runners");
        assertEquals(8, first.size());
    }
}
