package org.kapitza.io.casefile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.Mesh;
import org.kapitza.multitemp.Carrier;
import org.kapitza.multitemp.CarrierModel;
import org.kapitza.multitemp.MultiTemperatureProblem;

/**
 * Binds the {@code multi_temperature} section of a case file to a {@link MultiTemperatureProblem}, each
 * error naming the key path. Steady runs only; grain-boundary rules are refused (grain boundaries are
 * bulk for every carrier here).
 */
final class MultiTemperatureBuilder {
    private static final String SECTION = "multi_temperature";
    private final CaseFileReader.Located<CaseFile> at;
    private final BiFunction<ModelSpec, String, InterfaceModel> models;
    private final PredictedModels predicted;

    MultiTemperatureBuilder(CaseFileReader.Located<CaseFile> at, BiFunction<ModelSpec, String, InterfaceModel> models,
                            PredictedModels predicted) {
        this.at = at;
        this.models = models;
        this.predicted = predicted;
    }

    MultiTemperatureProblem build(MultiTemperatureSpec spec, Case kase) {
        if (kase.isTransient()) {
            throw at.error(SECTION, "more than one temperature per point is solved in steady state only; remove the"
                    + " 'transient' section or the 'multi_temperature' section");
        }
        if (!kase.problem().grainBoundaryRules().isEmpty()) {
            throw at.error(SECTION, "with more than one temperature per point grain boundaries are bulk for every carrier;"
                    + " remove 'grain_boundaries' (or solve with one temperature)");
        }
        Mesh mesh = kase.mesh();
        MultiTemperatureProblem mp = new MultiTemperatureProblem(kase.problem());
        List<String> materials = new ArrayList<>();
        for (int i = 0; i < mesh.materialCount(); i++) materials.add(mesh.materialName(i));
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < spec.carriers().size(); i++) {
            MultiTemperatureSpec.Carriers c = spec.carriers().get(i);
            String path = SECTION + ".carriers[" + i + "]";
            if (!materials.contains(c.material())) {
                throw at.error(path + ".material", "no region of the mesh is made of '" + c.material() + "'"
                        + Suggest.didYouMean(c.material(), materials) + "; materials in the mesh are: " + String.join(", ", materials));
            }
            if (!seen.add(c.material())) throw at.error(path + ".material", "material '" + c.material() + "' has carriers already");
            mp.carriers(c.material(), carriers(c, path));
        }
        if (spec.interfaces() != null) {
            for (int i = 0; i < spec.interfaces().size(); i++) addInterface(mp, mesh, spec.interfaces().get(i), SECTION + ".interfaces[" + i + "]");
        }
        if (spec.boundaries() != null) {
            for (int i = 0; i < spec.boundaries().size(); i++) {
                MultiTemperatureSpec.Boundary b = spec.boundaries().get(i);
                String path = SECTION + ".boundaries[" + i + "]";
                Set<Carrier> which = carrierSet(b.carriers(), path + ".carriers");
                for (String patch : b.patch()) {
                    if (mesh.patchIndex(patch) < 0) {
                        throw at.error(path + ".patch", "no patch named '" + patch + "'" + Suggest.didYouMean(patch, mesh.patchNames())
                                + "; patches are: " + String.join(", ", mesh.patchNames()));
                    }
                    mp.boundaryCarriers(patch, which);
                }
            }
        }
        if (spec.sources() != null) {
            for (int i = 0; i < spec.sources().size(); i++) {
                MultiTemperatureSpec.Sources s = spec.sources().get(i);
                String path = SECTION + ".sources[" + i + "]";
                GridMeshNames.requireRegion(mesh, s.region(), at, path + ".region");
                mp.sourceCarriers(s.region(), carrierSet(s.carriers(), path + ".carriers"));
            }
        }
        return mp;
    }

    private CarrierModel carriers(MultiTemperatureSpec.Carriers c, String path) {
        if (c.electrons() != null && c.spins() != null) {
            throw at.error(path, "give 'electrons' (one electron temperature) or 'spins' (a temperature per spin channel), not both");
        }
        double gEp = c.gEp() == null ? 0 : c.gEp();
        double gSf = c.gSf() == null ? 0 : c.gSf();
        if (c.electrons() == null && c.spins() == null) {
            if (c.gEp() != null || c.gSf() != null) throw at.error(path, "'g_ep' and 'g_sf' couple electrons; give 'electrons' or 'spins'");
        } else if (c.gEp() == null) {
            throw at.error(path, "a metal needs 'g_ep', the electron–phonon coupling (W/m^3/K; 0 for none), e.g. 2.2e16 W/m^3/K for gold");
        }
        if (c.spins() != null && c.gSf() == null) {
            throw at.error(path, "spin channels need 'g_sf', the spin-flip coupling (W/m^3/K): it sets the spin heat decay length"
                    + " λ = √(κ↑κ↓/((κ↑ + κ↓) g_sf))");
        }
        if (c.electrons() != null && c.gSf() != null) throw at.error(path + ".g_sf", "couples spin channels; give 'spins' instead of 'electrons'");
        try {
            if (c.spins() != null) return CarrierModel.spinResolved(c.spins().kUp(), c.spins().kDown(), c.phonons().k(), gEp, gSf);
            if (c.electrons() != null) return CarrierModel.twoTemperature(c.electrons().k(), c.phonons().k(), gEp);
            return CarrierModel.dielectric(c.phonons().k());
        } catch (IllegalArgumentException e) {
            throw at.error(path, e.getMessage());
        }
    }

    private void addInterface(MultiTemperatureProblem mp, Mesh mesh, MultiTemperatureSpec.Interface s, String path) {
        List<String> two = s.between();
        if (two.size() != 2) throw at.error(path + ".between", "needs two region names, got " + two.size() + " " + two);
        for (int j = 0; j < 2; j++) GridMeshNames.requireRegion(mesh, two.get(j), at, path + ".between[" + j + "]");
        boolean touch = false;
        for (int p = 0; p < mesh.interfacePairCount(); p++) {
            InterfacePair ip = mesh.interfacePairInfo(p);
            String a = mesh.regionName(ip.regionA());
            String b = mesh.regionName(ip.regionB());
            touch |= a.equals(two.get(0)) && b.equals(two.get(1)) || a.equals(two.get(1)) && b.equals(two.get(0));
        }
        if (!touch) throw at.error(path + ".between", "regions '" + two.get(0) + "' and '" + two.get(1) + "' never touch in this mesh");
        if (s.electrons() == null && s.electronPhonon() == null) {
            throw at.error(path, "give 'electrons' (the electrons' model across the interface) or 'electron_phonon' (a path from"
                    + " the electrons of each side to the phonons of the other), or both");
        }
        List<PredictedModels.Side[]> sides = List.<PredictedModels.Side[]>of(new PredictedModels.Side[] {side(mesh, two.get(0)), side(mesh, two.get(1))});
        if (s.electrons() != null) {
            InterfaceModel m = models.apply(s.electrons(), path + ".electrons");
            predicted.check(s.electrons(), path + ".electrons", sides);
            mp.electrons(two.get(0), two.get(1), m);
        }
        if (s.electronPhonon() != null) {
            InterfaceModel m = models.apply(s.electronPhonon(), path + ".electron_phonon");
            predicted.check(s.electronPhonon(), path + ".electron_phonon", sides);
            mp.electronPhonon(two.get(0), two.get(1), m);
        }
    }

    private static PredictedModels.Side side(Mesh mesh, String region) {
        return new PredictedModels.Side(mesh.materialName(mesh.regionMaterial(mesh.regionId(region))), "region '" + region + "'");
    }

    private Set<Carrier> carrierSet(List<String> names, String path) {
        if (names.isEmpty()) throw at.error(path, "name at least one carrier: phonons, electrons, spin-up, spin-down");
        Set<Carrier> set = EnumSet.noneOf(Carrier.class);
        for (String n : names) {
            try {
                set.add(Carrier.byName(n));
            } catch (InputException e) {
                throw at.error(path, e.getMessage());
            }
        }
        return set;
    }
}
