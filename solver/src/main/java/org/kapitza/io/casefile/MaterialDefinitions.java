package org.kapitza.io.casefile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kapitza.InputException;
import org.kapitza.material.AnisotropicConductivity;
import org.kapitza.material.Conductivity;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.material.PowerLawConductivity;
import org.kapitza.material.TabulatedConductivity;

/** Adds the materials of a {@code materials:} list (case file or material-library file) to a library. */
public final class MaterialDefinitions {
    private MaterialDefinitions() {
    }

    /**
     * @param specs   the entries, in order (later ones may use earlier ones with {@code like})
     * @param at      the file they come from, for errors
     * @param library the library to add to
     */
    public static void define(List<MaterialSpec> specs, CaseFileReader.Located<?> at, MaterialLibrary library) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            MaterialSpec m = specs.get(i);
            String path = "materials[" + i + "]";
            if (!seen.add(m.name())) throw at.error(path + ".name", "material '" + m.name() + "' is defined twice");
            if ((m.like() == null) == (m.k() == null)) {
                throw at.error(path, "give either 'like' (a built-in material to rename) or 'k' (a conductivity)");
            }
            if (m.like() != null) {
                try {
                    library.put(library.get(m.like()).named(m.name()));
                } catch (InputException e) {
                    throw at.error(path + ".like", e.getMessage());
                }
                continue;
            }
            Conductivity k;
            try {
                k = conductivity(m.k(), path + ".k", at);
            } catch (CaseFileException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw at.error(path + ".k", e.getMessage());
            }
            library.put(new Material(m.name(), k, m.source() != null ? m.source() : "defined in " + at.path().getFileName()));
        }
    }

    private static Conductivity conductivity(MaterialSpec.ConductivitySpec k, String path, CaseFileReader.Located<?> at) {
        if (k.constant() != null) return new ConstantConductivity(k.constant());
        if (k.anisotropic() != null) {
            return new AnisotropicConductivity(k.anisotropic().x(), k.anisotropic().y(), k.anisotropic().z());
        }
        if (k.powerLaw() != null) {
            MaterialSpec.PowerLaw p = k.powerLaw();
            if (p.range().size() != 2) {
                throw at.error(path + ".power_law.range", "needs two values [lowest K, highest K], got " + p.range());
            }
            return new PowerLawConductivity(p.kRef(), p.tRef(), p.exponent(), p.range().get(0), p.range().get(1));
        }
        MaterialSpec.Table t = k.table();
        return new TabulatedConductivity(t.t().stream().mapToDouble(Double::doubleValue).toArray(),
                t.k().stream().mapToDouble(Double::doubleValue).toArray());
    }
}
