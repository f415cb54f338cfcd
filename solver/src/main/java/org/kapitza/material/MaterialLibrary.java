package org.kapitza.material;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kapitza.InputException;
import org.kapitza.Suggest;

/**
 * Materials by name: the built-in library plus any a case file defines. User definitions shadow
 * built-in names.
 *
 * <p>Room-temperature conductivities are for 300 K from the CRC Handbook of Chemistry and Physics
 * (thermal conductivity of the elements; of crystalline dielectrics); the cryogenic ones are the NIST
 * fits of {@link NistCryogenicFit}.
 */
public final class MaterialLibrary {
    private static final String CRC = "CRC Handbook of Chemistry and Physics, 300 K";
    private final Map<String, Material> materials = new LinkedHashMap<>();

    private MaterialLibrary() {
    }

    /** A library holding the built-in materials. */
    public static MaterialLibrary builtIn() {
        MaterialLibrary lib = new MaterialLibrary();
        // Room-temperature density (kg/m³) and specific heat (J/(kg·K)) from the CRC Handbook.
        lib.put(new Material("copper", new ConstantConductivity(401), CRC, HeatCapacity.constant(8960, 385)));
        lib.put(new Material("aluminium", new ConstantConductivity(237), CRC, HeatCapacity.constant(2700, 897)));
        lib.put(new Material("gold", new ConstantConductivity(317), CRC, HeatCapacity.constant(19300, 129)));
        lib.put(new Material("lead", new ConstantConductivity(35.3), CRC, HeatCapacity.constant(11340, 129)));
        lib.put(new Material("silicon", new ConstantConductivity(148), CRC, HeatCapacity.constant(2329, 705)));
        lib.put(new Material("diamond", new ConstantConductivity(2000), "type IIa single crystal, CRC Handbook",
                HeatCapacity.constant(3515, 509)));
        lib.put(new Material("sapphire", new ConstantConductivity(35), "Al2O3 single crystal along c, CRC Handbook",
                HeatCapacity.constant(3980, 761)));
        lib.put(new Material("gan", new ConstantConductivity(130), "wurtzite GaN, Ioffe database", HeatCapacity.constant(6150, 490)));
        lib.put(new Material("fused-silica", new ConstantConductivity(1.38), "amorphous SiO2, CRC Handbook",
                HeatCapacity.constant(2200, 740)));
        lib.put(new Material("glass", new ConstantConductivity(1.4), "borosilicate/soda-lime glass, typical",
                HeatCapacity.constant(2500, 840)));
        addPackaging(lib);
        String nist = "NIST cryogenic fits (Marquardt et al. 2000)";
        lib.put(new Material("copper-rrr50", NistCryogenicFit.COPPER_RRR50, nist, NistSpecificHeat.COPPER));
        lib.put(new Material("copper-rrr100", NistCryogenicFit.COPPER_RRR100, nist, NistSpecificHeat.COPPER));
        lib.put(new Material("copper-rrr300", NistCryogenicFit.COPPER_RRR300, nist, NistSpecificHeat.COPPER));
        lib.put(new Material("al-6061-t6", NistCryogenicFit.ALUMINIUM_6061_T6, nist, NistSpecificHeat.ALUMINIUM_6061_T6));
        lib.put(new Material("stainless-304", NistCryogenicFit.STAINLESS_304, nist, NistSpecificHeat.STAINLESS_304));
        lib.put(new Material("g10", NistCryogenicFit.G10_NORMAL, nist + ", normal to the cloth", NistSpecificHeat.G10));
        addCryogenic(lib);
        return lib;
    }

    /**
     * What chip packages and boards are made of. Room-temperature constants: these materials are used
     * near room temperature, where their k changes little; sources and spreads are in each source string.
     */
    private static void addPackaging(MaterialLibrary lib) {
        lib.put(new Material("sac305", new ConstantConductivity(58),
                "Sn-3.0Ag-0.5Cu solder: k from SAC305 preform data sheets (58 W/(m·K)), ρ 7380 kg/m³ (AIM SAC305"
                        + " data sheet), c_p by mass-weighted CRC element values",
                HeatCapacity.constant(7380, 230)));
        lib.put(new Material("indium", new ConstantConductivity(81.8),
                "CRC Handbook, 300 K (k rises steeply below ~50 K: give a table for cryogenic joints);"
                        + " c_p: NIST cryogenic fit, 4–295 K",
                NistSpecificHeat.INDIUM));
        lib.put(new Material("underfill", new ConstantConductivity(0.5),
                "silica-filled capillary underfill, typical of data sheets (0.3–0.7 W/(m·K)); ρ 1700 kg/m³,"
                        + " c_p 900 J/(kg·K) typical; use the product's data sheet when known",
                HeatCapacity.constant(1700, 900)));
        lib.put(new Material("mold-compound", new ConstantConductivity(0.9),
                "silica-filled epoxy moulding compound, typical of data sheets (0.6–1.0 W/(m·K)); ρ 1950 kg/m³,"
                        + " c_p 880 J/(kg·K) typical; use the product's data sheet when known",
                HeatCapacity.constant(1950, 880)));
        String fr4 = "FR-4 glass/epoxy laminate, Sarvar, Poole and Witting, J. Electron. Mater. 19, 1345 (1990):"
                + " 1.059 W/(m·K) in plane, 0.343 through; ρ 1850 kg/m³, c_p 1100 J/(kg·K) typical";
        HeatCapacity fr4c = HeatCapacity.constant(1850, 1100);
        lib.put(new Material("fr4", new AnisotropicConductivity(1.059, 1.059, 0.343), fr4 + "; z is the board normal",
                fr4c));
        lib.put(new Material("fr4-in-plane", new ConstantConductivity(1.059), fr4, fr4c));
        lib.put(new Material("fr4-through", new ConstantConductivity(0.343), fr4, fr4c));
        lib.put(new Material("aln", new ConstantConductivity(170),
                "sintered AlN substrate, typical data-sheet grade (140–230 W/(m·K) by grade); ρ 3260 kg/m³,"
                        + " c_p 740 J/(kg·K), CRC Handbook",
                HeatCapacity.constant(3260, 740)));
        lib.put(new Material("sic", new ConstantConductivity(370),
                "4H-SiC single crystal, Ioffe database (3.7 W/(cm·K)); ρ 3210 kg/m³, c_p 690 J/(kg·K), Ioffe",
                HeatCapacity.constant(3210, 690)));
        lib.put(new Material("thermal-grease", new ConstantConductivity(3),
                "silicone thermal grease, typical of data sheets (1–6 W/(m·K)); ρ 2500 kg/m³, c_p 800 J/(kg·K)"
                        + " typical; a thin grease layer is usually better given as an interface R = t/k",
                HeatCapacity.constant(2500, 800)));
    }

    /** NIST cryogenic fits of what cryostats are made of; see {@link NistCryogenicFit} for the pages. */
    private static void addCryogenic(MaterialLibrary lib) {
        String nist = "NIST cryogenic fits (trc.nist.gov/cryogenics/materials)";
        lib.put(new Material("al-1100", NistCryogenicFit.ALUMINIUM_1100, nist, NistSpecificHeat.ALUMINIUM_1100));
        lib.put(new Material("al-5083", NistCryogenicFit.ALUMINIUM_5083, nist, NistSpecificHeat.ALUMINIUM_5083));
        lib.put(new Material("brass", NistCryogenicFit.BRASS, nist + "; no NIST c_p fit: give rho and cp"));
        lib.put(new Material("ti-6al-4v", NistCryogenicFit.TI_6AL_4V, nist + "; no NIST c_p fit: give rho and cp"));
        lib.put(new Material("kapton", NistCryogenicFit.KAPTON, nist, NistSpecificHeat.KAPTON));
        lib.put(new Material("teflon", NistCryogenicFit.TEFLON, nist, NistSpecificHeat.TEFLON));
        lib.put(new Material("nylon", NistCryogenicFit.NYLON, nist, NistSpecificHeat.NYLON));
    }

    /** Adds or replaces a material. */
    public MaterialLibrary put(Material m) {
        materials.put(m.name(), m);
        return this;
    }

    public boolean contains(String name) {
        return materials.containsKey(name);
    }

    /**
     * The material of that name.
     *
     * @throws InputException naming the unknown material, the closest known name and the list
     */
    public Material get(String name) {
        Material m = materials.get(name);
        if (m == null) {
            throw new InputException("unknown material '" + name + "'" + Suggest.didYouMean(name, materials.keySet())
                    + "; built-in and defined materials: " + String.join(", ", materials.keySet()));
        }
        return m;
    }

    /** All materials, in definition order. */
    public Map<String, Material> all() {
        return Collections.unmodifiableMap(materials);
    }
}
