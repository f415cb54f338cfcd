package org.kapitza.thermoreflectance;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.InputException;
import org.kapitza.Suggest;

/**
 * A layered stack with its beams, and the named parameters a fit may vary:
 * {@code <layer>.k} (isotropic, both directions), {@code <layer>.k_in}, {@code <layer>.k_cross},
 * {@code <layer>.C} (ρc_p), {@code <layer>.thickness}, {@code <a>|<b>.G} (the interface between layers a
 * and b, in either order), {@code beams.pump}, {@code beams.probe}. Every parameter is positive.
 *
 * @param stack the layers and interfaces
 * @param pump  1/e² pump radius, m
 * @param probe 1/e² probe radius, m
 */
public record StackModel(LayeredStack stack, double pump, double probe) {
    private static final List<String> LAYER_PROPERTIES = List.of("k", "k_in", "k_cross", "C", "thickness");

    /** The probe-averaged surface response of this stack. */
    public SurfaceResponse response() {
        return new SurfaceResponse(stack, pump, probe);
    }

    /** The value of a parameter (SI). */
    public double get(String parameter) {
        Ref r = resolve(parameter);
        return switch (r.kind) {
            case LAYER -> stack.layers().get(r.index).get(r.property);
            case INTERFACE -> stack.conductance(r.index);
            case PUMP -> pump;
            case PROBE -> probe;
        };
    }

    /** A copy with one parameter changed. */
    public StackModel with(String parameter, double value) {
        Ref r = resolve(parameter);
        return switch (r.kind) {
            case LAYER -> new StackModel(stack.withLayer(r.index, stack.layers().get(r.index).with(r.property, value)), pump, probe);
            case INTERFACE -> new StackModel(stack.withConductance(r.index, value), pump, probe);
            case PUMP -> new StackModel(stack, value, probe);
            case PROBE -> new StackModel(stack, pump, value);
        };
    }

    /** A copy with the parameters set to the values. */
    public StackModel with(List<String> parameters, double[] values) {
        StackModel m = this;
        for (int i = 0; i < values.length; i++) m = m.with(parameters.get(i), values[i]);
        return m;
    }

    /** The SI unit of a parameter, for tables. */
    public String unit(String parameter) {
        Ref r = resolve(parameter);
        return switch (r.kind) {
            case LAYER -> switch (r.property) {
                case "C" -> "J/(m³·K)";
                case "thickness" -> "m";
                default -> "W/(m·K)";
            };
            case INTERFACE -> "W/(m²·K)";
            case PUMP, PROBE -> "m";
        };
    }

    /**
     * Checks a parameter name and returns why it cannot be fitted, or null: unknown names get the list of
     * allowed ones and a "did you mean".
     */
    public String problem(String parameter) {
        try {
            Ref r = resolve(parameter);
            if (r.kind == Kind.INTERFACE && stack.conductance(r.index) == Double.POSITIVE_INFINITY) {
                return "the interface " + parameter.substring(0, parameter.lastIndexOf('.')) + " is in perfect contact"
                        + " (it has no G in 'interfaces'); give it a starting G to fit it";
            }
            if (r.kind == Kind.LAYER && r.property.equals("thickness") && stack.layers().get(r.index).semiInfinite()) {
                return "layer '" + stack.layers().get(r.index).name() + "' is semi-infinite; give it a thickness to fit it";
            }
            if (r.kind == Kind.LAYER && r.property.equals("k")) {
                Layer l = stack.layers().get(r.index);
                if (l.kIn() != l.kCross()) {
                    return "layer '" + l.name() + "' is anisotropic; fit " + l.name() + ".k_in and/or " + l.name() + ".k_cross";
                }
            }
            return null;
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    /** Every parameter name this stack has. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Layer l : stack.layers()) {
            for (String p : LAYER_PROPERTIES) names.add(l.name() + "." + p);
        }
        for (int i = 0; i < stack.interfaceCount(); i++) {
            names.add(stack.layers().get(i).name() + "|" + stack.layers().get(i + 1).name() + ".G");
        }
        names.add("beams.pump");
        names.add("beams.probe");
        return names;
    }

    private enum Kind { LAYER, INTERFACE, PUMP, PROBE }

    private record Ref(Kind kind, int index, String property) {
    }

    private Ref resolve(String parameter) {
        if (parameter.equals("beams.pump")) return new Ref(Kind.PUMP, -1, null);
        if (parameter.equals("beams.probe")) return new Ref(Kind.PROBE, -1, null);
        int dot = parameter.lastIndexOf('.');
        if (dot > 0) {
            String owner = parameter.substring(0, dot);
            String property = parameter.substring(dot + 1);
            List<Layer> layers = stack.layers();
            int bar = owner.indexOf('|');
            if (bar > 0 && property.equals("G")) {
                String a = owner.substring(0, bar);
                String b = owner.substring(bar + 1);
                for (int i = 0; i + 1 < layers.size(); i++) {
                    String top = layers.get(i).name();
                    String below = layers.get(i + 1).name();
                    if (a.equals(top) && b.equals(below) || a.equals(below) && b.equals(top)) return new Ref(Kind.INTERFACE, i, "G");
                }
            }
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i).name().equals(owner) && LAYER_PROPERTIES.contains(property)) {
                    return new Ref(Kind.LAYER, i, property);
                }
            }
        }
        throw new InputException("unknown parameter '" + parameter + "'" + Suggest.didYouMean(parameter, names())
                + "; this stack has: " + String.join(", ", names()));
    }
}
