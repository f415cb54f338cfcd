package org.kapitza.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.LinearSystem;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.linalg.Parallel;
import org.kapitza.linalg.StencilMatrix;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;

/**
 * The numbers of the performance issue in one run, each printed as a Markdown table:
 * <ol type="a">
 * <li>a STREAM-like triad a = b + s·c on arrays far larger than the caches, on one thread and on all of
 * the solver's threads (GB/s);</li>
 * <li>the effective bandwidth of the stencil matrix-vector product on B1 100³ (GB/s, and as a fraction
 * of the triad);</li>
 * <li>a plain box (1 m cube, k = 1, fixed T on zmin and zmax) solved by Kapitza and by OpenFOAM's
 * laplacianFoam with GAMG to a comparable stopping point, wall times and their ratio;</li>
 * <li>B1 at several sizes (cells, iterations, setup and solve seconds, bytes per cell) and B1 100³ with
 * grain-boundary R 0, 5e-7 and 1e-4 m²K/W.</li>
 * </ol>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.kapitza.benchmarks.PeerBenchmark [SIZES...]
 * [--box N] [--no-openfoam] [--openfoam-np P]} (sizes default 32 64 100 128 200; the box defaults to 100³;
 * {@code --openfoam-np 2} also times laplacianFoam decomposed over two MPI ranks).
 */
public final class PeerBenchmark {
    private PeerBenchmark() {
    }

    /** The settings the issue names: multigrid-preconditioned CG to a relative residual of 1e-8. */
    static final SolverSettings SETTINGS = SolverSettings.defaults().withPreconditioner("amg").withLinearTolerance(1e-8);

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int box = 100;
        boolean openFoam = true;
        int openFoamRanks = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--box" -> box = Integer.parseInt(args[++i]);
                case "--no-openfoam" -> openFoam = false;
                case "--openfoam-np" -> openFoamRanks = Integer.parseInt(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) sizes.addAll(List.of(32, 64, 100, 128, 200));

        System.out.printf(Locale.ROOT, "Kapitza PeerBenchmark: %d processors, solver threads %d, Java %s, max heap %.1f GiB%n%n",
                Runtime.getRuntime().availableProcessors(), Parallel.shared().threads(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (double) (1L << 30));

        // Other processes share the machine: the load average says how far the timings can be trusted.
        System.out.println("load average at start: " + loadAverage());
        System.out.println();
        double triad = triad();
        matvec(triad);
        plainBox(box, openFoam, openFoamRanks);
        b1Sizes(sizes);
        b1GrainBoundaries();
        System.out.println("load average at end: " + loadAverage());
    }

    /** The first three fields of /proc/loadavg, or "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------------------------------------- (a)

    /** Elements per triad array: 2²⁶ doubles = 512 MiB each, 1.5 GiB in all, beyond any cache here. */
    private static final int TRIAD_N = 1 << 26;

    /** Prints the triad table and returns the all-threads bandwidth (GB/s). */
    private static double triad() {
        double[] a = new double[TRIAD_N];
        double[] b = new double[TRIAD_N];
        double[] c = new double[TRIAD_N];
        // Touch every page first (and from the threads that will use it) so page faults are not timed.
        java.util.Arrays.fill(b, 1.0);
        java.util.Arrays.fill(c, 2.0);
        java.util.Arrays.fill(a, 0.0);
        Table t = new Table("kernel", "threads", "array MiB", "best GB/s", "median GB/s");
        double all = 0;
        int[] threadCounts = Parallel.shared().threads() > 1 ? new int[] {1, Parallel.shared().threads()} : new int[] {1};
        for (int threads : threadCounts) {
            Parallel par = threads == Parallel.shared().threads() ? Parallel.shared() : new Parallel(threads);
            double s = 3.0;
            Parallel.RangeTask k = (block, from, to) -> {
                for (int i = from; i < to; i++) a[i] = b[i] + s * c[i];
            };
            double[] secs = new double[20];
            for (int w = 0; w < 5; w++) par.forEach(TRIAD_N, k);
            for (int r = 0; r < secs.length; r++) {
                long t0 = System.nanoTime();
                par.forEach(TRIAD_N, k);
                secs[r] = (System.nanoTime() - t0) * 1e-9;
            }
            // STREAM's convention: 3 arrays × 8 bytes per element (b, c read, a written); the write-allocate
            // read of a that most CPUs also do is not counted, so the figure is comparable with STREAM's.
            double bytes = 3.0 * 8 * TRIAD_N;
            java.util.Arrays.sort(secs);
            double best = bytes / secs[0] * 1e-9;
            double median = bytes / secs[secs.length / 2] * 1e-9;
            t.row("triad a = b + s·c", threads, 8L * TRIAD_N >> 20, best, median);
            if (threads == Parallel.shared().threads()) all = best;
            if (a[TRIAD_N / 2] != 7.0) throw new AssertionError("triad result " + a[TRIAD_N / 2]);
        }
        System.out.println("(a) STREAM-like triad, 20 repetitions after 5 warm-up");
        System.out.println();
        System.out.print(t.markdown());
        System.out.println();
        return all;
    }

    // ---------------------------------------------------------------------------------------------- (b)

    private static void matvec(double triad) {
        Table t = new Table("matrix", "cells", "bytes moved/cell", "best ms", "median ms", "best GB/s", "fraction of triad");
        for (int n : new int[] {100, 200}) {
            StencilMatrix a = LinearSystem.of(SolveBenchmark.b1(n, 5e-7)).matrix();
            int cells = a.size();
            double[] x = new double[cells];
            double[] y = new double[cells];
            Random rnd = new Random(1);
            for (int i = 0; i < cells; i++) x[i] = rnd.nextDouble();
            for (int w = 0; w < 50; w++) a.apply(x, y);
            double[] secs = new double[100];
            for (int r = 0; r < secs.length; r++) {
                long t0 = System.nanoTime();
                a.apply(x, y);
                secs[r] = (System.nanoTime() - t0) * 1e-9;
            }
            java.util.Arrays.sort(secs);
            // The least the product must move per cell: read x and the four coefficient arrays gx, gy, gz,
            // rowSum (5 × 8 bytes) and write y (8 bytes) = 48 bytes. The neighbours x[c ± 1], x[c ± nx],
            // x[c ± nx·ny] and the second pass over y (the x-faces) are assumed to hit the cache, and the
            // write-allocate read of y is not counted (as in the triad), so this is a lower bound.
            double bytesPerCell = 6 * 8;
            double best = bytesPerCell * cells / secs[0] * 1e-9;
            t.row("B1 " + n + "³", String.format(Locale.ROOT, "%,d", cells), (int) bytesPerCell, secs[0] * 1e3,
                    secs[secs.length / 2] * 1e3, best, String.format(Locale.ROOT, "%.0f %%", 100 * best / triad));
        }
        System.out.println("(b) Stencil matrix-vector product y = A x, 100 repetitions after 50 warm-up, all solver threads");
        System.out.println();
        System.out.print(t.markdown());
        System.out.println();
    }

    // ---------------------------------------------------------------------------------------------- (c)

    /** A 1 m cube of n³ cells, k = 1 W/m/K, 300 K on zmin, 400 K on zmax, the other faces adiabatic. */
    static ThermalProblem box(int n) {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 1, n), GridLines.uniform(0, 1, n),
                GridLines.uniform(0, 1, n)));
        b.fill(b.addRegion("box", "unit"), Box.everywhere());
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("unit", new Material("unit", new ConstantConductivity(1), "plain box"))
                .boundary("zmin", BoundaryCondition.FixedTemperature.of(300))
                .boundary("zmax", BoundaryCondition.FixedTemperature.of(400));
    }

    private static void plainBox(int n, boolean openFoam, int ranks) throws IOException, InterruptedException {
        new SteadySolver(SETTINGS).solve(box(n)); // warm-up: the same solve once, so the JIT has compiled it
        ThermalProblem p = box(n);
        FirstBelow first = new FirstBelow(SETTINGS.linearTolerance());
        long t0 = System.nanoTime();
        SteadyResult r = new SteadySolver(SETTINGS).addListener(first).solve(p);
        double kapitza = (System.nanoTime() - t0) * 1e-9;
        // Exact answer: T linear in z from 300 to 400 K; the cell-centred scheme reproduces it to round-off.
        double err = maxErrorFromLinear(r, n);

        Table t = new Table("solver", "cells", "iterations", "wall s", "Kapitza / this", "note");
        t.row("Kapitza (AMG-CG, " + Parallel.shared().threads() + " threads)", String.format(Locale.ROOT, "%,d", n * n * n),
                r.linearIterations(), kapitza, "1", String.format(Locale.ROOT, "setup %.3f s + solve %.3f s; residual first ≤ 1e-8 at iteration %s;"
                        + " max |T − T_exact| %.1e K", r.setupSeconds(), r.solveSeconds(), first.text(), err));
        String skipped = null;
        if (!openFoam) {
            skipped = "OpenFOAM skipped (--no-openfoam)";
        } else {
            Path bin = openFoamBinary("laplacianFoam");
            if (bin == null) {
                skipped = "OpenFOAM is not installed (no laplacianFoam on PATH or in /usr/bin, /usr/lib/openfoam): ratio skipped";
            } else {
                Path dir = Files.createTempDirectory("kapitza-openfoam-");
                try {
                    Foam serial = runOpenFoam(dir, n, 1);
                    t.row("OpenFOAM laplacianFoam (GAMG, serial)", String.format(Locale.ROOT, "%,d", n * n * n), serial.iterations,
                            serial.wall, String.format(Locale.ROOT, "%.2f", kapitza / serial.wall), serial.note);
                    if (ranks > 1) {
                        Foam par = runOpenFoam(dir, n, ranks);
                        t.row("OpenFOAM laplacianFoam (GAMG, " + ranks + " MPI ranks)", String.format(Locale.ROOT, "%,d", n * n * n),
                                par.iterations, par.wall, String.format(Locale.ROOT, "%.2f", kapitza / par.wall), par.note);
                    }
                } finally {
                    deleteTree(dir);
                }
            }
        }
        System.out.printf(Locale.ROOT, "(c) Plain %d³ box (1 m cube, k = 1, 300 K / 400 K on zmin / zmax), relative residual 1e-8;"
                + " Kapitza after a warm-up solve%n%n", n);
        System.out.print(t.markdown());
        if (skipped != null) System.out.println(skipped);
        System.out.println();
    }

    private static double maxErrorFromLinear(SteadyResult r, int n) {
        double err = 0;
        for (int c = 0; c < n * n * n; c++) {
            int k = c / (n * n);
            double z = (k + 0.5) / n;
            err = Math.max(err, Math.abs(r.temperature(c) - (300 + 100 * z)));
        }
        return err;
    }

    /** One laplacianFoam run: wall seconds, GAMG iterations and what the log said. */
    private record Foam(double wall, int iterations, String note) {
    }

    static Path openFoamBinary(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) return Path.of(d, name);
        }
        for (String d : new String[] {"/usr/bin", "/usr/lib/openfoam/bin"}) {
            if (Files.isExecutable(Path.of(d, name))) return Path.of(d, name);
        }
        return null;
    }

    /**
     * Writes the box as an OpenFOAM case, meshes it with blockMesh (not timed) and times laplacianFoam
     * (the whole process: start-up, reading the mesh, assembly, the GAMG solve). With ranks > 1 the case
     * is first split by decomposePar (not timed) and run with mpirun.
     */
    private static Foam runOpenFoam(Path dir, int n, int ranks) throws IOException, InterruptedException {
        writeCase(dir, n, ranks);
        run(dir, "blockMesh", List.of("blockMesh"));
        if (ranks > 1) {
            run(dir, "decomposePar", List.of("decomposePar", "-force"));
        }
        List<String> cmd = ranks > 1
                ? List.of("mpirun", "-np", String.valueOf(ranks), "laplacianFoam", "-parallel")
                : List.of("laplacianFoam");
        long t0 = System.nanoTime();
        String log = run(dir, "laplacianFoam-" + ranks, cmd);
        double wall = (System.nanoTime() - t0) * 1e-9;
        Matcher m = Pattern.compile("Solving for T, Initial residual = (\\S+), Final residual = (\\S+), No Iterations (\\d+)")
                .matcher(log);
        int iterations = -1;
        String note = "no GAMG line in the log";
        if (m.find()) {
            iterations = Integer.parseInt(m.group(3));
            note = "initial residual " + m.group(1).replace(",", "") + ", final " + m.group(2).replace(",", "");
        }
        Matcher clock = Pattern.compile("ExecutionTime = (\\S+) s\\s+ClockTime = (\\S+) s").matcher(log);
        String last = null;
        while (clock.find()) last = "log ExecutionTime " + clock.group(1) + " s, ClockTime " + clock.group(2) + " s";
        if (last != null) note += "; " + last;
        return new Foam(wall, iterations, note);
    }

    /** Runs an OpenFOAM utility in the case directory; its output goes to log.NAME and is returned. */
    static String run(Path dir, String name, List<String> cmd) throws IOException, InterruptedException {
        Path log = dir.resolve("log." + name);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Debian's OpenFOAM runs without sourcing its bashrc once it knows where its etc/ lives.
        pb.environment().putIfAbsent("WM_PROJECT_DIR", "/usr/share/openfoam");
        // Open MPI refuses to start as root unless told twice (containers and CI machines run as root).
        pb.environment().putIfAbsent("OMPI_ALLOW_RUN_AS_ROOT", "1");
        pb.environment().putIfAbsent("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
        int rc = pb.start().waitFor();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed with exit code " + rc + " in " + dir + ":\n"
                    + out.substring(Math.max(0, out.length() - 3000)));
        }
        return out;
    }

    private static String header(String cls, String object) {
        return "FoamFile\n{\n    version 2.0;\n    format ascii;\n    class " + cls + ";\n    object " + object + ";\n}\n\n";
    }

    static void writeCase(Path dir, int n, int ranks) throws IOException {
        Files.createDirectories(dir.resolve("system"));
        Files.createDirectories(dir.resolve("constant"));
        Files.createDirectories(dir.resolve("0"));
        Files.writeString(dir.resolve("system/blockMeshDict"), header("dictionary", "blockMeshDict") + """
                convertToMeters 1;
                vertices ((0 0 0) (1 0 0) (1 1 0) (0 1 0) (0 0 1) (1 0 1) (1 1 1) (0 1 1));
                blocks (hex (0 1 2 3 4 5 6 7) (%d %d %d) simpleGrading (1 1 1));
                edges ();
                boundary
                (
                    zmin { type patch; faces ((0 3 2 1)); }
                    zmax { type patch; faces ((4 5 6 7)); }
                    sides { type wall; faces ((0 4 7 3) (2 6 5 1) (1 5 4 0) (3 7 6 2)); }
                );
                mergePatchPairs ();
                """.formatted(n, n, n));
        // One steady step: steadyState makes ddt(T) vanish, so the step is the Laplace solve. Nothing is
        // written (writeInterval beyond endTime), as Kapitza's SteadySolver.solve writes nothing either.
        Files.writeString(dir.resolve("system/controlDict"), header("dictionary", "controlDict") + """
                application laplacianFoam;
                startFrom startTime;
                startTime 0;
                stopAt endTime;
                endTime 1;
                deltaT 1;
                writeControl timeStep;
                writeInterval 1000;
                purgeWrite 0;
                writeFormat binary;
                writePrecision 12;
                writeCompression off;
                timeFormat general;
                timePrecision 6;
                runTimeModifiable false;
                """);
        Files.writeString(dir.resolve("system/fvSchemes"), header("dictionary", "fvSchemes") + """
                ddtSchemes { default steadyState; }
                gradSchemes { default Gauss linear; }
                divSchemes { default none; }
                laplacianSchemes { default Gauss linear corrected; }
                interpolationSchemes { default linear; }
                snGradSchemes { default corrected; }
                """);
        // Stopping point. OpenFOAM's residual is the L1 norm of b − Ax divided by its normalisation factor
        // Σ|Ax − A x̄| + Σ|b − A x̄| (x̄ the field's mean). Starting from the uniform 350 K that Kapitza also
        // starts from (its unknowns are T − T_ref with T_ref = 350 K, initial guess 0), A x − A x̄ vanishes
        // and the factor equals the initial residual: the first "Initial residual" is exactly 1 and
        // `tolerance 1e-8; relTol 0` stops at ||b − Ax||₁ ≤ 1e-8 ||b − Ax₀||₁, the L1 twin of Kapitza's
        // ||b − Ax||₂ ≤ 1e-8 ||b||₂ from x₀ = 0 (the same initial residual vector b − Ax₀). relTol 0 so that
        // only this absolute test on the normalised residual stops it (relTol 1e-8 would say the same here).
        Files.writeString(dir.resolve("system/fvSolution"), header("dictionary", "fvSolution") + """
                solvers
                {
                    T
                    {
                        solver GAMG;
                        smoother GaussSeidel;
                        tolerance 1e-8;
                        relTol 0;
                    }
                }
                SIMPLE { nNonOrthogonalCorrectors 0; }
                """);
        Files.writeString(dir.resolve("system/decomposeParDict"), header("dictionary", "decomposeParDict") + """
                numberOfSubdomains %d;
                method simple;
                simpleCoeffs { n (1 1 %d); delta 0.001; }
                """.formatted(ranks, ranks));
        Files.writeString(dir.resolve("constant/transportProperties"), header("dictionary", "transportProperties") + """
                DT DT [0 2 -1 0 0 0 0] 1;
                """);
        Files.writeString(dir.resolve("0/T"), header("volScalarField", "T") + """
                dimensions [0 0 0 1 0 0 0];
                internalField uniform 350;
                boundaryField
                {
                    zmin { type fixedValue; value uniform 300; }
                    zmax { type fixedValue; value uniform 400; }
                    sides { type zeroGradient; }
                }
                """);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * The first CG iteration whose relative residual reached the tolerance. The solver may go on after
     * that: it also insists on the global energy balance (SolverSettings.energyBalanceTolerance, 1e-11),
     * so "iterations" can exceed this count; the difference is what the energy test costs.
     */
    private static final class FirstBelow implements org.kapitza.linalg.IterationListener {
        private final double tolerance;
        private int first = -1;

        FirstBelow(double tolerance) {
            this.tolerance = tolerance;
        }

        @Override
        public void iteration(int iteration, double relativeResidual) {
            if (first < 0 && relativeResidual <= tolerance) first = iteration;
        }

        String text() {
            return first < 0 ? "–" : String.valueOf(first);
        }
    }

    // ---------------------------------------------------------------------------------------------- (d)

    private static void b1Sizes(List<Integer> sizes) {
        new SteadySolver(SETTINGS).solve(SolveBenchmark.b1(64, 5e-7)); // warm-up
        Table t = new Table("case", "cells", "iterations", "first ≤ 1e-8", "mesh s", "setup s", "solve s",
                "setup+solve wall s", "solver bytes/cell");
        for (int n : sizes) b1Row(t, n, 5e-7, "B1 " + n + "³");
        System.out.println("(d) B1 (grain-boundary R 5e-7 m²K/W) at several sizes, AMG-CG to 1e-8, after a warm-up solve");
        System.out.println();
        System.out.print(t.markdown());
        System.out.println();
    }

    private static void b1GrainBoundaries() {
        Table t = new Table("case", "cells", "iterations", "first ≤ 1e-8", "mesh s", "setup s", "solve s",
                "setup+solve wall s", "solver bytes/cell");
        b1Row(t, 100, 0, "B1 100³, R_gb = 0");
        b1Row(t, 100, 5e-7, "B1 100³, R_gb = 5e-7");
        b1Row(t, 100, 1e-4, "B1 100³, R_gb = 1e-4");
        System.out.println("(d) B1 100³ against the grain-boundary resistance (m²K/W)");
        System.out.println();
        System.out.print(t.markdown());
        System.out.println();
    }

    private static void b1Row(Table t, int n, double rGb, String name) {
        long t0 = System.nanoTime();
        ThermalProblem p = SolveBenchmark.b1(n, rGb);
        double mesh = (System.nanoTime() - t0) * 1e-9;
        FirstBelow first = new FirstBelow(SETTINGS.linearTolerance());
        long t1 = System.nanoTime();
        SteadyResult r = new SteadySolver(SETTINGS).addListener(first).solve(p);
        double wall = (System.nanoTime() - t1) * 1e-9;
        t.row(name, String.format(Locale.ROOT, "%,d", p.mesh().cellCount()), r.linearIterations(), first.text(), mesh, r.setupSeconds(),
                r.solveSeconds(), wall, (double) r.solverMemoryBytes() / p.mesh().activeCellCount());
    }
}
