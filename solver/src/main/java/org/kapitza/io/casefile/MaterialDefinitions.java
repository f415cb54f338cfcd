package org.kapitza.io.casefile;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kapitza.InputException;
import org.kapitza.material.AnisotropicConductivity;
import org.kapitza.material.Conductivity;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;
import org.kapitza.material.TabulatedHeatCapacity;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.material.PowerLawConductivity;
import org.kapitza.material.TabulatedConductivity;
import org.kapitza.phonon.AcousticProperties;
import org.kapitza.phonon.ElectronProperties;

/**
 * Adds the materials of a {@code materials:} list (case file or material-library file) to the
 * libraries: conductivities to the material library, {@code acoustic} data to the acoustic library.
 */
public final class MaterialDefinitions {
    /** Lightest and heaviest plausible formula unit (kg/mol): hydrogen's atom, and far beyond any crystal's cell. */
    private static final double LIGHTEST_MOLAR_MASS = 1e-3;
    private static final double HEAVIEST_MOLAR_MASS = 1.0;

    private MaterialDefinitions() {
    }

    /**
     * @param specs     the entries, in order (later ones may use earlier ones with {@code like})
     * @param at        the file they come from, for errors
     * @param libraries the libraries to add to
     */
    public static void define(List<MaterialSpec> specs, CaseFileReader.Located<?> at, Libraries libraries) {
        MaterialLibrary library = libraries.materials();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            MaterialSpec m = specs.get(i);
            String path = "materials[" + i + "]";
            if (!seen.add(m.name())) throw at.error(path + ".name", "material '" + m.name() + "' is defined twice");
            String source = m.source() != null ? m.source() : "defined in " + at.path().getFileName();
            if (m.like() != null && m.k() != null) {
                throw at.error(path, "give either 'like' (a built-in material to rename) or 'k' (a conductivity), not both");
            }
            if (m.like() == null && m.k() == null && m.acoustic() == null) {
                throw at.error(path, "give 'like' (a built-in material to rename) or 'k' (a conductivity), optionally with"
                        + " 'acoustic' data; an entry with only 'acoustic' data defines a medium that is not meshed (a bath)");
            }
            if (m.acoustic() != null) {
                libraries.acoustic().put(acoustic(m.acoustic(), m.name(), source, path + ".acoustic", at));
            }
            HeatCapacity capacity = heatCapacity(m, path, at);
            if (m.like() != null) {
                try {
                    Material base = library.get(m.like()).named(m.name());
                    library.put(capacity == null ? base : base.withHeatCapacity(capacity));
                } catch (InputException e) {
                    throw at.error(path + ".like", e.getMessage());
                }
                // Loosely coupled by name: the renamed material keeps its base's acoustic data, if any.
                if (m.acoustic() == null && libraries.acoustic().contains(m.like())) libraries.alias(m.name(), m.like());
                continue;
            }
            if (m.k() == null) continue;
            Conductivity k;
            try {
                k = conductivity(m.k(), path + ".k", at);
            } catch (CaseFileException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw at.error(path + ".k", e.getMessage());
            }
            library.put(new Material(m.name(), k, source, capacity));
        }
    }

    /** ρ c_p from 'rho' and 'cp' (both or neither), or null. */
    private static HeatCapacity heatCapacity(MaterialSpec m, String path, CaseFileReader.Located<?> at) {
        if (m.rho() == null && m.cp() == null) return null;
        if (m.like() == null && m.k() == null) {
            throw at.error(path + (m.rho() != null ? ".rho" : ".cp"), "'rho' and 'cp' belong to a material that is meshed"
                    + " (with 'like' or 'k'); an entry with only 'acoustic' data is a bath medium");
        }
        if (m.rho() == null || m.cp() == null) {
            throw at.error(path + (m.rho() == null ? ".cp" : ".rho"), "a transient run needs the heat capacity per volume:"
                    + " give both 'rho' (kg/m^3) and 'cp' (J/kg/K, or {table: {T: [...], cp: [...]}})");
        }
        try {
            if (m.cp().constant() != null) return HeatCapacity.constant(m.rho(), m.cp().constant());
            MaterialSpec.SpecificHeatTable t = m.cp().table();
            return new TabulatedHeatCapacity(m.rho(), t.t().stream().mapToDouble(Double::doubleValue).toArray(),
                    t.cp().stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
            throw at.error(path + (!(m.rho() > 0) ? ".rho" : ".cp"), e.getMessage());
        }
    }

    /** The acoustic data of an entry, checked key by key. */
    private static AcousticProperties acoustic(MaterialSpec.Acoustic a, String name, String source, String path,
                                               CaseFileReader.Located<?> at) {
        double molar = a.molarMass();
        if (!(molar >= LIGHTEST_MOLAR_MASS && molar <= HEAVIEST_MOLAR_MASS)) {
            throw at.error(path + ".molar_mass", String.format(Locale.ROOT, "%g kg/mol is not a molar mass of one formula"
                    + " unit (expected %g to %g kg/mol); a bare number is SI, kg/mol: write the tables' unit, e.g."
                    + " 63.55 g/mol", molar, LIGHTEST_MOLAR_MASS, HEAVIEST_MOLAR_MASS));
        }
        if ((a.sommerfeld() == null) != (a.fermiVelocity() == null)) {
            throw at.error(path, "a metal needs both 'sommerfeld' (γ per volume, J/m^3/K^2) and 'fermi_velocity' (m/s);"
                    + " give both or, for a non-metal, neither");
        }
        boolean liquid = a.cT() == null || a.cT() == 0;
        if (liquid && a.debyeTemperature() != null) {
            throw at.error(path + ".debye_temperature", "a liquid (no 'c_T') has no tabulated Debye temperature; leave it"
                    + " out (it is computed from the single longitudinal branch), or give 'c_T' for a solid");
        }
        if (!liquid && a.debyeTemperature() == null) {
            throw at.error(path, "a solid needs 'debye_temperature' (Θ_D, used by cutoff convention A); a liquid has no 'c_T'");
        }
        if (liquid && a.atoms() != null && a.atoms() != 1) {
            throw at.error(path + ".atoms", "a liquid is treated as monatomic (one branch, one mode per atom); leave 'atoms' out");
        }
        try {
            AcousticProperties p = liquid
                    ? AcousticProperties.liquid(name, a.density(), a.cL(), molar * 1e3, source)
                    : new AcousticProperties(name, a.density(), a.cL(), a.cT(), a.debyeTemperature(), molar,
                    a.atoms() == null ? 1 : a.atoms(), null, source);
            return a.sommerfeld() == null ? p
                    : p.withElectrons(new ElectronProperties(a.sommerfeld(), a.fermiVelocity(), source));
        } catch (IllegalArgumentException e) {
            throw at.error(path, e.getMessage());
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
