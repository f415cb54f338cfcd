package org.kapitza.io.casefile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.boundary.ScalarField;
import org.kapitza.fv.ThermalProblem;

/**
 * The {@code boundaries} section of a case file: each entry's condition built (a bath contact's model by
 * {@link InterfaceSection}), its patches checked against the mesh, one condition per patch, and a value
 * given as a table in time driven through the run.
 */
final class BoundarySection extends Section {
    private final InterfaceSection models;

    BoundarySection(Checks checks, InterfaceSection models) {
        super(checks);
        this.models = models;
    }

    void addBoundaries(ThermalProblem problem, MeshNames mesh) {
        if (cf.boundaries() == null) return;
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < cf.boundaries().size(); i++) {
            BoundarySpec s = cf.boundaries().get(i);
            String path = "boundaries[" + i + "]";
            BoundaryCondition bc = checks.guard(path, () -> condition(s, path));
            if (s.patch().isEmpty()) throw at.error(path + ".patch", "name at least one patch");
            ModelSpec contact = s instanceof BoundarySpec.Temperature t ? t.contact() : null;
            for (int j = 0; j < s.patch().size(); j++) {
                String patch = s.patch().get(j);
                String pp = path + ".patch" + (s.patch().size() > 1 ? "[" + j + "]" : "");
                int idx = mesh.requirePatch(patch, pp);
                if (contact != null && PredictedModels.containsPredicted(contact)) {
                    models.predicted.check(contact, path + ".contact", List.<PredictedModels.Side[]>of(mesh.patchSides(idx, patch, pp)));
                }
                String before = given.putIfAbsent(patch, pp);
                if (before != null) {
                    throw at.error(pp, "patch '" + patch + "' already has a boundary condition (" + before + "); give each"
                            + " patch one condition");
                }
                problem.boundary(patch, bc);
            }
            TimeVarying value = drivenValue(s);
            if (value != null && value.varies()) problem.drive(bc, checks.timeFunction(value, path + "." + drivenKey(s)));
        }
    }

    /** The value of a condition that may change in time, or null (adiabatic). */
    private static TimeVarying drivenValue(BoundarySpec s) {
        if (s instanceof BoundarySpec.Temperature t) return t.t();
        if (s instanceof BoundarySpec.Convection c) return c.tInf();
        if (s instanceof BoundarySpec.Radiation r) return r.tSurroundings();
        if (s instanceof BoundarySpec.Flux f) return f.q();
        if (s instanceof BoundarySpec.Power p) return p.p();
        return null;
    }

    private static String drivenKey(BoundarySpec s) {
        if (s instanceof BoundarySpec.Temperature) return "T";
        if (s instanceof BoundarySpec.Convection) return "T_inf";
        if (s instanceof BoundarySpec.Radiation) return "T_surroundings";
        if (s instanceof BoundarySpec.Flux) return "q";
        return "P";
    }

    BoundaryCondition condition(BoundarySpec s, String path) {
        if (s instanceof BoundarySpec.Temperature t) {
            return new BoundaryCondition.FixedTemperature(ScalarField.constant(t.t().initial()),
                    t.contact() == null ? null : models.model(t.contact(), path + ".contact", PredictedModels.Place.BATH, true));
        }
        if (s instanceof BoundarySpec.Radiation r) {
            // the exact one-way-flux law to a bath at T_surroundings, solved by Newton as a bath contact is
            return new BoundaryCondition.FixedTemperature(ScalarField.constant(r.tSurroundings().initial()),
                    new org.kapitza.interfaces.OneWayFluxInterface(
                            org.kapitza.boundary.Radiation.STEFAN_BOLTZMANN * effectiveEmissivity(r.emissivity(), path), 4));
        }
        if (s instanceof BoundarySpec.Convection c) return new BoundaryCondition.Convection(c.h(), c.tInf().initial());
        if (s instanceof BoundarySpec.Flux f) return new BoundaryCondition.HeatFlux(f.q().initial());
        if (s instanceof BoundarySpec.Power p) return new BoundaryCondition.TotalPower(p.p().initial());
        return new BoundaryCondition.Adiabatic();
    }

    /** One emissivity, or two surfaces' combined as parallel grey plates; each in (0, 1]. */
    private double effectiveEmissivity(List<Double> e, String path) {
        if (e.isEmpty() || e.size() > 2) {
            throw at.error(path + ".emissivity", "give one emissivity, or two [surface, surroundings], each in (0, 1]; got " + e);
        }
        for (int i = 0; i < e.size(); i++) {
            Double v = e.get(i);
            if (v == null || !(v > 0) || v > 1) {
                throw at.error(path + ".emissivity" + (e.size() > 1 ? "[" + i + "]" : ""), v + " is not an emissivity; it must be"
                        + " in (0, 1] (polished copper about 0.02–0.05, oxidised metals and paints 0.3–0.95)");
            }
        }
        return org.kapitza.boundary.Radiation.effectiveEmissivity(e.get(0), e.size() == 2 ? e.get(1) : 1.0);
    }
}
