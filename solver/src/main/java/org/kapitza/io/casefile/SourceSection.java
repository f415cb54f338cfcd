package org.kapitza.io.casefile;

import java.util.List;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.source.Source;

/**
 * The {@code sources} section of a case file: volumetric sources in a region, and power maps whose blocks
 * ({@link PowerMapBlocks}) become total-power conditions on a layer surface, their powers constant, from a
 * table in time or from a power trace.
 */
final class SourceSection extends Section {
    private final PowerMapBlocks maps;

    SourceSection(Checks checks, PowerMapBlocks maps) {
        super(checks);
        this.maps = maps;
    }

    void addSources(ThermalProblem problem, MeshNames mesh) {
        if (cf.sources() == null) return;
        for (int i = 0; i < cf.sources().size(); i++) {
            SourceSpec s = cf.sources().get(i);
            String path = "sources[" + i + "]";
            if (s instanceof SourceSpec.PowerMap pm) {
                if (cf.mesh().stack() == null) {
                    throw at.error(path, "a power map needs a layer stack (mesh.stack): its blocks sit on a layer's surface");
                }
                List<SourceSpec.Block> blocks = maps.blocksOf(i, pm, path);
                List<String> names = blocks.stream().map(SourceSpec.Block::name).toList();
                boolean steady = cf.transientRun() == null;
                java.util.Map<String, org.kapitza.boundary.TimeFunction> traced = pm.trace() == null || steady ? java.util.Map.of()
                        : PowerTrace.read(pm.trace(), names, path + ".trace", at);
                // A steady run takes one power per block from the trace: a row, or each column's mean or peak.
                java.util.Map<String, Double> steadyTrace = pm.trace() == null || !steady ? java.util.Map.of()
                        : PowerTrace.steady(pm.trace(), names, path + ".trace", at);
                for (int j = 0; j < blocks.size(); j++) {
                    SourceSpec.Block b = blocks.get(j);
                    double p0 = steadyTrace.containsKey(b.name()) ? steadyTrace.get(b.name()) : b.power().initial();
                    BoundaryCondition.TotalPower bc = new BoundaryCondition.TotalPower(p0);
                    problem.boundary(pm.surface() + "." + b.name(), bc);
                    if (steadyTrace.containsKey(b.name()) && b.power().varies()) {
                        throw at.error(PowerMapBlocks.powerPath(pm, path, j, b.name()), "block '" + b.name() + "' is in the power trace"
                                + " too; give its power in one place");
                    }
                    if (traced.containsKey(b.name())) {
                        if (b.power().varies()) {
                            throw at.error(PowerMapBlocks.powerPath(pm, path, j, b.name()), "block '" + b.name() + "' is in the power trace"
                                    + " too; give its power in one place");
                        }
                        problem.drive(bc, traced.get(b.name()));
                    } else if (b.power().varies()) {
                        problem.drive(bc, checks.timeFunction(b.power(), PowerMapBlocks.powerPath(pm, path, j, b.name())));
                    }
                }
            } else {
                SourceSpec.Volumetric v = (SourceSpec.Volumetric) s;
                mesh.requireRegion(v.region(), path + ".region");
                if ((v.density() == null) == (v.power() == null)) {
                    throw at.error(path, "give either 'density' (W/m^3) or 'power' (W)");
                }
                if (mesh.hasNoCells(v.region())) {
                    throw at.error(path + ".region", mesh.noCells(v.region(), ", so its source would be lost"));
                }
                TimeVarying value = v.density() != null ? v.density() : v.power();
                Source src = v.density() != null ? new Source.Density(v.region(), value.initial())
                        : new Source.Total(v.region(), value.initial());
                problem.source(src);
                if (value.varies()) {
                    problem.drive(src, checks.timeFunction(value, path + (v.density() != null ? ".density" : ".power")));
                }
            }
        }
    }
}
