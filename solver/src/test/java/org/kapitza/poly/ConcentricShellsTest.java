package org.kapitza.poly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.gmsh.GmshReader;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.mesh.poly.PolyMeshBuilder;
import org.kapitza.mesh.poly.PolyMeshBuilder.RegionSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Concentric cylinders and spheres with a resistance at the inner shell's outer radius, on tetrahedra
 * that Gmsh makes from the shipped .geo files at three refinements, against the closed forms:
 * shells a = 0.5 m to b = 0.8 m (k₁ = 10 W/m/K) and b to c = 1.2 m (k₂ = 2 W/m/K), R = 0.02 m²K/W at r = b,
 * 400 K at r = a and 300 K at r = c. Series resistances per unit length (cylinder) or in total
 * (sphere): ln(b/a)/(2πk₁) + R/(2πb) + ln(c/b)/(2πk₂), and (1/a − 1/b)/(4πk₁) + R/(4πb²) + (1/b − 1/c)/(4πk₂)
 * (Incropera and DeWitt, Fundamentals of Heat and Mass Transfer, §3.3–3.4). The volume-weighted L2
 * error at the cell centroids falls as h² (h = (V/N)^{1/3}); the order is measured and must be ≥ 1.8.
 * Needs the gmsh program (Debian package gmsh); skipped with a message without it.
 */
class ConcentricShellsTest {
    static final double A = 0.5, B = 0.8, C = 1.2, K1 = 10, K2 = 2, R = 0.02, TA = 400, TC = 300;

    @TempDir
    Path tmp;

    static boolean gmshAvailable() {
        try {
            Process p = new ProcessBuilder("gmsh", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Path mesh(Path geo, double scale, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve(geo.getFileName().toString().replace(".geo", "-" + scale + ".msh"));
        Process p = new ProcessBuilder("gmsh", "-3", geo.toAbsolutePath().toString(), "-clscale", Double.toString(scale),
                "-format", "msh41", "-bin", "-o", out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0 || !Files.exists(out)) throw new IllegalStateException("gmsh failed: " + log);
        return out;
    }

    /** Returns {h, L2 error, energy imbalance}. */
    static double[] error(Path file, DoubleUnaryOperator exact, boolean sphere) {
        PolyMesh m = new PolyMeshBuilder(new GmshReader(1).read(file), 0)
                .build(List.of(new RegionSpec("inner", "a", null), new RegionSpec("outer", "b", null)));
        ThermalProblem p = new ThermalProblem(null, MaterialLibrary.builtIn())
                .material("a", new Material("a", new ConstantConductivity(K1), "test"))
                .material("b", new Material("b", new ConstantConductivity(K2), "test"))
                .interfaceBetweenRegions("inner", "outer", new ConstantResistance(R))
                .boundary("r-inner", BoundaryCondition.FixedTemperature.of(TA))
                .boundary("r-outer", BoundaryCondition.FixedTemperature.of(TC));
        PolyResult r = new PolySolver(new SolverSettings("amg", 1e-11, 20000, 1e-10, 500, false, 1e-10, "picard")).solve(m, p);
        double v = 0, e2 = 0;
        for (int c = 0; c < m.cellCount(); c++) {
            double x = m.centre(c, 0), y = m.centre(c, 1), z = m.centre(c, 2);
            double rad = Math.sqrt(x * x + y * y + (sphere ? z * z : 0));
            double d = r.temperature(c) - exact.applyAsDouble(rad);
            v += m.volume(c);
            e2 += m.volume(c) * d * d;
        }
        return new double[] {Math.cbrt(v / m.cellCount()), Math.sqrt(e2 / v), r.energyImbalance(), m.cellCount(), r.outerIterations()};
    }

    static DoubleUnaryOperator exact(boolean sphere) {
        if (sphere) {
            double q = (TA - TC) / ((1 / A - 1 / B) / (4 * Math.PI * K1) + R / (4 * Math.PI * B * B) + (1 / B - 1 / C) / (4 * Math.PI * K2));
            return r -> r <= B ? TA - q / (4 * Math.PI * K1) * (1 / A - 1 / r) : TC + q / (4 * Math.PI * K2) * (1 / r - 1 / C);
        }
        double q = (TA - TC) / (Math.log(B / A) / (2 * Math.PI * K1) + R / (2 * Math.PI * B) + Math.log(C / B) / (2 * Math.PI * K2));
        return r -> r <= B ? TA - q / (2 * Math.PI * K1) * Math.log(r / A) : TC + q / (2 * Math.PI * K2) * Math.log(C / r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cylinders", "spheres"})
    void secondOrderOnTetrahedra(String shape) throws Exception {
        Assumptions.assumeTrue(gmshAvailable(), "gmsh is not installed (apt-get install gmsh): concentric-shell orders not measured");
        boolean sphere = shape.equals("spheres");
        Path geo = Path.of("src/test/resources/gmsh/" + shape + ".geo");
        double[] scales = {1.0, 0.63, 0.4};
        double[][] e = new double[3][];
        for (int i = 0; i < 3; i++) e[i] = error(mesh(geo, scales[i], tmp), exact(sphere), sphere);
        for (int i = 0; i < 3; i++) {
            System.out.printf("%s: %6.0f tets, h %.4f m, L2 error %.3e K, %d outer, imbalance %.1e%n", shape, e[i][3], e[i][0], e[i][1], (int) e[i][4], e[i][2]);
            assertTrue(e[i][2] <= 1e-9, "energy imbalance " + e[i][2]);
        }
        for (int i = 1; i < 3; i++) {
            double order = Math.log(e[i - 1][1] / e[i][1]) / Math.log(e[i - 1][0] / e[i][0]);
            System.out.printf("%s: measured L2 order %.2f%n", shape, order);
            assertTrue(order >= 1.8, shape + ": L2 order " + order + " between refinements " + (i - 1) + " and " + i);
        }
    }
}
