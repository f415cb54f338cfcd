package org.kapitza.phonon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kapitza.material.MaterialLibrary;

/** The material data behind the interface models, and the two cutoff conventions. */
class AcousticLibraryTest {
    private final AcousticLibrary lib = AcousticLibrary.builtIn();

    @Test
    void theLibraryHoldsThePhysicsMdMaterialsUnderKapitzasNames() {
        List<String> names = List.of("aluminium", "copper", "gold", "lead", "silicon", "fused-silica", "diamond",
                "sapphire", "gan", "helium-4");
        assertTrue(lib.all().keySet().containsAll(names), lib.all().keySet().toString());
        // Every solid shares its name with an entry of the material library, so an interface between two
        // regions finds its acoustic data by the regions' material names.
        MaterialLibrary materials = MaterialLibrary.builtIn();
        for (String n : names) {
            if (!n.equals("helium-4")) assertTrue(materials.contains(n), n);
        }
        // docs/PHYSICS.md §4 values, spot checks.
        AcousticProperties si = lib.get("silicon");
        assertEquals(2329, si.density());
        assertEquals(8970, si.longitudinalSpeed());
        assertEquals(5332, si.transverseSpeed());
        assertEquals(645, si.debyeTemperature());
        assertEquals(28.0855e-3, si.molarMass(), 1e-15);
        assertEquals(5, lib.get("sapphire").atomsPerFormulaUnit());
        assertTrue(lib.get("helium-4").isLiquid());
        assertEquals(1, lib.get("helium-4").branchSpeeds().length);
    }

    @Test
    void atomDensityCountsEveryAtomOfTheFormulaUnit() {
        // Silicon: 8 atoms in a cube of a = 5.431 Å gives 4.994e28 m⁻³ (Kittel, Table 1.1 lattice constant).
        assertEquals(8 / Math.pow(5.431e-10, 3), lib.get("silicon").atomDensity(), 1e-3 * 4.994e28);
        // Al₂O₃: 5 atoms per 101.96 g/mol at 3980 kg/m³.
        assertEquals(3980 / 101.96e-3 * PhysicalConstants.AVOGADRO * 5, lib.get("sapphire").atomDensity(), 1e14);
    }

    @Test
    void theSommerfeldCoefficientIsConvertedFromPerMoleToPerVolume() {
        // Kittel Table 6.3: Cu γ = 0.695 mJ mol⁻¹ K⁻²; per volume γ ρ/M = 0.695e-3 × 8960 / 63.55e-3.
        ElectronProperties cu = lib.get("copper").electrons();
        assertEquals(0.695e-3 * 8960 / 63.55e-3, cu.sommerfeldPerVolume(), 1e-12);
        assertEquals(97.99, cu.sommerfeldPerVolume(), 0.01);
        assertEquals(1.57e6, cu.fermiVelocity());
        assertTrue(cu.source().contains("per volume"), cu.source());
        assertTrue(lib.get("aluminium").isMetal() && lib.get("gold").isMetal() && lib.get("lead").isMetal());
        assertFalse(lib.get("silicon").isMetal());
    }

    @Test
    void conventionAUsesOneDebyeFrequencyAndConventionBOnePerBranch() {
        AcousticProperties al = lib.get("aluminium");
        double wd = PhysicalConstants.BOLTZMANN * 428 / PhysicalConstants.HBAR;
        double[] a = Cutoff.DEBYE_TEMPERATURE.frequencies(al);
        assertEquals(3, a.length);
        for (double w : a) assertEquals(wd, w, 1e-12 * wd);
        double kd = Math.cbrt(6 * Math.PI * Math.PI * al.atomDensity());
        double[] b = Cutoff.PER_BRANCH.frequencies(al);
        assertEquals(6420 * kd, b[0], 1e-12 * b[0]);
        assertEquals(3040 * kd, b[1], 1e-12 * b[1]);
        assertEquals(b[1], b[2]);
        assertEquals(Cutoff.PER_BRANCH, Cutoff.byName("b"));
        assertEquals(Cutoff.DEBYE_TEMPERATURE, Cutoff.byName("A"));
        assertTrue(Cutoff.PER_BRANCH.label().contains("cutoff B"));
        assertThrows(IllegalArgumentException.class, () -> Cutoff.byName("C"));
    }

    @Test
    void aLiquidsDebyeTemperatureIsThatOfItsOneBranchSoTheConventionsAgree() {
        AcousticProperties he = lib.get("helium-4");
        assertEquals(Cutoff.PER_BRANCH.frequencies(he)[0], Cutoff.DEBYE_TEMPERATURE.frequencies(he)[0],
                1e-12 * he.debyeFrequency());
        // n = 145.1 kg/m³ / 4.0026 g/mol → k_D ≈ 1.09 Å⁻¹ and Θ ≈ 19.8 K.
        assertEquals(19.83, he.debyeTemperature(), 0.01);
    }

    @Test
    void unknownMaterialsAreNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lib.get("coper"));
        assertTrue(e.getMessage().contains("'coper'") && e.getMessage().contains("did you mean 'copper'")
                && e.getMessage().contains("sapphire") && e.getMessage().contains("helium-4"), e.getMessage());
    }

    @Test
    void usersAddAndRenameEntries() {
        AcousticLibrary mine = AcousticLibrary.builtIn();
        mine.put(mine.get("copper").named("copper-rrr100"));
        mine.put(AcousticProperties.solid("germanium", 5323, 4920, 2980, 374, 72.63, 1, "user"));
        assertEquals(8960, mine.get("copper-rrr100").density());
        assertEquals(374, mine.get("germanium").debyeTemperature());
        assertFalse(lib.contains("germanium"), "the built-in library is not shared");
        assertThrows(IllegalArgumentException.class,
                () -> AcousticProperties.solid("bad", 1000, 3000, 3500, 300, 10, 1, "c_T above c_L"));
        assertThrows(IllegalArgumentException.class,
                () -> AcousticProperties.solid("bad", -1, 3000, 2000, 300, 10, 1, "negative density"));
    }
}
