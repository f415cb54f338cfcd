package org.kapitza.phonon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kapitza.InputException;
import org.kapitza.Suggest;

/**
 * Elastic and electronic data by material name, for the interface models of this package. Names match
 * Kapitza's material library ({@link org.kapitza.material.MaterialLibrary}) where a material exists
 * there, so an interface model bound between two regions finds its data by the regions' material
 * names. Users add or replace entries with {@link #put}.
 *
 * <p>Built-in data are those of docs/PHYSICS.md §4: sound speeds from the CRC Handbook of Chemistry and
 * Physics ("Speed of sound in solids"), Debye temperatures from Kittel, Introduction to Solid State
 * Physics (8th ed., 2005), Table 5.1 ("~" values for the compounds: Ioffe database and docs/PHYSICS.md), GaN
 * from Polian, Grimsditch and Grzegory, J. Appl. Phys. 79 (1996) 3343. Liquid ⁴He at saturated vapour
 * pressure and T → 0: Donnelly and Barenghi, J. Phys. Chem. Ref. Data 27 (1998) 1217.
 *
 * <p>Electrons (Al, Cu, Au, Pb): observed Sommerfeld coefficients γ from Kittel Table 6.3 in
 * mJ mol⁻¹ K⁻², converted to J m⁻³ K⁻² as γ_mol ρ / M; free-electron Fermi velocities from Ashcroft and
 * Mermin, Solid State Physics (1976), Table 2.1.
 */
public final class AcousticLibrary {
    private static final String SOLIDS = "docs/PHYSICS.md §4: c_L, c_T from the CRC Handbook; Θ_D from Kittel Table 5.1";
    private static final String ELECTRONS = "γ: Kittel Table 6.3 (observed); v_F: Ashcroft & Mermin Table 2.1";

    private final Map<String, AcousticProperties> entries = new LinkedHashMap<>();

    private AcousticLibrary() {
    }

    /** An empty library, for users who bring all their own data. */
    public static AcousticLibrary empty() {
        return new AcousticLibrary();
    }

    /** The built-in materials of docs/PHYSICS.md §4. */
    public static AcousticLibrary builtIn() {
        AcousticLibrary lib = new AcousticLibrary();
        lib.put(metal(AcousticProperties.solid("aluminium", 2700, 6420, 3040, 428, 26.98, 1, SOLIDS), 1.35e-3, 2.03e6));
        lib.put(metal(AcousticProperties.solid("copper", 8960, 4760, 2325, 343, 63.55, 1, SOLIDS), 0.695e-3, 1.57e6));
        lib.put(metal(AcousticProperties.solid("gold", 19300, 3240, 1200, 165, 196.97, 1, SOLIDS), 0.729e-3, 1.40e6));
        lib.put(metal(AcousticProperties.solid("lead", 11340, 2160, 700, 105, 207.2, 1, SOLIDS), 2.98e-3, 1.83e6));
        lib.put(AcousticProperties.solid("silicon", 2329, 8970, 5332, 645, 28.0855, 1, SOLIDS));
        lib.put(AcousticProperties.solid("fused-silica", 2200, 5968, 3764, 490, 60.08, 3,
                "docs/PHYSICS.md §4: amorphous SiO₂, CRC Handbook sound speeds, Θ_D ≈ 490 K"));
        lib.put(AcousticProperties.solid("diamond", 3515, 17500, 12800, 2230, 12.011, 1, SOLIDS));
        lib.put(AcousticProperties.solid("sapphire", 3980, 10555, 6036, 1047, 101.96, 5,
                "docs/PHYSICS.md §4: α-Al₂O₃, CRC Handbook sound speeds, Θ_D ≈ 1047 K"));
        lib.put(AcousticProperties.solid("gan", 6150, 8045, 4132, 600, 83.73, 2,
                "docs/PHYSICS.md §4: wurtzite GaN, Polian et al. 1996 sound speeds, Θ_D ≈ 600 K (Ioffe database)"));
        lib.put(AcousticProperties.liquid("helium-4", 145.1, 238.3, 4.0026,
                "docs/PHYSICS.md §4: liquid ⁴He at SVP, T → 0 (Donnelly & Barenghi 1998)"));
        return lib;
    }

    private static AcousticProperties metal(AcousticProperties m, double gammaPerMole, double fermiVelocity) {
        return m.withElectrons(ElectronProperties.fromMolar(gammaPerMole, m.density(), m.molarMass(), fermiVelocity,
                ELECTRONS));
    }

    /** Adds or replaces an entry (by its name). */
    public AcousticLibrary put(AcousticProperties p) {
        entries.put(p.name(), p);
        return this;
    }

    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /**
     * The entry of that name.
     *
     * @throws InputException (an IllegalArgumentException) naming the material, the closest known name
     *                        and every known one
     */
    public AcousticProperties get(String name) {
        AcousticProperties p = entries.get(name);
        if (p == null) {
            throw new InputException("no acoustic data for material '" + name + "'"
                    + Suggest.didYouMean(name, entries.keySet()) + "; known: " + String.join(", ", entries.keySet())
                    + ". Add its density, sound speeds, Debye temperature and molar mass to the acoustic library");
        }
        return p;
    }

    /** All entries in insertion order. */
    public Map<String, AcousticProperties> all() {
        return Collections.unmodifiableMap(entries);
    }
}
