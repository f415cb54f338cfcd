package org.kapitza.io.casefile;

import java.util.List;
import org.kapitza.InputException;
import org.kapitza.fv.GrainBoundaryRule;
import org.kapitza.fv.InterfaceRule;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.interfaces.ModelDeclaration;
import org.kapitza.interfaces.ModelInput;
import org.kapitza.interfaces.ResistanceDistribution;
import org.kapitza.material.Conductivity;
import org.kapitza.material.MaterialLibrary;

/**
 * The {@code interfaces} and {@code grain_boundaries} sections of a case file: each entry's placement
 * checked against the mesh's names, its model built, and the rule added to the problem. Also builds the
 * models nested elsewhere (a boundary's bath {@code contact}, the couplings of {@code multi_temperature}).
 */
final class InterfaceSection extends Section {
    private final MaterialLibrary library;
    final PredictedModels predicted;

    InterfaceSection(Checks checks, MaterialLibrary library, PredictedModels predicted) {
        super(checks);
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
            if (s.parameters() instanceof ResistanceDistribution.Parameters) {
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
            if (s.parameters() instanceof ResistanceDistribution.Parameters d) {
                ResistanceDistribution distribution = checks.guard(path, () -> d.distribution(new Input(this, path, null)));
                problem.grainBoundaryRule(new GrainBoundaryRule(s.region(), null, distribution, staircase));
            } else if (s.parameters() instanceof PredictedModels.DefectPlaneParameters dp && dp.distribution() != null) {
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


    /**
     * An interface model; {@code nested} entries (series parts, boundary contacts, lattices) may not name
     * a place.
     */
    InterfaceModel model(ModelSpec s, String path, PredictedModels.Place place, boolean nested) {
        if (nested && s.placed()) {
            throw at.error(path, "a nested model takes only its own parameters, not 'between', 'materials', 'region' or 'staircase'");
        }
        return checks.guard(path, () -> build(s.declaration(), s.parameters(), new Input(this, path, place)));
    }

    private static <P extends Record> InterfaceModel build(ModelDeclaration<P> declaration, Record parameters, ModelInput in) {
        return declaration.build(declaration.parameters().cast(parameters), in);
    }

    /**
     * What a model's declaration sees of the entry it builds: its key path and place, for errors and
     * nested models.
     */
    record Input(InterfaceSection section, String path, PredictedModels.Place place) implements ModelInput {
        private String at(String key) {
            return key.isEmpty() ? path : path + "." + key;
        }

        @Override
        public RuntimeException error(String key, String message) {
            return section.at.error(at(key), message);
        }

        @Override
        public List<Double> pair(List<Double> values, String key, String what) {
            return section.checks.pair(values, at(key), what);
        }

        @Override
        public InterfaceModel nested(ModelDeclaration.Nested entry, String key) {
            return section.model((ModelSpec) entry, at(key), place, true);
        }

        @Override
        public Conductivity conductivity(String material, String key) {
            try {
                return section.library.get(material).conductivity();
            } catch (InputException e) {
                throw error(key, e.getMessage());
            }
        }

        /** The case's predicted models (acoustic library, notes). */
        PredictedModels predicted() {
            return section.predicted;
        }
    }
}
