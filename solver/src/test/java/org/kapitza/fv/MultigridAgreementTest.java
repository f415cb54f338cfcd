package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.PowerLawResistance;
import org.kapitza.interfaces.ResistanceDistribution;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.mesh.RegularGrains;
import org.kapitza.mesh.Shape;
import org.kapitza.mesh.VoronoiGrains;
import org.kapitza.mesh.stack.Footprint;
import org.kapitza.mesh.stack.Layer;
import org.kapitza.mesh.stack.LayerStack;
import org.kapitza.source.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Multigrid-preconditioned CG returns the solution Jacobi-preconditioned CG returns, on the kinds of
 * problem the steady-solver verification uses: a 1D jump, grains in a bar, a tilted interface, a
 * stack of different footprints with a nonlinear interface, and a 1000-grain polycrystal with
 * per-boundary random resistances and mixed boundary conditions. Both solve to a relative residual
 * of 1e-12; the temperatures must then agree to 1e-9 of the temperature span, far below anything a
 * wrong preconditioner (one that changed the converged answer, or stopped early) would give.
 */
class MultigridAgreementTest {

    private static Material material(String name, double k) {
        return new Material(name, new ConstantConductivity(k), "test");
    }

    private static ThermalProblem twoSlabs() {
        // 1000 cells: more than the 400 a dense coarsest level takes, so the multigrid has levels to get wrong.
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 1, 1000)));
        b.fill(b.addRegion("left", "a"), new Box(0, 0.5, -1, 2, -1, 2));
        b.fill(b.addRegion("right", "b"), new Box(0.5, 1, -1, 2, -1, 2));
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("a", material("a", 10)).material("b", material("b", 2))
                .interfaceBetweenRegions("left", "right", new ConstantResistance(0.1))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(400))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(300));
    }

    private static ThermalProblem grainBar() {
        double d = 1e-6;
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 12 * d, 48),
                GridLines.uniform(0, 2 * d, 6), GridLines.uniform(0, d, 3)));
        b.fill(b.addRegion("bar", "si"), Box.everywhere());
        b.grains(RegularGrains.cubes(d));
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("si", material("si", 150))
                .grainBoundaries("bar", new ConstantResistance(2e-8))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(310))
                .boundary("xmax", new BoundaryCondition.Convection(1e7, 300));
    }

    private static ThermalProblem tiltedInterface() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 1, 18), GridLines.geometric(0, 1, 16, 1.05),
                GridLines.uniform(0, 1, 14)));
        b.fill(b.addRegion("a", "ma"), Box.everywhere());
        b.fill(b.addRegion("b", "mb"), Shape.halfSpace(0.5, 0.5, 0.5, 1.0, 0.6, 0.35));
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("ma", material("ma", 1)).material("mb", material("mb", 40))
                .interfaceBetweenRegions("a", "b", new ConstantResistance(0.5))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(100))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(20))
                .source(new Source.Total("a", 30));
    }

    private static ThermalProblem footprintStack() {
        MeshBuilder b = LayerStack.builder().base(0.02, 0.02).baseCells(24, 24)
                .layer(Layer.of("sink", "copper", 3e-3, 6))
                .layer(Layer.of("spreader", "copper", 1e-3, 4).on(Footprint.centred(0.012, 0.012)))
                .layer(Layer.of("die", "silicon", 0.3e-3, 3).on(Footprint.centred(0.006, 0.006)))
                .build().meshBuilder();
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .interfaceBetweenRegions("sink", "spreader", new PowerLawResistance(2e-5, 300, 3))
                .interfaceBetweenRegions("spreader", "die", new ConstantResistance(1e-5))
                .boundary("sink.bottom", new BoundaryCondition.Convection(3000, 300))
                .boundary("die.top", new BoundaryCondition.TotalPower(20));
    }

    private static ThermalProblem polycrystal() {
        MeshBuilder b = LayerStack.builder().base(1e-3, 1e-3).baseCells(26, 26)
                .layer(Layer.of("copper", "copper", 0.3e-3, 8))
                .layer(Layer.of("film", "silicon", 0.4e-3, 10))
                .layer(Layer.of("glass", "glass", 0.3e-3, 8))
                .build().meshBuilder();
        b.grains(VoronoiGrains.ofCount(1000).seed(42).inRegions("film"));
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .interfaceBetweenRegions("copper", "film", new ConstantResistance(1e-6))
                .interfaceBetweenRegions("film", "glass", new ConstantResistance(1e-6))
                .grainBoundaries("film", new ResistanceDistribution(ResistanceDistribution.Kind.LOGNORMAL, 5e-7, 2e-7, 9))
                .boundary("zmin", BoundaryCondition.FixedTemperature.of(300))
                .boundary("xmax", new BoundaryCondition.Convection(5e4, 290))
                .boundary("zmax", new BoundaryCondition.HeatFlux(1e6))
                .source(new Source.Total("film", 0.2));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("two slabs", (Supplier<ThermalProblem>) MultigridAgreementTest::twoSlabs),
                Arguments.of("grains in a bar", (Supplier<ThermalProblem>) MultigridAgreementTest::grainBar),
                Arguments.of("tilted interface", (Supplier<ThermalProblem>) MultigridAgreementTest::tiltedInterface),
                Arguments.of("stack of footprints", (Supplier<ThermalProblem>) MultigridAgreementTest::footprintStack),
                Arguments.of("1000-grain polycrystal", (Supplier<ThermalProblem>) MultigridAgreementTest::polycrystal));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void multigridAndJacobiGiveTheSameTemperatures(String name, Supplier<ThermalProblem> problem) {
        SolverSettings base = SolverSettings.defaults().withLinearTolerance(1e-12);
        SteadyResult amg = new SteadySolver(base.withPreconditioner("amg")).solve(problem.get());
        SteadyResult jacobi = new SteadySolver(base.withPreconditioner("jacobi")).solve(problem.get());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double worst = 0;
        var mesh = amg.mesh();
        for (int c = 0; c < mesh.cellCount(); c++) {
            if (!mesh.isActive(c)) continue;
            double t = jacobi.temperature(c);
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            worst = Math.max(worst, Math.abs(amg.temperature(c) - t));
        }
        double span = hi - lo;
        assertTrue(span > 1e-3, name + ": a problem with a temperature field (span " + span + " K)");
        assertTrue(worst <= 1e-9 * span, String.format(java.util.Locale.ROOT,
                "%s: multigrid and Jacobi differ by %.3e K (span %.3e K)", name, worst, span));
        // Multigrid earns its place: on the 3D problems it needs far fewer iterations.
        if (mesh.cellCount() > 5000) {
            assertTrue(3 * amg.linearIterations() < jacobi.linearIterations(),
                    name + ": amg " + amg.linearIterations() + " vs jacobi " + jacobi.linearIterations() + " iterations");
        }
    }
}
