package org.kapitza.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.multitemp.MultiTemperatureResult;

/**
 * What a multi-temperature run reports (summary.json and the end-of-run table): the carriers of every
 * region, the energy balance of each carrier and in total, and per interface the heat of each carrier
 * path, the carriers' separation on each side and the resistance a one-temperature measurement sees.
 *
 * @param regions   one line per region: its carriers, conductivities and couplings
 * @param balance   per carrier and (carrier "total") in all
 * @param interfaces per interface
 */
public record MultiTemperatureReport(String name, String description, int unknowns, int picardIterations,
                                     int linearIterations, double solveSeconds, List<String> regions, List<Balance> balance,
                                     List<Interface> interfaces, List<String> notes, List<String> files) {

    /** Energy balance of a carrier (W): through boundaries, from sources, from other carriers, and what is left. */
    public record Balance(String carrier, double boundaries, double sources, double exchange, double imbalance,
                          double relative, double roundOff, boolean holds) {
    }

    /** One carrier path and its heat (W), side 1 → side 2. */
    public record Path(String from, String to, String model, double heat) {
    }

    /**
     * One interface.
     *
     * @param separationA  mean largest-minus-smallest carrier temperature of the cells touching it on side A (K)
     * @param spinA        mean T↑ − T↓ there (K), null without spins
     * @param effectiveR   jump of the conductivity-weighted temperature per unit flux (m²K/W): the one-temperature view
     */
    public record Interface(String name, String regionA, String regionB, double area, double heat, List<Path> paths,
                            double separationA, double separationB, Double spinA, Double spinB, double effectiveR) {
    }

    public static MultiTemperatureReport of(String name, String description, MultiTemperatureResult r, List<String> notes,
                                            List<String> files) {
        List<Balance> balance = new ArrayList<>();
        for (MultiTemperatureResult.Balance b : r.energyBalance()) {
            balance.add(new Balance(b.carrier() == null ? "total" : b.carrier().id(), b.boundaries(), b.sources(), b.exchange(),
                    b.imbalance(), b.relative(), b.roundOff(), b.holds()));
        }
        List<Interface> ifs = new ArrayList<>();
        for (MultiTemperatureResult.InterfaceReport i : r.interfaces()) {
            List<Path> paths = new ArrayList<>();
            for (MultiTemperatureResult.Path p : i.paths()) paths.add(new Path(p.from().id(), p.to().id(), p.model(), p.heat()));
            ifs.add(new Interface(i.label(), i.side1(), i.side2(), i.area(), i.heat(), paths, i.separation1(), i.separation2(),
                    Double.isNaN(i.spin1()) ? null : i.spin1(), Double.isNaN(i.spin2()) ? null : i.spin2(), i.effectiveR()));
        }
        return new MultiTemperatureReport(name, description, r.unknowns(), r.picardIterations(), r.linearIterations(),
                r.seconds(), r.carrierSummary(), balance, ifs, notes, files);
    }

    /** The end-of-run table. */
    public String format() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%n%s — %,d unknowns (cells × carriers), %d Picard and %d CG iterations, %.2f s%n",
                name, unknowns, picardIterations, linearIterations, solveSeconds));
        s.append(String.format(Locale.ROOT, "%nCarriers%n"));
        for (String line : regions) s.append("  ").append(line).append('\n');
        s.append(String.format(Locale.ROOT, "%nEnergy balance (W)%n  %-10s %14s %14s %14s %12s%n", "carrier", "boundaries",
                "sources", "from others", "imbalance"));
        for (Balance b : balance) {
            s.append(String.format(Locale.ROOT, "  %-10s %14.6g %14.6g %14.6g %12.2e%s%n", b.carrier(), b.boundaries(), b.sources(),
                    b.exchange(), b.imbalance(), b.relative() <= 1e-9 ? "" : b.holds()
                            ? String.format(Locale.ROOT, " (within round-off, %.1e W)", b.roundOff()) : " NOT BALANCED"));
        }
        for (Interface i : interfaces) {
            s.append(String.format(Locale.ROOT, "%nInterface %s (%s → %s): %.6g W over %.4g m²%n", i.name(), i.regionA(), i.regionB(),
                    i.heat(), i.area()));
            for (Path p : i.paths()) {
                s.append(String.format(Locale.ROOT, "  %-10s → %-10s %14.6g W  %s%n", p.from(), p.to(), p.heat(), p.model()));
            }
            s.append(String.format(Locale.ROOT, "  carriers apart next to it: %.4g K (%s), %.4g K (%s)%n", i.separationA(), i.regionA(),
                    i.separationB(), i.regionB()));
            if (i.spinA() != null || i.spinB() != null) {
                s.append(String.format(Locale.ROOT, "  spin heat accumulation T↑ − T↓ next to it: %s K (%s), %s K (%s)%n",
                        i.spinA() == null ? "—" : String.format(Locale.ROOT, "%.4g", i.spinA()), i.regionA(),
                        i.spinB() == null ? "—" : String.format(Locale.ROOT, "%.4g", i.spinB()), i.regionB()));
            }
            s.append(String.format(Locale.ROOT, "  resistance a one-temperature measurement sees: %.4g m²K/W%n", i.effectiveR()));
        }
        for (String n : notes) s.append("note: ").append(n).append('\n');
        return s.toString();
    }
}
