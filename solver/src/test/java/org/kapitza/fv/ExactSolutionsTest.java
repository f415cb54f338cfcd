package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.interfaces.ContactConductance;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.interfaces.OneWayFluxInterface;
import org.kapitza.interfaces.PowerLawResistance;
import org.kapitza.interfaces.ThinLayer;
import org.kapitza.material.AnisotropicConductivity;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.mesh.RegularGrains;
import org.kapitza.mesh.stack.Layer;
import org.kapitza.mesh.stack.LayerStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The solver shall reproduce exact answers: piecewise-linear profiles are exact on any grid. */
class ExactSolutionsTest {

    private static Material material(String name, double k) {
        return new Material(name, new ConstantConductivity(k), "test");
    }

    /** x in [0, 0.5] k = 10 and [0.5, 1] k = 2 on the given nodes (which must include 0.5). */
    private static SteadyResult twoSlabs(double[] x) {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(x));
        b.fill(b.addRegion("left", "a"), new Box(0, 0.5, -1, 2, -1, 2));
        b.fill(b.addRegion("right", "b"), new Box(0.5, 1, -1, 2, -1, 2));
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("a", material("a", 10)).material("b", material("b", 2))
                .interfaceBetweenRegions("left", "right", new ConstantResistance(0.1))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(400))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(300));
        // Solved to 1e-13 so that round-off is all that is left: a relative residual r bounds the
        // relative error only by κ r, and the 1000-cell chain has κ ≈ 4e5.
        return new SteadySolver(SolverSettings.defaults().withLinearTolerance(1e-13)).solve(p);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 6, 100, 1000})
    void twoSlabsHaveTheExactJumpOnAnyUniformGrid(int cells) {
        check(twoSlabs(GridLines.uniform(0, 1, cells)));
    }

    @Test
    void twoSlabsHaveTheExactJumpOnGradedGrids() {
        double[] left = GridLines.geometric(0, 0.5, 7, 1.4);
        double[] right = GridLines.geometric(0.5, 1, 3, 0.5);
        double[] x = new double[left.length + right.length - 1];
        System.arraycopy(left, 0, x, 0, left.length);
        System.arraycopy(right, 1, x, left.length, right.length - 1);
        check(twoSlabs(x));
    }

    /**
     * Exact to 1e-10 relative. The profile is exact on any grid; what remains is round-off, which on a
     * 1000-cell chain is about 1e-12 relative (the conduction matrix's condition number grows as N²).
     */
    private static void exact(double expected, double actual) {
        assertEquals(expected, actual, 1e-10 * Math.abs(expected));
    }

    private static void check(SteadyResult r) {
        Mesh m = r.mesh();
        assertEquals(1, m.faceCount(FaceClass.INTERFACE));
        int f = m.faceStart(FaceClass.INTERFACE);
        double[] t = r.sideTemperatures(f);
        exact(387.5, t[0]);
        exact(362.5, t[1]);
        exact(250.0, r.faceFlow(f));
        SteadyResult.InterfaceStats s = r.interfaces().get(0);
        exact(25.0, s.meanJump());
        exact(250.0, s.heatFlow());
        exact(10.0, s.h());
        exact(250.0, r.patchOutflow("xmax"));
        exact(-250.0, r.patchOutflow("xmin"));
        for (int c = 0; c < m.cellCount(); c++) {
            double x = m.centre(c, 0);
            exact(x < 0.5 ? 400 - 25 * x : 362.5 - 125 * (x - 0.5), r.temperature(c));
        }
        assertTrue(r.energyBalance().relative() < 1e-9);
    }

    /**
     * Five layers on a 1 x 1 base (one cell in plane, so heat flows along z only) with four interface
     * models: constant, power law R(T), Cooper–Mikic–Yovanovich contact, and a thin unmeshed layer.
     */
    @Test
    void aFiveLayerStackHasTheExactSeriesResistance() {
        double[] thickness = {2e-3, 1e-3, 0.5e-3, 3e-3, 1.5e-3};
        double[] k = {400, 150, 20, 237, 1.4};
        String[] names = {"l0", "l1", "l2", "l3", "l4"};
        LayerStack.Builder sb = LayerStack.builder().base(0.01, 0.01).baseCells(1, 1);
        int[] cells = {3, 1, 4, 2, 5};
        for (int i = 0; i < 5; i++) sb.layer(Layer.of(names[i], "m" + i, thickness[i], cells[i]).graded(i == 2 ? 1.3 : 1));
        Mesh mesh = sb.build().mesh();
        ContactConductance contact = new ContactConductance(16.2, 1e-6, 1e-6, 0.1, 0.1, 3e9, 1e6, null, 0);
        InterfaceModel[] models = {
            new ConstantResistance(2e-5),
            new PowerLawResistance(1e-5, 300, 3),
            contact,
            new ThinLayer(50e-6, new ConstantConductivity(4)),
        };
        ThermalProblem p = new ThermalProblem(mesh, MaterialLibrary.builtIn());
        for (int i = 0; i < 5; i++) p.material("m" + i, material("m" + i, k[i]));
        for (int i = 0; i < 4; i++) p.interfaceBetweenRegions(names[i], names[i + 1], models[i]);
        double tBottom = 350;
        double tTop = 250;
        p.boundary("zmin", BoundaryCondition.FixedTemperature.of(tBottom));
        p.boundary("zmax", BoundaryCondition.FixedTemperature.of(tTop));
        SteadyResult r = new SteadySolver().solve(p);

        // Reference: march up the stack for a given flux, solving each interface's implicit jump,
        // and find the flux that reaches tTop (bisection; independent of the finite-volume code).
        double area = 1e-4;
        DoubleUnaryOperator topFor = q -> {
            double t = tBottom;
            for (int i = 0; i < 5; i++) {
                t -= q * thickness[i] / k[i];
                if (i < 4) {
                    double t2 = t - q * models[i].resistance(t, t);
                    for (int it = 0; it < 200; it++) t2 = t - q * models[i].resistance(t, t2);
                    t = t2;
                }
            }
            return t;
        };
        double bulk = 0;
        for (int i = 0; i < 5; i++) bulk += thickness[i] / k[i];
        double lo = 0;
        double hi = (tBottom - tTop) / bulk; // interfaces only add resistance
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (topFor.applyAsDouble(mid) > tTop) lo = mid;
            else hi = mid;
        }
        double q = 0.5 * (lo + hi);
        assertEquals(q * area, r.patchOutflow("zmax"), 1e-9 * q * area);
        double seriesR = (tBottom - tTop) / q;
        double solverR = (tBottom - tTop) / (r.patchOutflow("zmax") / area);
        assertEquals(seriesR, solverR, 1e-9 * seriesR, "series resistance m²K/W");
        assertEquals(1007, 1 / contact.resistance(0, 0), 1, "docs/PHYSICS.md §5 check value");
        assertTrue(r.picardIterations() > 1, "the power-law interface makes the problem nonlinear");
        assertTrue(r.energyBalance().relative() < 1e-9, "balance " + r.energyBalance());
    }

    /** N cubic grains of size d in a bar, each boundary with resistance R: k_eff = L/(L/k₀ + (N−1)R). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 10, 25})
    void aBarOfCubicGrainsHasTheExactEffectiveConductivity(int grains) {
        double d = 1e-6;
        double length = grains * d;
        double k0 = 150;
        double rGb = 2e-9;
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, length, 4 * grains),
                GridLines.uniform(0, d, 2), GridLines.uniform(0, d, 3)));
        b.fill(b.addRegion("bar", "si"), Box.everywhere());
        b.grains(RegularGrains.cubes(d));
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("si", material("si", k0))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(310))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(300));
        if (grains > 1) p.grainBoundaries("bar", new ConstantResistance(rGb));
        SteadyResult r = new SteadySolver().solve(p);
        double kEff = r.patchOutflow("xmax") * length / (d * d * 10);
        double exact = length / (length / k0 + (grains - 1) * rGb);
        assertEquals(exact, kEff, 1e-10 * exact);
        if (grains > 1) {
            SteadyResult.GrainBoundaryStats gb = r.grainBoundaries().get(0);
            assertEquals(1 / rGb, gb.h(), 1e-6 / rGb);
        }
    }

    /** An anisotropic slab conducts along each axis with that axis's k. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void anAnisotropicSlabGivesTheExactFluxAlongEachAxis(int axis) {
        double[] k = {10, 2, 0.5};
        double[] len = {0.02, 0.03, 0.01};
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, len[0], 5),
                GridLines.geometric(0, len[1], 4, 1.5), GridLines.uniform(0, len[2], 3)));
        b.fill(b.addRegion("slab", "graphite"), Box.everywhere());
        String[] lo = {"xmin", "ymin", "zmin"};
        String[] hi = {"xmax", "ymax", "zmax"};
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("graphite", new Material("graphite", new AnisotropicConductivity(k[0], k[1], k[2]), "test"))
                .boundary(lo[axis], BoundaryCondition.FixedTemperature.of(320))
                .boundary(hi[axis], BoundaryCondition.FixedTemperature.of(300));
        SteadyResult r = new SteadySolver().solve(p);
        double area = len[0] * len[1] * len[2] / len[axis];
        assertEquals(k[axis] * 20 / len[axis] * area, r.patchOutflow(hi[axis]), 1e-10 * k[axis] * 20 / len[axis] * area);
    }

    /**
     * docs/PHYSICS.md §2: a surface losing 100 W/m² to a He II bath at 1.8 K through R·T³ = 0.01054 K⁴m²/W
     * sits at (T_b⁴ + 4aq)^¼ = 1.9585 K; the linearised jump would give 0.1807 K.
     */
    @Test
    void theNonlinearCryogenicJumpIsExact() {
        double a = 0.01054;
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 1e-3, 8)));
        b.fill(b.addRegion("kapton", "kapton"), Box.everywhere());
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("kapton", material("kapton", 0.05))
                .boundary("xmin", new BoundaryCondition.HeatFlux(100))
                .boundary("xmax", new BoundaryCondition.FixedTemperature(
                        org.kapitza.boundary.ScalarField.constant(1.8), OneWayFluxInterface.fromRT3(a)));
        SteadyResult r = new SteadySolver().solve(p);
        Mesh m = r.mesh();
        int f = m.patchFace(m.patchIndex("xmax"), 0);
        double surface = r.surfaceTemperature(f);
        assertEquals(Math.pow(Math.pow(1.8, 4) + 4 * a * 100, 0.25), surface, 1e-9);
        assertEquals(1.9585, surface, 5e-5);
        assertEquals(100, r.patchOutflow("xmax"), 1e-9);
        double linearised = a / Math.pow(1.8, 3) * 100;
        assertEquals(0.1807, linearised, 5e-5);
        assertTrue(linearised / (surface - 1.8) > 1.13, "the linearised jump is 14 % too large");
    }
}
