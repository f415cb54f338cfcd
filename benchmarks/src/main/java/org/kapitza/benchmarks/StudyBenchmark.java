package org.kapitza.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kapitza.cli.Pipeline;
import org.kapitza.cli.Settings;
import org.kapitza.linalg.Parallel;
import org.kapitza.study.EmbeddedEngine;
import org.kapitza.study.EngineOptions;
import org.kapitza.study.PointResult;
import org.kapitza.study.StudyPlan;
import org.kapitza.study.StudyRun;

/**
 * Parameter studies (issue 16), run from the repository's root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.kapitza.benchmarks.StudyBenchmark [--processes N] [--points N] [--mc N] [--skip-mc] [--skip-sweep]
 * </pre>
 *
 * <ol>
 * <li>A sweep of {@code examples/chip-package}'s die/TIM resistance over {@code --points} log-spaced values
 * (default 100) in one process with the embedded engine, with reuse and without: wall time, time per point,
 * CG iterations per point.</li>
 * <li>The same points as separate {@code kapitza run} processes (the launcher's jar, {@code -q}, default
 * outputs), {@code --processes} of them (default 10), one after the other: wall time per process.</li>
 * <li>A Monte Carlo study of {@code examples/polycrystal-film} (50³ cells, 1000 grains) with the grain-boundary
 * R lognormal (median 1e-9 m²K/W, factor 2), {@code --mc} points (default 1000).</li>
 * </ol>
 */
public final class StudyBenchmark {
    private StudyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int processes = 10;
        int points = 100;
        int mc = 1000;
        boolean skipMc = false;
        boolean skipSweep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--processes" -> processes = Integer.parseInt(args[++i]);
                case "--points" -> points = Integer.parseInt(args[++i]);
                case "--mc" -> mc = Integer.parseInt(args[++i]);
                case "--skip-mc" -> skipMc = true;
                case "--skip-sweep" -> skipSweep = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path root = Path.of("").toAbsolutePath();
        Path chip = root.resolve("examples/chip-package/case.yaml");
        Path film = root.resolve("examples/polycrystal-film/case.yaml");
        Path jar = root.resolve("solver/target/kapitza.jar");
        if (!Files.exists(chip) || !Files.exists(jar)) {
            throw new IllegalStateException("run from the repository's root after mvn package (needs " + chip + " and " + jar + ")");
        }
        Path tmp = Files.createTempDirectory("kapitza-study-benchmark");
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "Studies on %d processors, Java %s, load average before: %s%n%n", cores,
                System.getProperty("java.version"), load());

        String sweep = """
                name: tim-sweep-%d
                base: %s
                reuse: %s
                parameters:
                  - {key: "interfaces[0].R", range: {from: 1e-6 m^2*K/W, to: 1e-5 m^2*K/W, count: %d, spacing: log}}
                responses: [{name: T_junction, path: hotspot.temperature}]
                output: {plots: false}
                """;
        Table t = new Table("run", "points", "wall s", "wall s per point", "CPU s per point", "CG iterations per point (mean, min–max)",
                "load after");
        // Warm-up: the JIT compiles the same code a long study would run compiled
        study(tmp, "warm", sweep.formatted(10, chip, true, 10), cores);
        if (!skipSweep) {
        Result warm = study(tmp, "reuse", sweep.formatted(points, chip, true, points), cores);
        t.row("embedded, reuse", points, warm.wall, warm.wall / points, warm.cpu / points, warm.iterations(), load());
        Result cold = study(tmp, "cold", sweep.formatted(points, chip, false, points), cores);
        t.row("embedded, every point from scratch", points, cold.wall, cold.wall / points, cold.cpu / points, cold.iterations(), load());

        // Separate processes, as a shell loop over kapitza run would do; /usr/bin/time gives each one's CPU time
        List<Double> each = new ArrayList<>();
        List<Double> eachCpu = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        for (int i = 0; i < processes; i++) {
            double r = 1e-6 * Math.pow(10, i / (double) Math.max(1, processes - 1));
            List<String> cmd = new ArrayList<>();
            if (timed) cmd.addAll(List.of("/usr/bin/time", "-f", "cpu %U %S"));
            cmd.addAll(List.of("java", "-jar", jar.toString(), "run", chip.toString(), "-q", "-o", tmp.resolve("run-" + i).toString(),
                    "--set", "interfaces[0].R=" + r));
            Path log = tmp.resolve("run-" + i + ".log");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (p.waitFor() != 0) throw new IllegalStateException("kapitza run failed: " + Files.readString(log));
            each.add((System.nanoTime() - t0) * 1e-9);
            for (String l : Files.readAllLines(log)) {
                if (l.startsWith("cpu ")) {
                    String[] f = l.split(" ");
                    eachCpu.add(Double.parseDouble(f[1]) + Double.parseDouble(f[2]));
                }
            }
        }
        double perProcess = each.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double cpuPerProcess = eachCpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        t.row("separate `kapitza run` processes", processes, each.stream().mapToDouble(Double::doubleValue).sum(), perProcess,
                cpuPerProcess, "", load());
        System.out.println("(1) R sweep of examples/chip-package (23,024 active cells), interfaces[0].R from 1e-6 to 1e-5 m²K/W");
        System.out.println();
        System.out.print(t.markdown());
        System.out.printf(Locale.ROOT, "%nPer point, wall: a kapitza run process %.2f s, the embedded study %.3f s with reuse (%.1f×"
                + " faster), %.3f s from scratch (%.1f×); processes ranged %.2f–%.2f s%n", perProcess, warm.wall / points,
                perProcess / (warm.wall / points), cold.wall / points, perProcess / (cold.wall / points),
                each.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                each.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        System.out.printf(Locale.ROOT, "Per point, CPU: a process %.2f s, the embedded study %.3f s with reuse (%.1f× less),"
                + " %.3f s from scratch (%.1f×)%n%n", cpuPerProcess, warm.cpu / points, cpuPerProcess / (warm.cpu / points),
                cold.cpu / points, cpuPerProcess / (cold.cpu / points));
        }

        if (!skipMc) {
            String mcStudy = """
                    name: film-mc
                    base: %s
                    design: monte-carlo
                    samples: %d
                    seed: 1
                    parameters:
                      - {key: "grain_boundaries[0].R", distribution: {kind: lognormal, median: 1e-9 m^2*K/W, factor: 2}}
                    responses: [{name: k_eff, path: effectiveConductivity.kEff}]
                    output: {plots: false}
                    """.formatted(film, mc);
            Result r = study(tmp, "mc", mcStudy, cores);
            Table m = new Table("study", "points", "wall s", "wall s per point", "CPU s per point",
                    "CG iterations per point (mean, min–max)", "load after");
            m.row("Monte Carlo of examples/polycrystal-film (125,000 cells, 1000 grains), R_gb lognormal", mc, r.wall,
                    r.wall / mc, r.cpu / mc, r.iterations(), load());
            System.out.println("(2) Monte Carlo of the polycrystal film");
            System.out.println();
            System.out.print(m.markdown());
        }
        try (var files = Files.walk(tmp)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** A finished study: wall time and each point's result. */
    private record Result(double wall, double cpu, Map<Integer, PointResult> results) {
        String iterations() {
            int min = Integer.MAX_VALUE;
            int max = 0;
            double sum = 0;
            for (PointResult p : results.values()) {
                min = Math.min(min, p.iterations());
                max = Math.max(max, p.iterations());
                sum += p.iterations();
            }
            return String.format(Locale.ROOT, "%.1f (%d–%d)", sum / results.size(), min, max);
        }
    }

    private static Result study(Path tmp, String name, String text, int cores) throws Exception {
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, text);
        StudyPlan plan = StudyPlan.read(file);
        Parallel.setShared(1);
        Pipeline pipeline = new Pipeline(Settings.load());
        EmbeddedEngine engine = new EmbeddedEngine(new EngineOptions(cores, 1, pipeline::libraries, true, System.err));
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        StudyRun.Outcome o = StudyRun.run(plan, tmp.resolve(name), false, false, engine, new StudyRun.Listener() {
            @Override
            public void started(int total, int done, String engine) {
            }

            @Override
            public void finished(PointResult r, int done, int failed) {
                if (!r.ok()) throw new IllegalStateException("point " + r.index() + " " + r.status() + ": " + r.message());
            }
        });
        double wall = (System.nanoTime() - t0) * 1e-9;
        double cpu = (cpuNanos() - c0) * 1e-9;
        Map<Integer, PointResult> sorted = new TreeMap<>(Comparator.naturalOrder());
        sorted.putAll(o.results());
        return new Result(wall, cpu, sorted);
    }

    /** CPU time of this JVM (all threads, JIT and GC included), ns. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
