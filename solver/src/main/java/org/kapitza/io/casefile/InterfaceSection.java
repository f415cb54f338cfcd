package org.kapitza.io.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.fv.GrainBoundaryRule;
import org.kapitza.fv.InterfaceRule;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.ContactConductance;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.interfaces.OneWayFluxInterface;
import org.kapitza.interfaces.PowerLawResistance;
import org.kapitza.interfaces.ResistanceDistribution;
import org.kapitza.interfaces.SeriesResistance;
import org.kapitza.interfaces.ThinLayer;
import org.kapitza.material.Conductivity;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.phonon.SpinTwoChannel;
import org.kapitza.phonon.SpinTwoChannelInterface;

/**
 * The {@code interfaces} and {@code grain_boundaries} sections of a case file: each entry's placement
 * checked against the mesh's names, its model built, and the rule added to the problem. Also builds the
 * models nested elsewhere (a boundary's bath {@code contact}, the couplings of {@code multi_temperature}).
 */
final class InterfaceSection {
    private final CaseFileReader.Located<CaseFile> at;
    private final CaseFile cf;
    private final Checks checks;
    private final MaterialLibrary library;
    final PredictedModels predicted;

    InterfaceSection(Checks checks, MaterialLibrary library, PredictedModels predicted) {
        this.at = checks.at;
        this.cf = checks.cf;
        this.checks = checks;
        this.library = library;
        this.predicted = predicted;
    }

    void addInterfaces(ThermalProblem problem, MeshNames mesh) {
        if (cf.interfaces() == null) return;
        for (int i = 0; i < cf.interfaces().size(); i++) {
            ModelSpec s = cf.interfaces().get(i);
            String path = "interfaces[" + i + "]";
            if (s.region() != null || s.staircase() != null) {
                throw at.error(path, "'region' and 'staircase' belong to grain_boundaries entries, not to interfaces");
            }
            if (s instanceof ModelSpec.Distribution) {
                throw at.error(path + ".model", "'distribution' applies to grain boundaries only");
            }
            if ((s.between() == null) == (s.materials() == null)) {
                throw at.error(path, "give either 'between: [region, region]' or 'materials: [material, material]'");
            }
            boolean regions = s.between() != null;
            String key = regions ? "between" : "materials";
            List<String> two = regions ? s.between() : s.materials();
            if (two.size() != 2) throw at.error(path + "." + key, "needs two names, got " + two.size() + " " + two);
            mesh.checkTouching(two.get(0), two.get(1), regions, path + "." + key);
            InterfaceModel model = model(s, path, PredictedModels.Place.INTERFACE, false);
            predicted.check(s, path, List.<PredictedModels.Side[]>of(regions
                    ? new PredictedModels.Side[] {mesh.regionSide(two.get(0)), mesh.regionSide(two.get(1))}
                    : new PredictedModels.Side[] {new PredictedModels.Side(two.get(0), ""), new PredictedModels.Side(two.get(1), "")}));
            problem.interfaceRule(new InterfaceRule(regions ? InterfaceRule.Kind.REGIONS : InterfaceRule.Kind.MATERIALS,
                    two.get(0), two.get(1), model, s.name()));
        }
    }

    void addGrainBoundaries(ThermalProblem problem, MeshNames mesh) {
        if (cf.grainBoundaries() == null) return;
        for (int i = 0; i < cf.grainBoundaries().size(); i++) {
            ModelSpec s = cf.grainBoundaries().get(i);
            String path = "grain_boundaries[" + i + "]";
            if (s.between() != null || s.materials() != null) {
                throw at.error(path, "'between' and 'materials' belong to interfaces; a grain-boundary entry names its 'region'"
                        + " (or none, for all)");
            }
            boolean staircase = mesh.grainRule(s, path);
            if (s instanceof ModelSpec.Distribution d) {
                problem.grainBoundaryRule(new GrainBoundaryRule(s.region(), null, distribution(d, path), staircase));
            } else if (s instanceof ModelSpec.DefectPlane dp && dp.distribution() != null) {
                InterfaceModel model = model(s, path, PredictedModels.Place.GRAIN_BOUNDARY, false);
                predicted.check(s, path, mesh.grainSides(s.region()));
                problem.grainBoundaryRule(new GrainBoundaryRule(s.region(), model, predicted.clearFractions(dp, path), staircase));
            } else {
                InterfaceModel model = model(s, path, PredictedModels.Place.GRAIN_BOUNDARY, false);
                predicted.check(s, path, mesh.grainSides(s.region()));
                problem.grainBoundaryRule(new GrainBoundaryRule(s.region(), model, null, staircase));
            }
        }
    }


    ResistanceDistribution distribution(ModelSpec.Distribution d, String path) {
        long seed = d.seed() == null ? 1 : d.seed();
        String kind = d.kind().toLowerCase(Locale.ROOT);
        return checks.guard(path, () -> {
            if (kind.equals("uniform")) {
                if (d.min() == null || d.max() == null) throw at.error(path, "a uniform distribution needs 'min' and 'max'");
                return new ResistanceDistribution(ResistanceDistribution.Kind.UNIFORM, d.min(), d.max(), seed);
            }
            if (kind.equals("lognormal") || kind.equals("normal")) {
                if (d.mean() == null || d.std() == null) throw at.error(path, "a " + kind + " distribution needs 'mean' and 'std'");
                return new ResistanceDistribution(kind.equals("normal") ? ResistanceDistribution.Kind.NORMAL
                        : ResistanceDistribution.Kind.LOGNORMAL, d.mean(), d.std(), seed);
            }
            throw at.error(path + ".kind", "unknown distribution '" + d.kind() + "'"
                    + Suggest.didYouMean(d.kind(), List.of("uniform", "lognormal", "normal")) + "; choose uniform, lognormal or normal");
        });
    }

    /**
     * An interface model; {@code nested} entries (series parts, boundary contacts, lattices) may not name
     * a place.
     */
    InterfaceModel model(ModelSpec s, String path, PredictedModels.Place place, boolean nested) {
        if (nested && (s.between() != null || s.materials() != null || s.region() != null || s.staircase() != null)) {
            throw at.error(path, "a nested model takes only its own parameters, not 'between', 'materials', 'region' or 'staircase'");
        }
        return checks.guard(path, () -> buildModel(s, path, place));
    }

    private InterfaceModel buildModel(ModelSpec s, String path, PredictedModels.Place place) {
        if (s instanceof ModelSpec.Predicted p) return predicted.build(p, path, place);
        if (s instanceof ModelSpec.SpinTwoChannel sp) return spinTwoChannel(sp, path, place);
        if (s instanceof ModelSpec.DefectPlane dp) return predicted.defectPlane(dp, path, place);
        if (s instanceof ModelSpec.Constant c) return new ConstantResistance(c.r());
        if (s instanceof ModelSpec.PowerLaw p) return new PowerLawResistance(p.rRef(), p.tRef(), p.exponent() == null ? 3 : p.exponent());
        if (s instanceof ModelSpec.Radiative r) {
            if ((r.rt3() == null) == (r.sigma() == null)) {
                throw at.error(path, "give either 'RT3' (R·T³, for phonons at low T) or 'sigma' with 'exponent'");
            }
            return r.rt3() != null ? OneWayFluxInterface.fromRT3(r.rt3())
                    : new OneWayFluxInterface(r.sigma(), r.exponent() == null ? 4 : r.exponent());
        }
        if (s instanceof ModelSpec.Contact c) {
            List<Double> rough = checks.pair(c.roughness(), path + ".roughness", "[σ₁, σ₂] RMS roughness of the two surfaces");
            List<Double> slope = checks.pair(c.slope(), path + ".slope", "[m₁, m₂] mean asperity slopes");
            ContactConductance.GasGap gas = null;
            if (c.gas() != null) {
                List<Double> acc = checks.pair(c.gas().accommodation(), path + ".gas.accommodation", "[α₁, α₂]");
                gas = new ContactConductance.GasGap(c.gas().k(), acc.get(0), acc.get(1), c.gas().gamma(),
                        c.gas().prandtl(), c.gas().meanFreePath());
            }
            return new ContactConductance(c.ks() == null ? Double.NaN : c.ks(), rough.get(0), rough.get(1), slope.get(0),
                    slope.get(1), c.hardness(), c.pressure(), gas, c.rK() == null ? 0 : c.rK());
        }
        if (s instanceof ModelSpec.Layer l) {
            if ((l.k() == null) == (l.material() == null)) {
                throw at.error(path, "give either 'k' (a conductivity) or 'material' (whose conductivity to use)");
            }
            Conductivity k;
            if (l.k() != null) {
                k = new ConstantConductivity(l.k());
            } else {
                try {
                    k = library.get(l.material()).conductivity();
                } catch (InputException e) {
                    throw at.error(path + ".material", e.getMessage());
                }
            }
            return new ThinLayer(l.thickness(), k);
        }
        if (s instanceof ModelSpec.Series sr) {
            if (sr.parts().isEmpty()) throw at.error(path + ".parts", "give at least one part");
            List<InterfaceModel> parts = new ArrayList<>();
            for (int j = 0; j < sr.parts().size(); j++) {
                parts.add(model(sr.parts().get(j), path + ".parts[" + j + "]", place, true));
            }
            return new SeriesResistance(parts);
        }
        throw at.error(path + ".model", "'distribution' applies to grain boundaries only");
    }

    private InterfaceModel spinTwoChannel(ModelSpec.SpinTwoChannel sp, String path, PredictedModels.Place place) {
        if (!(sp.ra() > 0) || !Double.isFinite(sp.ra())) {
            throw at.error(path + ".RA", "must be a positive resistance-area product A R*, e.g. 1 fOhm*m^2, got " + sp.ra() + " Ω m²");
        }
        if (!(sp.gamma() > -1 && sp.gamma() < 1)) {
            throw at.error(path + ".gamma", "the interface spin asymmetry γ must lie strictly between -1 and 1, got " + sp.gamma());
        }
        InterfaceModel lattice = sp.lattice() == null ? null : model(sp.lattice(), path + ".lattice", place, true);
        return new SpinTwoChannelInterface(new SpinTwoChannel(sp.ra(), sp.gamma()), lattice);
    }

}
