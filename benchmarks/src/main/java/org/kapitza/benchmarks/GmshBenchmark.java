package org.kapitza.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.gmsh.GmshFile;
import org.kapitza.mesh.gmsh.GmshReader;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.mesh.poly.PolyMeshBuilder;
import org.kapitza.poly.PolyResult;
import org.kapitza.poly.PolySolver;

/**
 * Issue 14's figures on a Gmsh tetrahedral mesh of the unit cube split at x = 0.5 into physical volumes
 * "left" and "right", with physical surfaces "xmin" and "xmax" ({@code benchmarks/gmsh/cube-1m.geo}):
 * read, set-up and solve times, iterations and bytes per cell, in one JVM, for (a) one material
 * (k = 1, 300 K and 400 K at the ends: a linear field, so the error is printed too) and (b) copper |
 * glass with R = 1e-6 m²K/W between them; then (a) as whole processes, {@code kapitza run} against
 * OpenFOAM's {@code laplacianFoam} on the same mesh (gmshToFoam; GAMG to 1e-8, non-orthogonal
 * correctors as given).
 *
 * <pre>java -Xmx6g -cp benchmarks/target/benchmarks.jar org.kapitza.benchmarks.GmshBenchmark MESH.msh [--correctors N] [--no-openfoam]</pre>
 */
public final class GmshBenchmark {
    private GmshBenchmark() {
    }

    static final SolverSettings SETTINGS = new SolverSettings("amg", 1e-8, 20000, 1e-8, 200, false, 1e-10, "picard");

    public static void main(String[] args) throws Exception {
        Path mesh = Path.of(args[0]);
        int correctors = 3;
        boolean openFoam = true;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--correctors")) correctors = Integer.parseInt(args[++i]);
            if (args[i].equals("--no-openfoam")) openFoam = false;
        }
        System.out.printf(Locale.ROOT, "Gmsh benchmark on %s, %d processors, load %s%n", mesh,
                Runtime.getRuntime().availableProcessors(), PeerBenchmark.loadAverage());
        for (boolean twoMaterials : new boolean[] {false, true}) inProcess(mesh, twoMaterials);
        wholeProcesses(mesh, correctors, openFoam);
    }

    private static void inProcess(Path file, boolean twoMaterials) {
        System.gc();
        long t0 = System.nanoTime();
        GmshFile f = new GmshReader(1).read(file);
        long t1 = System.nanoTime();
        PolyMesh m = new PolyMeshBuilder(f, 0).build(List.of(new PolyMeshBuilder.RegionSpec("left", "a", null),
                new PolyMeshBuilder.RegionSpec("right", "b", null)));
        long t2 = System.nanoTime();
        ThermalProblem p = new ThermalProblem(null, MaterialLibrary.builtIn())
                .material("a", new Material("a", new ConstantConductivity(twoMaterials ? 400 : 1), "benchmark"))
                .material("b", new Material("b", new ConstantConductivity(twoMaterials ? 1.4 : 1), "benchmark"))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(300))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(400));
        if (twoMaterials) p.interfaceBetweenRegions("left", "right", new ConstantResistance(1e-6));
        PolyResult r = new PolySolver(SETTINGS).solve(m, p);
        double err = 0;
        if (!twoMaterials) for (int c = 0; c < m.cellCount(); c++) err = Math.max(err, Math.abs(r.temperature(c) - (300 + 100 * m.centre(c, 0))));
        long bytes = m.memoryBytes() + r.solverBytes() + r.multigridBytes();
        System.out.printf(Locale.ROOT, "%s: %,d tetrahedra, non-orthogonality max %.1f° mean %.1f°%n",
                twoMaterials ? "copper | R 1e-6 | glass" : "one material, linear field", m.cellCount(), m.maxNonOrthogonality(),
                m.meanNonOrthogonality());
        System.out.printf(Locale.ROOT, "  read %.2f s, faces and geometry %.2f s, solve %.2f s (multigrid set-up %.2f s), %d outer and %d CG"
                        + " iterations, energy imbalance %.1e%s%n", (t1 - t0) * 1e-9, (t2 - t1) * 1e-9, r.seconds(), r.setupSeconds(),
                r.outerIterations(), r.linearIterations(), r.energyImbalance(),
                twoMaterials ? "" : String.format(Locale.ROOT, ", largest error from the linear field %.1e K", err));
        System.out.printf(Locale.ROOT, "  bytes per cell: mesh %.0f, solver %.0f, multigrid %.0f, total %.0f%n",
                (double) m.memoryBytes() / m.cellCount(), (double) r.solverBytes() / m.cellCount(),
                (double) r.multigridBytes() / m.cellCount(), (double) bytes / m.cellCount());
    }

    private static void wholeProcesses(Path mesh, int correctors, boolean openFoam) throws Exception {
        Path dir = Files.createTempDirectory("kapitza-gmsh-bench");
        try {
            Path caseFile = dir.resolve("case.yaml");
            Files.writeString(caseFile, """
                    name: cube
                    mesh:
                      gmsh: %s
                      regions:
                        - {name: left, material: m}
                        - {name: right, material: m}
                    materials:
                      - {name: m, k: 1 W/m/K}
                    boundaries:
                      - {patch: xmin, type: temperature, T: 300 K}
                      - {patch: xmax, type: temperature, T: 400 K}
                    solver: {tolerance: 1e-8, nonlinear_tolerance: 1e-8}
                    output: {vtk: false}
                    """.formatted(mesh.toAbsolutePath()));
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String jar = Path.of(GmshBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            List<String> cmd = new ArrayList<>(List.of(javaBin));
            for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) if (a.startsWith("-Xmx")) cmd.add(a);
            cmd.addAll(List.of("-cp", jar, "org.kapitza.cli.Main", "run", caseFile.toString(), "-o", dir.resolve("out").toString(), "-q"));
            long t0 = System.nanoTime();
            String log = run(dir, "kapitza", cmd);
            double kapitza = (System.nanoTime() - t0) * 1e-9;
            Matcher it = Pattern.compile("(\\d+) outer and (\\d+) CG iterations").matcher(log);
            System.out.printf(Locale.ROOT, "whole process: kapitza run %.2f s (%s)%n", kapitza, it.find() ? it.group(0) : "?");
            if (!openFoam) return;
            if (!Files.isExecutable(Path.of("/usr/bin/gmshToFoam")) && !onPath("gmshToFoam")) {
                System.out.println("OpenFOAM is not installed (no gmshToFoam): comparison skipped");
                return;
            }
            Path foam = dir.resolve("foam");
            writeFoamCase(foam, correctors);
            Path msh22 = dir.resolve("mesh22.msh");
            run(dir, "gmsh-convert", List.of("gmsh", mesh.toAbsolutePath().toString(), "-0", "-format", "msh22", "-o", msh22.toString()));
            run(foam, "gmshToFoam", List.of("gmshToFoam", msh22.toString()));
            long f0 = System.nanoTime();
            String flog = run(foam, "laplacianFoam", List.of("laplacianFoam"));
            double foamWall = (System.nanoTime() - f0) * 1e-9;
            Matcher m = Pattern.compile("Solving for T, Initial residual = (\\S+), Final residual = (\\S+), No Iterations (\\d+)").matcher(flog);
            List<String> solves = new ArrayList<>();
            while (m.find()) solves.add(m.group(3));
            System.out.printf(Locale.ROOT, "whole process: laplacianFoam %.2f s (GAMG iterations per solve %s, %d non-orthogonal correctors);"
                    + " ratio Kapitza/OpenFOAM %.2f%n", foamWall, solves, correctors, kapitza / foamWall);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static boolean onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) return true;
        return false;
    }

    private static String run(Path dir, String name, List<String> cmd) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path log = dir.resolve("log." + name);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putIfAbsent("WM_PROJECT_DIR", "/usr/share/openfoam");
        int rc = pb.start().waitFor();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (rc != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed (" + rc + "):\n" + out.substring(Math.max(0, out.length() - 3000)));
        return out;
    }

    private static String header(String cls, String object) {
        return "FoamFile\n{\n    version 2.0;\n    format ascii;\n    class " + cls + ";\n    object " + object + ";\n}\n\n";
    }

    private static void writeFoamCase(Path dir, int correctors) throws IOException {
        Files.createDirectories(dir.resolve("system"));
        Files.createDirectories(dir.resolve("constant"));
        Files.createDirectories(dir.resolve("0"));
        Files.writeString(dir.resolve("system/controlDict"), header("dictionary", "controlDict") + """
                application laplacianFoam;
                startFrom startTime; startTime 0; stopAt endTime; endTime 1; deltaT 1;
                writeControl timeStep; writeInterval 1000; purgeWrite 0; writeFormat binary; writePrecision 12;
                writeCompression off; timeFormat general; timePrecision 6; runTimeModifiable false;
                """);
        Files.writeString(dir.resolve("system/fvSchemes"), header("dictionary", "fvSchemes") + """
                ddtSchemes { default steadyState; }
                gradSchemes { default Gauss linear; }
                divSchemes { default none; }
                laplacianSchemes { default Gauss linear corrected; }
                interpolationSchemes { default linear; }
                snGradSchemes { default corrected; }
                """);
        Files.writeString(dir.resolve("system/fvSolution"), header("dictionary", "fvSolution") + """
                solvers { T { solver GAMG; smoother GaussSeidel; tolerance 1e-8; relTol 0; } }
                SIMPLE { nNonOrthogonalCorrectors %d; }
                """.formatted(correctors));
        Files.writeString(dir.resolve("constant/transportProperties"), header("dictionary", "transportProperties") + """
                DT DT [0 2 -1 0 0 0 0] 1;
                """);
        Files.writeString(dir.resolve("0/T"), header("volScalarField", "T") + """
                dimensions [0 0 0 1 0 0 0];
                internalField uniform 350;
                boundaryField
                {
                    xmin { type fixedValue; value uniform 300; }
                    xmax { type fixedValue; value uniform 400; }
                    ".*" { type zeroGradient; }
                }
                """);
    }
}
