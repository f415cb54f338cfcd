package org.kapitza.io.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.phonon.AcousticLibrary;
import org.kapitza.phonon.AcousticProperties;

/**
 * The two libraries a case draws on: conductivities ({@link MaterialLibrary}) and the elastic and
 * electronic data of the predicted interface models ({@link AcousticLibrary}). Neither knows the other;
 * they meet only through material names, so a region of material {@code copper-rrr100} finds the
 * acoustic data stored under that name. Both are filled by the built-ins, then by the material files of
 * the {@code materials.path} setting, then by the case file's {@code materials}, later names shadowing
 * earlier ones.
 *
 * @param materials conductivities by name
 * @param acoustic  acoustic and electron data by name
 */
public record Libraries(MaterialLibrary materials, AcousticLibrary acoustic) {
    /**
     * Built-in materials whose phonon and electron data are those of their base metal. The NIST fits
     * describe one metal at different purities or tempers: purity sets the electrons' mean free path
     * (hence k at low T), not the density, sound speeds, Debye temperature or Fermi surface (changes
     * below 1 %). 6061-T6 is 97 % aluminium; its sound speeds lie within about 2 % of pure aluminium's
     * (CRC Handbook: c_L 6.32 vs 6.42 km/s).
     */
    public static final Map<String, String> BASE_METALS = baseMetals();

    private static Map<String, String> baseMetals() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("copper-rrr50", "copper");
        m.put("copper-rrr100", "copper");
        m.put("copper-rrr300", "copper");
        m.put("al-6061-t6", "aluminium");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The built-in materials and acoustic data, with the NIST materials aliased to their base metals. */
    public static Libraries builtIn() {
        Libraries lib = new Libraries(MaterialLibrary.builtIn(), AcousticLibrary.builtIn());
        for (Map.Entry<String, String> e : BASE_METALS.entrySet()) lib.alias(e.getKey(), e.getValue());
        return lib;
    }

    /** Stores the acoustic data of {@code base} under {@code name} too, saying so in its source. */
    public void alias(String name, String base) {
        AcousticProperties p = acoustic.get(base);
        acoustic.put(new AcousticProperties(name, p.density(), p.longitudinalSpeed(), p.transverseSpeed(),
                p.debyeTemperature(), p.molarMass(), p.atomsPerFormulaUnit(), p.electrons(),
                "as " + base + ": " + p.source()));
    }
}
