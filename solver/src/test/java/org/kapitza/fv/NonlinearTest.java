package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.InputException;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.boundary.ScalarField;
import org.kapitza.interfaces.ContactConductance;
import org.kapitza.interfaces.OneWayFluxInterface;
import org.kapitza.interfaces.PowerLawResistance;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.mesh.stack.Footprint;
import org.kapitza.mesh.stack.Layer;
import org.kapitza.mesh.stack.LayerStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Temperature-dependent conductivities and interface laws. */
class NonlinearTest {

    /**
     * A copper stage on a 50 mm stainless standoff from a 300 K flange, sitting through a T⁻³ Kapitza
     * law on a 2 K helium bath, with a heat load: k(T) from the NIST fits over 2–300 K, a contact with
     * k_s from the materials, and the one-way-flux law.
     */
    private static ThermalProblem cryostat(double load) {
        Mesh m = LayerStack.builder().base(0.02, 0.02).baseCells(8, 8)
                .layer(Layer.of("stage", "copper-rrr300", 5e-3, 5))
                .layer(Layer.of("standoff", "stainless-304", 50e-3, 30).on(Footprint.centred(4e-3, 4e-3)))
                .layer(Layer.of("flange", "stainless-304", 5e-3, 3))
                .build().mesh();
        return new ThermalProblem(m, MaterialLibrary.builtIn())
                .interfaceBetweenRegions("stage", "standoff",
                        new ContactConductance(Double.NaN, 1e-6, 1e-6, 0.1, 0.1, 1e9, 1e6, null, 0))
                .boundary("flange.top", BoundaryCondition.FixedTemperature.of(300))
                .boundary("stage.bottom", new BoundaryCondition.FixedTemperature(ScalarField.constant(2.0),
                        OneWayFluxInterface.fromRT3(0.01)))
                .boundary("stage.sides", new BoundaryCondition.TotalPower(load));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 1, 10})
    void aCryostatFrom300KTo2KConvergesWithoutTuning(double load) {
        SteadyResult r = new SteadySolver().solve(cryostat(load));
        assertTrue(r.picardIterations() <= 15, "Newton iterations: " + r.picardIterations());
        assertTrue(r.energyBalance().relative() < 1e-9, "balance " + r.energyBalance());
        // Everything that enters (load + conduction down the standoff) leaves into the bath.
        double bath = r.patchOutflow("stage.bottom");
        double flange = -r.patchOutflow("flange.top");
        assertEquals(load + flange, bath, 1e-9 * (load + flange));
        SteadyResult.RegionStats stage = r.regions().get(0);
        assertTrue(stage.min() > 2 && stage.max() < 10, "stage between the bath and a few kelvin: " + stage);
    }

    /** A stainless bar between 300 K and 77 K through a power-law joint: mildly nonlinear. */
    private static ThermalProblem bar(double rRef) {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 0.1, 20)));
        b.fill(b.addRegion("warm", "stainless-304"), new Box(0, 0.05, -1, 2, -1, 2));
        b.fill(b.addRegion("cold", "stainless-304"), new Box(0.05, 0.1, -1, 2, -1, 2));
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .interfaceBetweenRegions("warm", "cold", new PowerLawResistance(rRef, 10, 3))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(300))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(77));
    }

    @Test
    void newtonAndPicardAgreeWhereBothConverge() {
        SteadyResult newton = new SteadySolver().solve(bar(1e-3));
        SteadyResult picard = new SteadySolver(SolverSettings.defaults().withNonlinearMethod("picard")).solve(bar(1e-3));
        Mesh m = newton.mesh();
        for (int c = 0; c < m.cellCount(); c++) {
            assertEquals(newton.temperature(c), picard.temperature(c), 1e-7 * newton.temperature(c));
        }
        assertEquals(newton.patchOutflow("xmax"), picard.patchOutflow("xmax"), 1e-7 * newton.patchOutflow("xmax"));
        assertTrue(newton.picardIterations() <= picard.picardIterations(),
                newton.picardIterations() + " Newton vs " + picard.picardIterations() + " Picard iterations");
    }

    @Test
    void temperaturesOutsideAFitsRangeWarnOrAreRefusedWhenStrict() {
        SteadyResult r = new SteadySolver().solve(cryostat(0.01));
        List<String> w = new ArrayList<>(r.warnings());
        assertTrue(w.stream().anyMatch(s -> s.contains("region 'stage'") && s.contains("outside the validity range 4–300 K")),
                w.toString());
        InputException e = assertThrows(InputException.class,
                () -> new SteadySolver(SolverSettings.defaults().withStrictRanges(true)).solve(cryostat(0.01)));
        assertTrue(e.getMessage().contains("strict"), e.getMessage());
    }

    @Test
    void aPowerLawUsedBeyondSmallJumpsIsFlagged() {
        SteadyResult small = new SteadySolver().solve(bar(1e-6));
        assertTrue(small.warnings().isEmpty(), small.warnings().toString());
        SteadyResult large = new SteadySolver().solve(bar(20));
        assertTrue(large.warnings().stream().anyMatch(s -> s.contains("warm|cold") && s.contains("one-way-flux")),
                large.warnings().toString());
    }
}
