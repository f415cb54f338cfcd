package org.kapitza.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kapitza as a user runs it against OpenFOAM as a user runs it: every figure is a whole process, from
 * the shell's fork to its exit (JVM start, case parsing, mesh, solve, result files), timed by
 * {@code /usr/bin/time} for wall, user and system seconds. The programs are run in turn, A B C A B C …,
 * so a slow spell of a shared machine falls on all of them alike, and the medians are compared.
 *
 * <ul>
 * <li>the plain box (1 m cube of n³ cells, k = 1, 300 K / 400 K on zmin / zmax, relative residual 1e-8,
 * VTK output off): {@code ./kapitza run box.yaml} against {@code laplacianFoam} (GAMG, 1e-8, nothing
 * written) on one rank and on two MPI ranks ({@code blockMesh} and {@code decomposePar} not timed:
 * Kapitza's mesh is timed, so the comparison favours OpenFOAM);</li>
 * <li>{@code examples/chip-package} and {@code examples/two-slab} end to end, all their result files
 * written.</li>
 * </ul>
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * org.kapitza.benchmarks.WholeProcessBenchmark [--repeats N] [--box N] [--no-openfoam]} (defaults 5 and
 * 100). The {@code kapitza} launcher is run as it is, so it uses the JDK and start-up cache it picks.
 */
public final class WholeProcessBenchmark {
    private WholeProcessBenchmark() {
    }

    /** One timed process: seconds of wall clock, user and system CPU. */
    record Sample(double wall, double user, double sys) {
    }

    public static void main(String[] args) throws Exception {
        int repeats = 5;
        int n = 100;
        boolean openFoam = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--box" -> n = Integer.parseInt(args[++i]);
                case "--no-openfoam" -> openFoam = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --repeats N, --box N, --no-openfoam)");
            }
        }
        Path root = Path.of("").toAbsolutePath();
        Path launcher = root.resolve("kapitza");
        if (!Files.isExecutable(launcher)) throw new IllegalStateException("run from the repository root (no ./kapitza here)");
        Path work = Files.createTempDirectory("kapitza-whole-process-");
        try {
            System.out.printf(Locale.ROOT, "Kapitza WholeProcessBenchmark: %d processors, %d repeats, load average at start %s%n%n",
                    Runtime.getRuntime().availableProcessors(), repeats, PeerBenchmark.loadAverage());
            // One untimed run of each so that the launcher's first-use build and cache are not timed.
            Path box = writeKapitzaBox(work, n);
            Map<String, List<String>> programs = new LinkedHashMap<>();
            programs.put("Kapitza `./kapitza run` (" + n + "³ box, VTK off)",
                    List.of(launcher.toString(), "run", box.toString(), "-q", "-o", work.resolve("k-out").toString()));
            Path foam = work.resolve("foam");
            Path foam2 = work.resolve("foam2");
            String skipped = null;
            if (openFoam && PeerBenchmark.openFoamBinary("laplacianFoam") != null) {
                Files.createDirectories(foam);
                PeerBenchmark.writeCase(foam, n, 1);
                PeerBenchmark.run(foam, "blockMesh", List.of("blockMesh"));
                programs.put("OpenFOAM `laplacianFoam` (GAMG, 1 rank)", List.of("laplacianFoam", "-case", foam.toString()));
                Files.createDirectories(foam2);
                PeerBenchmark.writeCase(foam2, n, 2);
                PeerBenchmark.run(foam2, "blockMesh", List.of("blockMesh"));
                PeerBenchmark.run(foam2, "decomposePar", List.of("decomposePar", "-force"));
                programs.put("OpenFOAM `mpirun -np 2 laplacianFoam -parallel`",
                        List.of("mpirun", "-np", "2", "laplacianFoam", "-parallel", "-case", foam2.toString()));
            } else {
                skipped = openFoam ? "OpenFOAM is not installed (no laplacianFoam on PATH, in /usr/bin or /usr/lib/openfoam/bin;"
                        + " Debian: apt-get install openfoam): its rows and the ratios are skipped" : "OpenFOAM skipped (--no-openfoam)";
            }
            Path chip = root.resolve("examples/chip-package/case.yaml");
            Path slab = root.resolve("examples/two-slab/case.yaml");
            programs.put("Kapitza `examples/chip-package` (all outputs)",
                    List.of(launcher.toString(), "run", chip.toString(), "-q", "-o", work.resolve("chip").toString()));
            programs.put("Kapitza `examples/two-slab` (all outputs)",
                    List.of(launcher.toString(), "run", slab.toString(), "-q", "-o", work.resolve("slab").toString()));

            for (List<String> cmd : programs.values()) time(work, cmd); // untimed: first-use build, caches, page cache
            Map<String, List<Sample>> samples = new LinkedHashMap<>();
            for (String name : programs.keySet()) samples.put(name, new ArrayList<>());
            for (int r = 0; r < repeats; r++) {
                for (Map.Entry<String, List<String>> e : programs.entrySet()) samples.get(e.getKey()).add(time(work, e.getValue()));
            }
            String first = programs.keySet().iterator().next();
            double ref = median(samples.get(first), Sample::wall);
            Table t = new Table("process", "wall s median", "wall min–max", "CPU s median (user+sys)", "Kapitza box / this (wall)");
            for (Map.Entry<String, List<Sample>> e : samples.entrySet()) {
                List<Sample> s = e.getValue();
                double med = median(s, Sample::wall);
                boolean peer = e.getKey().startsWith("OpenFOAM");
                t.row(e.getKey(), med, String.format(Locale.ROOT, "%.2f–%.2f", min(s), max(s)),
                        median(s, x -> x.user() + x.sys()), peer ? String.format(Locale.ROOT, "%.2f", ref / med) : "");
            }
            System.out.print(t.markdown());
            if (skipped != null) System.out.println(skipped);
            System.out.println();
            System.out.println("load average at end: " + PeerBenchmark.loadAverage());
        } finally {
            PeerBenchmark.deleteTree(work);
        }
    }

    /** The box as a Kapitza case file: the same problem and stopping point as PeerBenchmark's OpenFOAM case. */
    private static Path writeKapitzaBox(Path dir, int n) throws IOException {
        Path f = dir.resolve("box.yaml");
        Files.writeString(f, """
                name: box
                mesh:
                  grid:
                    x: {from: 0, to: 1 m, cells: %d}
                    y: {from: 0, to: 1 m, cells: %d}
                    z: {from: 0, to: 1 m, cells: %d}
                    regions:
                      - {name: box, material: unit, box: {x: [0, 1 m]}}
                materials:
                  - {name: unit, k: 1 W/m/K}
                boundaries:
                  - {patch: zmin, type: temperature, T: 300 K}
                  - {patch: zmax, type: temperature, T: 400 K}
                solver: {tolerance: 1e-8}
                output: {vtk: false}
                """.formatted(n, n, n), StandardCharsets.UTF_8);
        return f;
    }

    /** Runs one command under /usr/bin/time and returns its wall, user and system seconds. */
    private static Sample time(Path work, List<String> cmd) throws IOException, InterruptedException {
        Path times = work.resolve("time.txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", times.toString()));
        full.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(full).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("last.log").toFile());
        pb.environment().putIfAbsent("WM_PROJECT_DIR", "/usr/share/openfoam");
        pb.environment().putIfAbsent("OMPI_ALLOW_RUN_AS_ROOT", "1");
        pb.environment().putIfAbsent("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
        int rc = pb.start().waitFor();
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited " + rc + ":\n"
                    + Files.readString(work.resolve("last.log"), StandardCharsets.UTF_8));
        }
        String[] last = Files.readAllLines(times).get(Files.readAllLines(times).size() - 1).trim().split("\\s+");
        return new Sample(Double.parseDouble(last[0]), Double.parseDouble(last[1]), Double.parseDouble(last[2]));
    }

    private static double median(List<Sample> s, java.util.function.ToDoubleFunction<Sample> f) {
        double[] v = s.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
    }

    private static double min(List<Sample> s) {
        return s.stream().mapToDouble(Sample::wall).min().orElse(Double.NaN);
    }

    private static double max(List<Sample> s) {
        return s.stream().mapToDouble(Sample::wall).max().orElse(Double.NaN);
    }

}
