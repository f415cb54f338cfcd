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
        String nist = "NIST cryogenic fits (Marquardt et al. 2000)";
        lib.put(new Material("copper-rrr50", NistCryogenicFit.COPPER_RRR50, nist, NistSpecificHeat.COPPER));
        lib.put(new Material("copper-rrr100", NistCryogenicFit.COPPER_RRR100, nist, NistSpecificHeat.COPPER));
        lib.put(new Material("copper-rrr300", NistCryogenicFit.COPPER_RRR300, nist, NistSpecificHeat.COPPER));
        lib.put(new Material("al-6061-t6", NistCryogenicFit.ALUMINIUM_6061_T6, nist, NistSpecificHeat.ALUMINIUM_6061_T6));
        lib.put(new Material("stainless-304", NistCryogenicFit.STAINLESS_304, nist, NistSpecificHeat.STAINLESS_304));
        lib.put(new Material("g10", NistCryogenicFit.G10_NORMAL, nist + ", normal to the cloth", NistSpecificHeat.G10));
        return lib;
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
