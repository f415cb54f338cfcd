package org.kapitza.phonon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;

/** The predicted interfaces as the solver sees them: binding by material name, the secant law, describe(). */
class PredictedInterfaceTest {
    private static final MaterialLibrary MATERIALS = MaterialLibrary.builtIn();
    private static final AcousticLibrary ACOUSTIC = AcousticLibrary.builtIn();

    private static InterfaceContext context(String a, String b) {
        return new InterfaceContext(material(a), material(b), 0);
    }

    private static Material material(String name) {
        return MATERIALS.contains(name) ? MATERIALS.get(name) : new Material(name, new ConstantConductivity(1), "test");
    }

    @Test
    void bindingLooksTheMaterialsUpByNameAndNamesModelAndCutoff() {
        PredictedInterface unbound = PredictedInterface.of("dmm", Cutoff.PER_BRANCH);
        assertTrue(unbound.describe().contains("dmm") && unbound.describe().contains("cutoff B"), unbound.describe());
        IllegalStateException notBound = assertThrows(IllegalStateException.class, () -> unbound.resistance(300, 300));
        assertTrue(notBound.getMessage().contains("not bound"), notBound.getMessage());

        InterfaceModel bound = unbound.bind(context("aluminium", "silicon"));
        assertTrue(bound.temperatureDependent());
        String d = bound.describe();
        assertTrue(d.contains("dmm") && d.contains("cutoff B") && d.contains("aluminium → silicon"), d);
        double h = DiffuseMismatch.spectrum(ACOUSTIC.get("aluminium"), ACOUSTIC.get("silicon"), Cutoff.PER_BRANCH).conductance(300);
        assertEquals(1 / h, bound.resistance(300, 300), 1e-6 / h);
        // Low T: R·T³ = 1.593e-3 K⁴m²/W (docs/PHYSICS.md §3).
        assertEquals(1.593e-3, bound.resistance(1, 1), 0.0005e-3);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> unbound.bind(context("copper-rrr100", "silicon")));
        assertTrue(e.getMessage().contains("'copper-rrr100'") && e.getMessage().contains("copper, gold"), e.getMessage());
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class, () -> PredictedInterface.of("dnm", Cutoff.PER_BRANCH));
        assertTrue(model.getMessage().contains("did you mean 'dmm'"), model.getMessage());
    }

    @Test
    void eachModelBindsAndTheCutoffConventionShowsAtRoomTemperature() {
        for (BoundaryModel m : BoundaryModel.values()) {
            String a = m == BoundaryModel.KHALATNIKOV ? "helium-4" : "aluminium";
            String b = "copper";
            for (Cutoff c : Cutoff.values()) {
                InterfaceModel bound = new PredictedInterface(m, c, ACOUSTIC).bind(context(a, b));
                double r = bound.resistance(4, 4);
                assertTrue(r > 0 && Double.isFinite(r), m.id());
                assertTrue(bound.describe().startsWith(m.id()), bound.describe());
                if (m.usesCutoff()) assertTrue(bound.describe().contains("cutoff " + c.letter()), bound.describe());
            }
        }
        // Cu/sapphire DMM at 300 K: convention B gives 2.8× the conductance of A (7.74e8 vs 2.74e8 W m⁻²K⁻¹).
        double ra = new PredictedInterface(BoundaryModel.DMM, Cutoff.DEBYE_TEMPERATURE, ACOUSTIC).bind(context("copper", "sapphire")).resistance(300, 300);
        double rb = new PredictedInterface(BoundaryModel.DMM, Cutoff.PER_BRANCH, ACOUSTIC).bind(context("copper", "sapphire")).resistance(300, 300);
        assertEquals(2.83, ra / rb, 0.01);
    }

    @Test
    void theElectronModelIsTheExactQuadraticFluxLaw() {
        InterfaceModel e = new PredictedInterface(BoundaryModel.ELECTRON_DMM, Cutoff.PER_BRANCH, ACOUSTIC).bind(context("aluminium", "copper"));
        double b = ElectronDiffuseMismatch.slope(ACOUSTIC.get("aluminium"), ACOUSTIC.get("copper"));
        // q = b (T₁² − T₂²)/2, so R = 2/(b (T₁ + T₂)) for any jump.
        assertEquals(2 / (b * 400), e.resistance(300, 100), 1e-15 * 2 / (b * 400));
        assertTrue(e.describe().contains("electron-dmm") && e.describe().contains("no phonon cutoff"), e.describe());
    }

    @Test
    void theSpinInterfaceAddsItsChannelsAndTheLatticeInParallel() {
        SpinTwoChannel spin = new SpinTwoChannel(0.5e-15, 0.7);
        InterfaceModel lattice = PredictedInterface.of("dmm", Cutoff.PER_BRANCH);
        InterfaceModel m = new SpinTwoChannelInterface(spin, lattice).bind(context("aluminium", "copper"));
        double hPhonon = DiffuseMismatch.spectrum(ACOUSTIC.get("aluminium"), ACOUSTIC.get("copper"), Cutoff.PER_BRANCH).conductance(300);
        double expected = PhysicalConstants.LORENZ * 300 / (0.5e-15 * (1 - 0.49)) + hPhonon;
        assertEquals(1 / expected, m.resistance(300, 300), 1e-6 / expected);
        assertTrue(m.describe().contains("spin-two-channel") && m.describe().contains("dmm"), m.describe());
        // Electrons alone, a 300 → 100 K jump: q = L₀(T₁² − T₂²)/(2AR*(1 − γ²)).
        InterfaceModel alone = new SpinTwoChannelInterface(spin, null);
        double q = PhysicalConstants.LORENZ * (300.0 * 300 - 100.0 * 100) / (2 * 0.5e-15 * 0.51);
        assertEquals(q, 200 / alone.resistance(300, 100), 1e-12 * q);
    }

    /**
     * A 1 µm Al film on 1 µm of Si between 20 K and 5 K, through the dmm interface: at these temperatures
     * the interface takes most of the drop, ΔT/T is of order one, and the converged face must carry
     * exactly q = E(T₁) − E(T₂) of the quadrature (docs/PHYSICS.md §2: apply the nonlinear law, not the
     * linearised jump).
     */
    @Test
    void theSolverConvergesOnTheExactNonlinearLaw() {
        MeshBuilder mb = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 2e-6, 20)));
        mb.fill(mb.addRegion("film", "aluminium"), new Box(0, 1e-6, -1, 2, -1, 2));
        mb.fill(mb.addRegion("substrate", "silicon"), new Box(1e-6, 2e-6, -1, 2, -1, 2));
        Mesh mesh = mb.build();
        ThermalProblem p = new ThermalProblem(mesh, MATERIALS)
                .interfaceBetweenRegions("film", "substrate", PredictedInterface.of("dmm", Cutoff.PER_BRANCH))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(20))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(5));
        SteadyResult r = new SteadySolver().solve(p);
        int f = mesh.faceStart(FaceClass.INTERFACE);
        assertEquals(f + 1, mesh.faceEnd(FaceClass.INTERFACE));
        boolean ownerIsFilm = mesh.regionName(mesh.region(mesh.owner(f))).equals("film");
        double[] t = r.sideTemperatures(f);
        double tFilm = ownerIsFilm ? t[0] : t[1];
        double tSub = ownerIsFilm ? t[1] : t[0];
        double q = (ownerIsFilm ? 1 : -1) * r.faceFlow(f) / mesh.area(f);
        assertTrue(tFilm - tSub > 10, "the interface takes most of the 15 K: " + tFilm + " → " + tSub);
        SpectrumConductance exact = (SpectrumConductance) BoundaryModel.DMM.exactLaw(ACOUSTIC.get("aluminium"),
                ACOUSTIC.get("silicon"), Cutoff.PER_BRANCH);
        double law = exact.emittedFlux(tFilm) - exact.emittedFlux(tSub);
        assertEquals(law, q, 1e-6 * law);
        // The linearised jump at the mean temperature would carry a different flux.
        double linear = exact.conductance(0.5 * (tFilm + tSub)) * (tFilm - tSub);
        assertTrue(Math.abs(linear / law - 1) > 0.05, "linearised " + linear + " vs " + law);
    }

    /**
     * A copper plate in a 1.8 K He II bath, 100 W/m² through its wetted face (the load of docs/PHYSICS.md §2's
     * check): the bath is a fixed-temperature boundary whose contact is the Khalatnikov model against
     * helium-4. Its binding sees copper on both sides, so side 2 is fixed to the bath medium.
     */
    @Test
    void aHeliumBathUsesKhalatnikovAgainstTheLiquid() {
        PredictedInterface bath = PredictedInterface.of("khalatnikov", Cutoff.PER_BRANCH).againstBath("helium-4");
        assertTrue(bath.describe().contains("bath of helium-4"), bath.describe());
        assertThrows(IllegalArgumentException.class, () -> PredictedInterface.of("khalatnikov", Cutoff.PER_BRANCH).againstBath("helium"));
        MeshBuilder mb = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 1e-3, 10)));
        mb.fill(mb.addRegion("plate", "copper"), new Box(0, 1e-3, -1, 2, -1, 2));
        Mesh mesh = mb.build();
        ThermalProblem p = new ThermalProblem(mesh, MATERIALS)
                .boundary("xmin", new BoundaryCondition.HeatFlux(100))
                .boundary("xmax", new BoundaryCondition.FixedTemperature(org.kapitza.boundary.ScalarField.constant(1.8), bath));
        SteadyResult r = new SteadySolver().solve(p);
        int f = mesh.patchFace(mesh.patchIndex("xmax"), 0);
        double ts = r.surfaceTemperature(f);
        SpectrumConductance exact = (SpectrumConductance) BoundaryModel.KHALATNIKOV.exactLaw(ACOUSTIC.get("copper"),
                ACOUSTIC.get("helium-4"), Cutoff.PER_BRANCH);
        assertEquals(100, exact.emittedFlux(ts) - exact.emittedFlux(1.8), 1e-6 * 100);
        assertEquals(100, r.boundaryOutflow(f) / mesh.area(f), 1e-9 * 100);
        // The T⁴ law with R·T³ = 0.1355 K⁴m²/W would give (1.8⁴ + 4·0.1355·100)^{1/4} = 2.836 K; the Debye
        // helium's 19.8 K cutoff already trims a few per cent off the conductance at 2.8 K: 2.898 K.
        assertEquals(2.898, ts, 0.001);
    }
}
