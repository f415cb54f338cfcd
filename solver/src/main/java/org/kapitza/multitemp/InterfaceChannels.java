package org.kapitza.multitemp;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.InterfaceRule;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.material.Material;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.Mesh;
import org.kapitza.phonon.BoundaryModel;
import org.kapitza.phonon.LinearConductance;
import org.kapitza.phonon.PredictedInterface;
import org.kapitza.phonon.SpinTwoChannelInterface;

/**
 * The conductance of each carrier pair across one interface of the mesh, from the interface's model
 * (the single-temperature rules of {@link org.kapitza.fv.ThermalProblem}, region rules winning over
 * material rules as there) and the multi-temperature additions of {@link MultiTemperatureProblem}:
 *
 * <ul>
 *   <li>phonons ↔ phonons: the model itself, or the lattice of a {@code spin-two-channel} model;</li>
 *   <li>electrons ↔ electrons (both sides metals): {@code electron-dmm}, or the G↑ and G↓ of
 *       {@code spin-two-channel} (docs/PHYSICS.md §7: spin-up to spin-up through G↑, spin-down to spin-down
 *       through G↓; a spinless side's electrons take both), or the model given for the electrons. A model
 *       of one electronic conductance G between spin-resolved sides gives each spin pair G/2;</li>
 *   <li>electrons ↔ phonons across the interface, when given: each electronic carrier of one side to the
 *       phonons of the other, sharing the conductance equally.</li>
 * </ul>
 * An interface without a model is a perfect contact (R = 0) for every carrier on both sides.
 */
final class InterfaceChannels {
    /** A secant resistance (m²K/W) between a carrier on side 1 at t1 and one on side 2 at t2. */
    @FunctionalInterface
    interface Law {
        double resistance(double t1, double t2);
    }

    /**
     * One path across the interface.
     *
     * @param a   carrier on side 1 (region {@code side1})
     * @param b   carrier on side 2
     * @param law its resistance
     * @param what for reports, e.g. "phonons–phonons: dmm …"
     */
    record Link(Carrier a, Carrier b, Law law, String what, boolean temperatureDependent) {
        Link(Carrier a, Carrier b, Law law, String what) {
            this(a, b, law, what, true);
        }
    }

    /**
     * @param side1 region on side 1 of every link
     * @param side2 region on side 2
     * @param links the paths
     * @param label the interface's name in reports
     */
    record Resolved(int side1, int side2, List<Link> links, String label) {
    }

    private InterfaceChannels() {
    }

    static Resolved resolve(MultiTemperatureProblem problem, Mesh mesh, int pair, Material[] regionMaterial,
                            CarrierModel[] regionCarriers, int axis) {
        InterfacePair ip = mesh.interfacePairInfo(pair);
        InterfaceRule rule = ruleOf(problem, mesh, ip);
        int s1 = ip.regionA();
        if (rule != null) {
            String n1 = rule.kind() == InterfaceRule.Kind.REGIONS ? mesh.regionName(ip.regionA())
                    : mesh.materialName(mesh.regionMaterial(ip.regionA()));
            s1 = n1.equals(rule.a()) ? ip.regionA() : ip.regionB();
        }
        int s2 = s1 == ip.regionA() ? ip.regionB() : ip.regionA();
        String r1 = mesh.regionName(s1);
        String r2 = mesh.regionName(s2);
        String label = rule == null ? r1 + "|" + r2 : rule.kind() == InterfaceRule.Kind.REGIONS && rule.name() == null
                ? rule.label() : rule.label() + " (" + mesh.regionName(ip.regionA()) + "|" + mesh.regionName(ip.regionB()) + ")";
        InterfaceContext ctx = new InterfaceContext(regionMaterial[s1], regionMaterial[s2], axis);
        CarrierModel c1 = regionCarriers[s1];
        CarrierModel c2 = regionCarriers[s2];
        List<Link> links = new ArrayList<>();

        InterfaceModel phonon = null;
        Law[] spinLaws = null; // {up, down} when the model resolves the spins
        Law electron = null;
        String electronWhat = null;
        boolean electronNonlinear = true;
        if (rule == null) {
            phonon = new org.kapitza.interfaces.ConstantResistance(0);
            electron = (t1, t2) -> 0;
            electronWhat = "perfect contact";
            electronNonlinear = false;
        } else {
            InterfaceModel m = rule.model().bind(ctx);
            if (m instanceof SpinTwoChannelInterface s) {
                phonon = s.lattice();
                LinearConductance up = new LinearConductance(s.spin().conductanceUp(1.0), "G↑");
                LinearConductance down = new LinearConductance(s.spin().conductanceDown(1.0), "G↓");
                spinLaws = new Law[] {(t1, t2) -> 1 / up.secantConductance(t1, t2), (t1, t2) -> 1 / down.secantConductance(t1, t2)};
                electronWhat = s.spin().describe();
            } else if (m instanceof PredictedInterface p && p.model() == BoundaryModel.ELECTRON_DMM) {
                electron = m::resistance;
                electronWhat = m.describe();
            } else {
                phonon = m;
            }
        }
        InterfaceModel given = problem.electronModel(r1, r2);
        if (given != null) {
            InterfaceModel e = given.bind(ctx);
            spinLaws = null;
            if (e instanceof SpinTwoChannelInterface s) {
                LinearConductance up = new LinearConductance(s.spin().conductanceUp(1.0), "G↑");
                LinearConductance down = new LinearConductance(s.spin().conductanceDown(1.0), "G↓");
                spinLaws = new Law[] {(t1, t2) -> 1 / up.secantConductance(t1, t2), (t1, t2) -> 1 / down.secantConductance(t1, t2)};
                electron = null;
            } else {
                electron = e::resistance;
                electronNonlinear = e.temperatureDependent();
            }
            electronWhat = e.describe();
        }

        if (phonon != null) {
            InterfaceModel ph = phonon;
            links.add(new Link(Carrier.PHONONS, Carrier.PHONONS, ph::resistance, "phonons: " + ph.describe(),
                    ph.temperatureDependent()));
        }
        boolean spin1 = c1.has(Carrier.SPIN_UP);
        boolean spin2 = c2.has(Carrier.SPIN_UP);
        boolean metal1 = c1.carriers().length > 1;
        boolean metal2 = c2.carriers().length > 1;
        if (metal1 && metal2 && (spinLaws != null || electron != null)) {
            Carrier e1 = spin1 ? null : Carrier.ELECTRONS;
            Carrier e2 = spin2 ? null : Carrier.ELECTRONS;
            if (spinLaws != null) {
                Law up = spinLaws[0];
                Law down = spinLaws[1];
                if (!spin1 && !spin2) {
                    links.add(new Link(e1, e2, (t1, t2) -> 1 / (1 / up.resistance(t1, t2) + 1 / down.resistance(t1, t2)),
                            "electrons (G↑ + G↓): " + electronWhat));
                } else {
                    links.add(new Link(spin1 ? Carrier.SPIN_UP : e1, spin2 ? Carrier.SPIN_UP : e2, up, "spin-up (G↑): " + electronWhat));
                    links.add(new Link(spin1 ? Carrier.SPIN_DOWN : e1, spin2 ? Carrier.SPIN_DOWN : e2, down,
                            "spin-down (G↓): " + electronWhat));
                }
            } else {
                Law e = electron;
                if (!spin1 && !spin2) {
                    links.add(new Link(e1, e2, e, "electrons: " + electronWhat, electronNonlinear));
                } else {
                    // One conductance G shared by the two spin pairs: each carries G/2.
                    Law half = (t1, t2) -> 2 * e.resistance(t1, t2);
                    links.add(new Link(spin1 ? Carrier.SPIN_UP : e1, spin2 ? Carrier.SPIN_UP : e2, half,
                            "spin-up (G/2): " + electronWhat, electronNonlinear));
                    links.add(new Link(spin1 ? Carrier.SPIN_DOWN : e1, spin2 ? Carrier.SPIN_DOWN : e2, half,
                            "spin-down (G/2): " + electronWhat, electronNonlinear));
                }
            }
        }
        InterfaceModel ep = problem.electronPhononModel(r1, r2);
        if (ep != null) {
            InterfaceModel b = ep.bind(ctx);
            addCross(links, c1, true, b);
            addCross(links, c2, false, b);
        }
        return new Resolved(s1, s2, links, label);
    }

    /** Electrons of one side to the phonons of the other, the conductance shared by that side's electronic carriers. */
    private static void addCross(List<Link> links, CarrierModel side, boolean isSide1, InterfaceModel model) {
        List<Carrier> el = new ArrayList<>();
        for (Carrier c : side.carriers()) if (c.electronic()) el.add(c);
        int n = el.size();
        for (Carrier c : el) {
            Law law = (t1, t2) -> n * model.resistance(t1, t2);
            String what = "electron–phonon across the interface: " + model.describe();
            boolean nl = model.temperatureDependent();
            links.add(isSide1 ? new Link(c, Carrier.PHONONS, law, what, nl) : new Link(Carrier.PHONONS, c, law, what, nl));
        }
    }

    /** The rule covering an interface pair: a region rule, else a material rule, else null. */
    private static InterfaceRule ruleOf(MultiTemperatureProblem problem, Mesh mesh, InterfacePair ip) {
        InterfaceRule byMaterial = null;
        for (InterfaceRule r : problem.base().interfaceRules()) {
            boolean regions = r.kind() == InterfaceRule.Kind.REGIONS;
            String a = regions ? mesh.regionName(ip.regionA()) : mesh.materialName(mesh.regionMaterial(ip.regionA()));
            String b = regions ? mesh.regionName(ip.regionB()) : mesh.materialName(mesh.regionMaterial(ip.regionB()));
            boolean match = a.equals(r.a()) && b.equals(r.b()) || a.equals(r.b()) && b.equals(r.a());
            if (!match) continue;
            if (regions) return r;
            if (byMaterial == null) byMaterial = r;
        }
        return byMaterial;
    }
}
