package org.kapitza.interfaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import org.kapitza.numerics.Illinois;

/**
 * Several resistances one after the other across one interface, from side 1 to side 2: a contact and
 * a Kapitza resistance, a bond line between two coatings. With temperature-dependent members the
 * temperatures between them are solved for, so that the same heat flux crosses each member.
 *
 * <p>For a flux q from the hot to the cold side every intermediate temperature lies between the two
 * side temperatures, and q is at most the smallest flux any single member would carry across the whole
 * drop. Both are brackets, so the common flux and each member's outlet temperature are found by
 * bracketed iterations ({@link Illinois}) that always converge.
 */
public final class SeriesResistance implements InterfaceModel {
    private final List<InterfaceModel> members;
    private final List<InterfaceModel> reversed;

    public SeriesResistance(List<InterfaceModel> members) {
        if (members.isEmpty()) throw new IllegalArgumentException("series interface: needs at least one member");
        this.members = List.copyOf(members);
        List<InterfaceModel> r = new java.util.ArrayList<>(members);
        java.util.Collections.reverse(r);
        this.reversed = List.copyOf(r);
    }

    @Override
    public double resistance(double t1, double t2) {
        double mean = 0.5 * (t1 + t2);
        if (!temperatureDependent() || Math.abs(t1 - t2) <= 1e-12 * Math.abs(mean)) {
            double r = 0;
            for (InterfaceModel m : members) r += m.resistance(mean, mean);
            return r;
        }
        boolean forward = t1 > t2;
        double hot = forward ? t1 : t2;
        double cold = forward ? t2 : t1;
        // Heat flows from side 2 to side 1 when t2 > t1: the members are crossed in reverse order, each
        // still evaluated with its own side-1 temperature first.
        List<InterfaceModel> path = forward ? members : reversed;
        double qMax = Double.POSITIVE_INFINITY;
        for (InterfaceModel m : path) qMax = Math.min(qMax, (hot - cold) / oriented(m, forward, hot, cold));
        // g(q) = temperature reached after all members − cold side: decreasing in q.
        DoubleUnaryOperator g = q -> march(path, forward, hot, cold, q) - cold;
        double q = Illinois.root(g, 0, qMax, hot - cold, g.applyAsDouble(qMax), 1e-14 * qMax);
        return (hot - cold) / q;
    }

    /** R of a member for heat entering at tin and leaving at tout, arguments in the member's side order. */
    private static double oriented(InterfaceModel m, boolean forward, double tin, double tout) {
        return forward ? m.resistance(tin, tout) : m.resistance(tout, tin);
    }

    /** Temperature after all members for a flux q entering at {@code hot}, not going below {@code floor}. */
    private static double march(List<InterfaceModel> path, boolean forward, double hot, double floor, double q) {
        double t = hot;
        for (int i = 0; i < path.size(); i++) {
            InterfaceModel m = path.get(i);
            double tin = t;
            // h(tout) = tin − tout − q R(tin, tout): positive at tout = tin, decreasing in tout.
            DoubleUnaryOperator h = tout -> tin - tout - q * oriented(m, forward, tin, tout);
            double atFloor = h.applyAsDouble(floor);
            if (atFloor <= 0) {
                // Even dropping to the floor carries less than q, and the members after this one would
                // need a further drop: q is too large. Report how far below the floor it would end.
                double below = q * oriented(m, forward, tin, floor) - (tin - floor);
                for (int j = i + 1; j < path.size(); j++) below += q * path.get(j).resistance(floor, floor);
                return floor - below;
            }
            t = Illinois.root(h, floor, tin, atFloor, h.applyAsDouble(tin), 1e-14 * Math.abs(tin));
        }
        return t;
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

    /** The distinct cutoff conventions of the members that have one. */
    @Override
    public String cutoffConvention() {
        return members.stream().map(InterfaceModel::cutoffConvention).filter(c -> !c.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
    }

    /** Case-file entry {@code model: series}. @param parts the models from side 1 to side 2 */
    public record Parameters(@JsonProperty(required = true) List<ModelDeclaration.Nested> parts) {
    }

    /** {@code model: series}: {@code parts}, models one after the other. */
    public static final ModelDeclaration<Parameters> DECLARATION = ModelDeclaration.of("series", Parameters.class, (s, in) -> {
        if (s.parts().isEmpty()) throw in.error("parts", "give at least one part");
        List<InterfaceModel> parts = new java.util.ArrayList<>();
        for (int j = 0; j < s.parts().size(); j++) parts.add(in.nested(s.parts().get(j), "parts[" + j + "]"));
        return new SeriesResistance(parts);
    });
}
