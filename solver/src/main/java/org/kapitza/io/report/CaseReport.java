package org.kapitza.io.report;

import java.util.List;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.casefile.Case;
import org.kapitza.mesh.MeshSummary;

/**
 * The report of a solved steady case, as {@code kapitza run} writes it to summary.json: the run command
 * and parameter studies (which read their responses from it without writing files) build it alike.
 */
public final class CaseReport {
    private CaseReport() {
    }

    /**
     * @param meshSeconds   time to read the case and build the mesh (s)
     * @param outputSeconds time to write the results (s)
     * @param files         the files written
     */
    public static RunReport of(Case kase, SteadyResult result, double meshSeconds, double outputSeconds, List<String> files) {
        MeshSummary ms = kase.mesh().summary();
        EffectiveConductivity effective = null;
        if (kase.output().effectiveBetween() != null) {
            effective = EffectiveConductivity.between(result, kase.output().effectiveBetween().get(0),
                    kase.output().effectiveBetween().get(1), grainEstimates(kase, result, ms));
        }
        return RunReport.of(kase.name(), kase.description(), result, ms, kase.layerStack(), kase.solver().nonlinearMethod(),
                kase.solver().preconditioner(), meshSeconds, outputSeconds, effective, kase.notes(), files);
    }

    /**
     * Effective-medium estimates when one region holds grains whose boundaries have one constant R: mean
     * grain size from the region's volume and grain count, k₀ at the region's mean temperature.
     */
    private static EffectiveConductivity.GrainEstimates grainEstimates(Case kase, SteadyResult r, MeshSummary ms) {
        List<org.kapitza.fv.GrainBoundaryRule> rules = kase.problem().grainBoundaryRules();
        if (rules.size() != 1 || !(rules.get(0).model() instanceof org.kapitza.interfaces.ConstantResistance c)) return null;
        if (r.grainBoundaries().size() != 1 || ms.grains() == 0) return null;
        String region = r.grainBoundaries().get(0).region();
        for (SteadyResult.RegionStats s : r.regions()) {
            if (!s.region().equals(region)) continue;
            double d = Math.cbrt(s.volume() / ms.grains());
            double k0 = kase.problem().resolveMaterial(kase.mesh().materialName(kase.mesh().regionMaterial(
                    kase.mesh().regionId(region)))).conductivity().k(2, s.mean());
            return EffectiveConductivity.GrainEstimates.of(d, k0, c.value());
        }
        return null;
    }
}
