package org.kapitza.io.report;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.kapitza.Numbers;
import org.kapitza.phonon.AcousticProperties;
import org.kapitza.phonon.BoundaryConductanceTable;
import org.kapitza.phonon.BoundaryModel;
import org.kapitza.phonon.Cutoff;
import org.kapitza.phonon.ElectronDiffuseMismatch;

/**
 * The text {@code kapitza tbr} prints: the pair and its data, the cutoff convention(s), then h, R and
 * R·T³ as three tables with the models side by side, then what each measured value means against the
 * radiation limit.
 */
public final class ConductanceReport {
    private ConductanceReport() {
    }

    /**
     * @param c      the comparison
     * @param checks measured values against the radiation limit (may be empty)
     */
    public static String format(ConductanceComparison c, List<BoundaryConductanceTable.RadiationCheck> checks) {
        StringBuilder s = new StringBuilder();
        s.append("Thermal boundary conductance ").append(c.side1().name()).append(" | ").append(c.side2().name())
                .append(", Debye-model predictions (docs/interface-models.md)\n");
        for (AcousticProperties p : List.of(c.side1(), c.side2())) s.append("  ").append(describe(p)).append('\n');
        for (Cutoff cutoff : c.cutoffs()) s.append(capitalised(cutoff.label())).append('\n');
        s.append("h is the same seen from either side (detailed balance); R = 1/h; R·T³ is constant where the T³ law holds.\n");
        s.append("Low-temperature limits:");
        for (BoundaryModel m : c.models()) {
            double a = c.lowTemperatureCoefficient(m);
            // The electronic model is linear in T at every temperature: its coefficient is h/T.
            s.append(m == BoundaryModel.ELECTRON_DMM
                    ? String.format(Locale.ROOT, " %s h/T = %.4g W m⁻²K⁻²;", m.id(),
                    ElectronDiffuseMismatch.slope(c.side1(), c.side2()))
                    : String.format(Locale.ROOT, " %s h/T³ = %.4g W m⁻²K⁻⁴;", m.id(), a));
        }
        for (ConductanceComparison.Column col : c.columns()) {
            // Laws outside the phonon models (spin-two-channel) are linear in T: their coefficient is h/T.
            if (col.model() != null) continue;
            double t = c.temperatures()[0];
            s.append(String.format(Locale.ROOT, " %s h/T = %.4g W m⁻²K⁻²;", col.label(), col.values().get(0).conductance() / t));
        }
        s.setLength(s.length() - 1);
        s.append('\n');
        table(s, c, "h (W m⁻²K⁻¹)", BoundaryConductanceTable.Value::conductance);
        table(s, c, "R (m²K/W)", BoundaryConductanceTable.Value::resistance);
        table(s, c, "R·T³ (K⁴m²/W)", BoundaryConductanceTable.Value::resistanceT3);
        if (!checks.isEmpty()) s.append('\n');
        boolean metals = c.side1().isMetal() && c.side2().isMetal();
        for (BoundaryConductanceTable.RadiationCheck check : checks) {
            s.append(check.exceedsLimit() ? "warning: " : "note: ").append(check.message());
            // Between two metals electrons cross too: the phonon limit does not bound the total.
            if (check.exceedsLimit() && metals) s.append("; for two metals the electrons also carry heat (electron-dmm)");
            s.append('\n');
        }
        return s.toString();
    }

    private static void table(StringBuilder s, ConductanceComparison c, String title,
                              ToDoubleFunction<BoundaryConductanceTable.Value> quantity) {
        s.append('\n').append(title).append('\n');
        int[] width = new int[c.columns().size()];
        s.append(String.format(Locale.ROOT, "%10s", "T (K)"));
        for (int j = 0; j < width.length; j++) {
            String label = c.columns().get(j).label();
            width[j] = Math.max(11, label.length() + 2);
            s.append(String.format(Locale.ROOT, "%" + width[j] + "s", label));
        }
        s.append('\n');
        double[] t = c.temperatures();
        for (int i = 0; i < t.length; i++) {
            s.append(String.format(Locale.ROOT, "%10s", Numbers.format(t[i], 4)));
            for (int j = 0; j < width.length; j++) {
                double v = quantity.applyAsDouble(c.columns().get(j).values().get(i));
                s.append(String.format(Locale.ROOT, "%" + width[j] + "s", Numbers.format(v, 4)));
            }
            s.append('\n');
        }
    }

    private static String describe(AcousticProperties p) {
        String elastic = p.isLiquid()
                ? "ρ = " + Numbers.format(p.density()) + " kg/m³, c = " + Numbers.format(p.longitudinalSpeed()) + " m/s (liquid)"
                : "ρ = " + Numbers.format(p.density()) + " kg/m³, c_L = " + Numbers.format(p.longitudinalSpeed()) + " m/s, c_T = "
                + Numbers.format(p.transverseSpeed()) + " m/s, Θ_D = " + Numbers.format(p.debyeTemperature(), 4) + " K";
        String electrons = p.isMetal() ? ", γ = " + Numbers.format(p.electrons().sommerfeldPerVolume(), 4) + " J m⁻³K⁻², v_F = "
                + Numbers.format(p.electrons().fermiVelocity(), 4) + " m/s" : "";
        return p.name() + ": " + elastic + ", M = " + Numbers.format(p.molarMass() * 1e3) + " g/mol"
                + (p.atomsPerFormulaUnit() > 1 ? " (" + p.atomsPerFormulaUnit() + " atoms)" : "") + electrons
                + "; " + p.source();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
