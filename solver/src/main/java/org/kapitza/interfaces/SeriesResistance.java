package org.kapitza.interfaces;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Several resistances one after the other across one interface, from side 1 to side 2: a contact and
 * a Kapitza resistance, a bond line between two coatings. With temperature-dependent members the
 * temperatures between them are solved for, so that the same heat flux crosses each member.
 */
public final class SeriesResistance implements InterfaceModel {
    private final List<InterfaceModel> members;

    public SeriesResistance(List<InterfaceModel> members) {
        if (members.isEmpty()) throw new IllegalArgumentException("series interface: needs at least one member");
        this.members = List.copyOf(members);
    }

    @Override
    public double resistance(double t1, double t2) {
        double mean = 0.5 * (t1 + t2);
        double r = 0;
        for (InterfaceModel m : members) r += m.resistance(mean, mean);
        if (!temperatureDependent() || Math.abs(t1 - t2) <= 1e-12 * Math.abs(mean)) return r;
        // Fixed point on the common flux: each member evaluated between its own end temperatures.
        double q = (t1 - t2) / r;
        for (int it = 0; it < 100; it++) {
            double sum = 0;
            double ta = t1;
            for (InterfaceModel m : members) {
                double tb = ta - q * m.resistance(mean, mean);
                double rm = m.resistance(ta, tb);
                sum += rm;
                ta = ta - q * rm;
            }
            double qNew = (t1 - t2) / sum;
            boolean done = Math.abs(qNew - q) <= 1e-13 * Math.abs(qNew);
            q = qNew;
            r = sum;
            if (done) break;
        }
        return r;
    }

    @Override
    public boolean temperatureDependent() {
        for (InterfaceModel m : members) if (m.temperatureDependent()) return true;
        return false;
    }

    @Override
    public InterfaceModel bind(InterfaceContext context) {
        return new SeriesResistance(members.stream().map(m -> m.bind(context)).collect(Collectors.toList()));
    }

    @Override
    public String describe() {
        return members.stream().map(InterfaceModel::describe).collect(Collectors.joining(" + ", "series: ", ""));
    }
}
