package org.kapitza.io.report;

import java.util.List;
import java.util.Locale;
import org.kapitza.fv.SteadyResult;

/** The table printed at the end of every run. */
public final class ReportTable {
    private ReportTable() {
    }

    /** The table at the end of a transient run: how the stepping went, the probes, the final temperatures. */
    public static String format(TransientReport r) {
        StringBuilder s = new StringBuilder();
        TransientReport.Run run = r.run();
        s.append(String.format(Locale.ROOT, "%n%s — %,d cells (%,d active), %s to t = %s s%n", r.name(), r.cells(), r.activeCells(),
                run.integrator(), org.kapitza.Numbers.format(run.endTime())));
        s.append(String.format(Locale.ROOT, "  %d steps (%d repeated shorter), %d nonlinear and %d linear iterations, %.1f s%s%n",
                run.steps(), run.rejectedSteps(), run.newtonIterations(), run.linearIterations(), run.solveSeconds(),
                run.restarted() ? " since the restart" : ""));
        int resolvable = run.steps() - run.roundOffSteps();
        if (resolvable > 0) {
            s.append(String.format(Locale.ROOT, "  energy balance of %s within %.1e of the heat it moved%n",
                    run.roundOffSteps() == 0 ? "every step" : resolvable + " steps", run.maxEnergyError()));
        }
        if (run.roundOffSteps() > 0) {
            // The floor is a bound (16 ε √n max|M_cc T_c| Δt): these steps moved too little heat, relative to it, to be
            // checked to the energy-balance tolerance, which is not to say they are at equilibrium.
            s.append(String.format(Locale.ROOT, "  energy balance of %d steps within %.2g of their round-off bound (too little heat"
                    + " moved, relative to it, to check to the tolerance)%n", run.roundOffSteps(), run.maxRoundOffImbalance()));
        }
        if (!r.probes().isEmpty()) {
            s.append(String.format(Locale.ROOT, "%nProbes (K)%n  %-20s %-16s %10s %12s %10s %12s %10s%n", "probe", "kind", "min",
                    "at s", "max", "at s", "final"));
            for (TransientReport.ProbeSummary p : r.probes()) {
                s.append(String.format(Locale.ROOT, "  %-20s %-16s %10.5g %12.5g %10.5g %12.5g %10.5g%n", p.name(), p.kind(), p.min(),
                        p.timeOfMin(), p.max(), p.timeOfMax(), p.finalValue()));
            }
            for (TransientReport.ProbeSummary p : r.probes()) {
                if (p.threshold() == null) continue;
                String value = org.kapitza.Numbers.format(p.threshold());
                s.append(p.timeToThreshold() != null
                        ? String.format(Locale.ROOT, "  %s reaches %s K at t = %.6g s%n", p.name(), value, p.timeToThreshold())
                        : String.format(Locale.ROOT, "  %s does not reach %s K by t = %s s (min %.5g K, max %.5g K)%n", p.name(),
                                value, org.kapitza.Numbers.format(run.endTime()), p.min(), p.max()));
            }
        }
        s.append(String.format(Locale.ROOT, "%nTemperatures at the end (K)%n  %-20s %-18s %10s %10s %10s%n", "region", "material",
                "min", "mean", "max"));
        for (SteadyResult.RegionStats g : r.finalRegions()) {
            s.append(String.format(Locale.ROOT, "  %-20s %-18s %10.4f %10.4f %10.4f%n", g.region(), g.material(), g.min(),
                    g.mean(), g.max()));
        }
        for (String n : r.notes()) s.append("note: ").append(n).append(System.lineSeparator());
        return s.toString();
    }

    /** A number for a table column, or "—" where it is undetermined (NaN) or infinite. */
    static String cell(double v, String format) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "—";
    }

    private static void noHeat(StringBuilder s, String what, String quantity) {
        s.append("  — ").append(what).append(": no heat crosses, so ").append(quantity).append(" is undetermined\n");
    }

    public static String format(RunReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%n%s — %,d cells (%,d active), %d nonlinear and %d linear iterations%n",
                r.name(), r.mesh().cells(), r.mesh().activeCells(), r.solve().nonlinearIterations(),
                r.solve().linearIterations()));
        s.append(String.format(Locale.ROOT, "%nTemperatures (K)%n  %-20s %-18s %10s %10s %10s%n", "region", "material", "min",
                "mean", "max"));
        for (SteadyResult.RegionStats g : r.regions()) {
            s.append(String.format(Locale.ROOT, "  %-20s %-18s %10.4f %10.4f %10.4f%n", g.region(), g.material(), g.min(),
                    g.mean(), g.max()));
        }
        RunReport.Hotspot h = r.hotspot();
        s.append(String.format(Locale.ROOT, "  hottest: %.4f K in %s at (%.4g, %.4g, %.4g) m%n", h.temperature(), h.region(),
                h.x(), h.y(), h.z()));
        if (!r.interfaces().isEmpty()) {
            s.append(String.format(Locale.ROOT, "%nInterfaces%n  %-28s %11s %12s %12s %12s %12s%n", "interface", "area m²",
                    "heat W", "mean jump K", "max jump K", "R·A m²K/W"));
            for (SteadyResult.InterfaceStats i : r.interfaces()) {
                s.append(String.format(Locale.ROOT, "  %-28s %11.4g %12.5g %12.5g %12.5g %12s%n", i.name(), i.area(),
                        // the largest |jump| with the mean's sign: one orientation, T_A − T_B, in both columns
                        i.heatFlow(), i.meanJump(), Math.copySign(i.maxJump(), i.meanJump()), cell(i.resistanceArea(), "%.4g")));
            }
            for (SteadyResult.InterfaceStats i : r.interfaces()) {
                if (Double.isNaN(i.resistanceArea())) noHeat(s, i.name(), "its R·A = ΔT/q");
            }
        }
        if (!r.materialPairs().isEmpty()) {
            // Only material pairs shared by two or more region pairs: a lone region pair's row is its material pair's.
            s.append(String.format(Locale.ROOT, "%nInterfaces by material pair (region pairs together)%n"
                    + "  %-28s %11s %12s %12s %12s %12s %s%n", "materials", "area m²", "heat W", "mean jump K", "max jump K",
                    "R·A m²K/W", "region pairs"));
            for (SteadyResult.MaterialPairStats p : r.materialPairs()) {
                s.append(String.format(Locale.ROOT, "  %-28s %11.4g %12.5g %12.5g %12.5g %12s %d%n", p.name(), p.area(),
                        p.heatFlow(), p.meanJump(), p.maxJump(), cell(p.resistanceArea(), "%.4g"), p.interfaces().size()));
            }
            for (SteadyResult.MaterialPairStats p : r.materialPairs()) {
                if (Double.isNaN(p.resistanceArea())) noHeat(s, "material pair " + p.name(), "its R·A = ΔT/q");
            }
        }
        if (!r.grainBoundaries().isEmpty()) {
            s.append(String.format(Locale.ROOT, "%nGrain boundaries%n  %-20s %10s %12s %12s %12s %14s%n", "region", "faces",
                    "true area m²", "mean jump K", "max jump K", "h W/(m²K)"));
            for (SteadyResult.GrainBoundaryStats g : r.grainBoundaries()) {
                s.append(String.format(Locale.ROOT, "  %-20s %,10d %12.4g %12.5g %12.5g %14s%n", g.region(), g.faces(),
                        g.trueArea(), g.meanJump(), g.maxJump(), cell(g.h(), "%.5g")));
            }
            for (SteadyResult.GrainBoundaryStats g : r.grainBoundaries()) {
                if (!Double.isFinite(g.h())) noHeat(s, "the grain boundaries of " + g.region(), "their h = q/ΔT");
            }
        }
        if (!r.layers().isEmpty()) {
            s.append(String.format(Locale.ROOT, "%nLayers (top and bottom surface means)%n  %-20s %10s %10s %12s %12s%n",
                    "layer", "top K", "bottom K", "heat down W", "R K/W"));
            for (LayerReport l : r.layers()) {
                s.append(String.format(Locale.ROOT, "  %-20s %10.4f %10.4f %12.5g %12s%n", l.region(), l.topMean(),
                        l.bottomMean(), l.heatDown(), cell(l.resistance(), "%.5g")));
            }
            for (LayerReport l : r.layers()) {
                if (!Double.isFinite(l.resistance())) noHeat(s, "layer " + l.region(), "its R = ΔT/Q");
            }
        }
        blocks(s, r.blocks());
        budget(s, r.budget());
        s.append(String.format(Locale.ROOT, "%nHeat through patches (W, positive leaving; surface mean T; bath T and the jump"
                + " surface − bath where a contact law holds it)%n"));
        for (SteadyResult.PatchFlow p : r.patches()) {
            if (Math.abs(p.outflow()) > 1e-12 * Math.max(1e-300, r.energyBalance().heatIn())) {
                s.append(String.format(Locale.ROOT, "  %-32s %14.6g W   mean %.6g K", p.patch(), p.outflow(), p.meanTemperature()));
                if (p.bathTemperature() != null) {
                    s.append(String.format(Locale.ROOT, "   bath %.6g K, jump %.4g K", p.bathTemperature(), p.jumpToBath()));
                }
                s.append('\n');
            }
        }
        EffectiveConductivity k = r.effectiveConductivity();
        if (k != null) {
            s.append(String.format(Locale.ROOT, "%nEffective conductivity %s → %s: k_eff = %.5g W/(m·K)  (Q = %.5g W, L = %.4g m,"
                    + " A = %.4g m², ΔT = %.5g K)%n", k.hotPatch(), k.coldPatch(), k.kEff(), k.heatFlow(), k.length(), k.area(),
                    k.deltaT()));
            EffectiveConductivity.GrainEstimates g = k.grains();
            if (g != null) {
                s.append(String.format(Locale.ROOT, "  grains: d = %.4g m, k₀ = %.5g W/(m·K), R = %.4g m²K/W, Kapitza length"
                        + " ℓ_K = %.4g m (d/ℓ_K = %.3g)%n", g.meanGrainSize(), g.k0(), g.resistance(), g.kapitzaLength(),
                        g.meanGrainSize() / g.kapitzaLength()));
                s.append(String.format(Locale.ROOT, "  effective-medium estimates: Yang k₀/(1+Rk₀/d) = %.5g, Nan–Birringer"
                        + " k₀/(1+2Rk₀/d) = %.5g W/(m·K)%n", g.yang(), g.nanBirringer()));
            }
        }
        SteadyResult.EnergyBalance e = r.energyBalance();
        s.append(String.format(Locale.ROOT, "%nEnergy balance: %.6g W in, %.6g W out, imbalance %.3g W (%.2e relative)%n",
                e.heatIn(), e.heatOut(), e.imbalance(), e.relative()));
        RunReport.Timing t = r.timing();
        s.append(String.format(Locale.ROOT, "Time: mesh %.2f s, setup %.2f s, solve %.2f s, output %.2f s%n", t.mesh(),
                t.setup(), t.solve(), t.output()));
        if (!r.notes().isEmpty()) {
            s.append("Predicted interface models:\n");
            for (String n : r.notes()) s.append("  ").append(n).append('\n');
        }
        for (String w : r.warnings()) s.append("warning: ").append(w).append('\n');
        return s.toString();
    }

    /** Floorplan blocks: power, mean and maximum of the block's face, as HotSpot reports blocks. */
    static void blocks(StringBuilder s, List<BlockReport> blocks) {
        if (blocks.isEmpty()) return;
        s.append(String.format(Locale.ROOT, "%nBlocks (surface temperature of each floorplan block)%n  %-20s %-14s %10s %10s %10s%n",
                "block", "on", "power W", "mean K", "max K"));
        for (BlockReport b : blocks) {
            s.append(String.format(Locale.ROOT, "  %-20s %-14s %10.5g %10.4f %10.4f%n", b.block(), b.surface(), b.power(), b.mean(),
                    b.max()));
        }
    }

    /** The resistance budget: θ_JA, θ_JC and the parts along the heat path, with the check that they add up. */
    static void budget(StringBuilder s, ResistanceBudget b) {
        if (b == null) return;
        s.append(String.format(Locale.ROOT, "%nResistance budget (junction = hottest point, %.4f K in %s; P = %.5g W;"
                + " T_A = %.4f K)%n", b.junction(), b.junctionLayer(), b.power(), b.ambient()));
        s.append(String.format(Locale.ROOT, "  θ_JA = %.5g K/W", b.thetaJA()));
        if (b.caseSurface() != null) {
            s.append(String.format(Locale.ROOT, "   θ_JC = %.5g K/W (case %s, mean %.4f K)", b.thetaJC(), b.caseSurface(),
                    b.caseMean()));
        }
        s.append(String.format(Locale.ROOT, "%n  %-10s %-24s %10s %10s %12s %12s%n", "part", "where", "ΔT K", "heat W", "R K/W",
                "from J K/W"));
        for (ResistanceBudget.Row row : b.rows()) {
            s.append(String.format(Locale.ROOT, "  %-10s %-24s %10.5g %10.5g %12.5g %12.5g%n", row.kind(), row.name(), row.deltaT(),
                    row.heat(), row.resistance(), row.cumulative()));
        }
        s.append(String.format(Locale.ROOT, "  spreading (θ_JA less layers, interfaces and ambient) = %.5g K/W%n", b.spreading()));
        s.append(String.format(Locale.ROOT, "  check: parts sum to %.6g K/W against θ_JA %.6g K/W (%.2g %%): %s%n", b.sumOfParts(),
                b.thetaJA(), 100 * b.mismatch(), b.addsUp() ? "adds up within 0.1 %"
                        : "does NOT add up within 0.1 %: heat leaves by more than one path"));
    }
}
