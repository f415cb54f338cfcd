package org.kapitza.thermoreflectance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kapitza.io.casefile.CaseFileReader;
import org.kapitza.io.casefile.StackFile;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;

/**
 * A thermoreflectance measurement as a stack file describes it: the stack and beams, the sweep
 * (FDTR frequencies or TDTR delays), the parameters to fit and the noise.
 *
 * @param name        for output files
 * @param model       the stack and beams with the starting values
 * @param frequencies FDTR sweep (Hz) for simulation; null when the file has none
 * @param modulation  TDTR modulation frequency (Hz), or NaN without a {@code tdtr} section
 * @param repetition  TDTR repetition rate (Hz), or NaN
 * @param delays      TDTR delays (s) for simulation, or null
 * @param fit         the parameters to fit, checked against the stack
 * @param phaseNoise  one standard deviation of the FDTR phase (degrees), or NaN when not given
 * @param ratioNoise  relative standard deviation of the TDTR ratio, or NaN when not given
 */
public record Setup(String name, StackModel model, double[] frequencies, double modulation, double repetition,
                    double[] delays, List<String> fit, double phaseNoise, double ratioNoise) {

    /** Builds the setup from a bound stack file; every mistake is reported against its key. */
    public static Setup from(CaseFileReader.Located<StackFile> at, MaterialLibrary library) {
        StackFile f = at.value();
        if (!f.name().matches("[A-Za-z0-9._-]+")) {
            throw at.error("name", "'" + f.name() + "' must use only letters, digits, '.', '_' and '-' (it names output files)");
        }
        double temperature = f.temperature() == null ? 300 : f.temperature();
        if (f.layers().isEmpty()) throw at.error("layers", "give at least one layer");
        List<Layer> layers = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < f.layers().size(); i++) {
            StackFile.StackLayer l = f.layers().get(i);
            String key = "layers[" + i + "]";
            if (index.put(l.name(), i) != null) throw at.error(key + ".name", "layer name '" + l.name() + "' is used twice");
            if (l.name().contains("|") || l.name().contains(".")) {
                throw at.error(key + ".name", "'" + l.name() + "' must not contain '|' or '.' (they separate fit parameter names)");
            }
            Material m = null;
            if (l.material() != null) {
                if (!library.contains(l.material())) {
                    throw at.error(key + ".material", "unknown material '" + l.material() + "'"
                            + org.kapitza.Suggest.didYouMean(l.material(), library.all().keySet()) + "; see kapitza materials");
                }
                m = library.get(l.material());
            }
            double kIn;
            double kCross;
            if (l.k() != null) {
                if (l.kIn() != null || l.kCross() != null) throw at.error(key + ".k", "give k (isotropic) or k_in and k_cross, not both");
                kIn = l.k();
                kCross = l.k();
            } else if (l.kIn() != null || l.kCross() != null) {
                if (l.kIn() == null || l.kCross() == null) {
                    throw at.error(key + (l.kIn() == null ? ".k_cross" : ".k_in"), "give both k_in and k_cross");
                }
                kIn = l.kIn();
                kCross = l.kCross();
            } else if (m != null) {
                kIn = m.conductivity().k(0, temperature);
                kCross = m.conductivity().k(2, temperature);
            } else {
                throw at.error(key, "layer '" + l.name() + "' needs a material or k (or k_in and k_cross)");
            }
            double c;
            if (l.heatCapacity() != null) {
                if (l.rho() != null || l.cp() != null) throw at.error(key + ".C", "give C or rho and cp, not both");
                c = l.heatCapacity();
            } else if (l.rho() != null || l.cp() != null) {
                if (l.rho() == null || l.cp() == null) throw at.error(key + (l.rho() == null ? ".cp" : ".rho"), "give both rho and cp");
                c = l.rho() * l.cp();
            } else if (m != null && m.heatCapacity() != null) {
                c = m.heatCapacity().volumetric(temperature);
            } else {
                throw at.error(key, "layer '" + l.name() + "' needs a heat capacity: C, or rho and cp"
                        + (m != null ? " (material '" + l.material() + "' has none built in)" : ""));
            }
            double t;
            if (l.thickness() == null) {
                if (i != f.layers().size() - 1) throw at.error(key, "layer '" + l.name() + "' needs a thickness (only the last layer may be semi-infinite)");
                t = Double.POSITIVE_INFINITY;
            } else {
                t = l.thickness();
            }
            try {
                layers.add(new Layer(l.name(), kCross, kIn, c, t));
            } catch (org.kapitza.InputException e) {
                throw at.error(key, e.getMessage());
            }
        }
        double[] g = new double[layers.size() - 1];
        java.util.Arrays.fill(g, Double.POSITIVE_INFINITY);
        if (f.interfaces() != null) {
            for (int j = 0; j < f.interfaces().size(); j++) {
                StackFile.StackInterface s = f.interfaces().get(j);
                String key = "interfaces[" + j + "]";
                if (s.between().size() != 2) throw at.error(key + ".between", "name two neighbouring layers, e.g. [transducer, substrate]");
                Integer a = index.get(s.between().get(0));
                Integer b = index.get(s.between().get(1));
                for (int side = 0; side < 2; side++) {
                    if ((side == 0 ? a : b) == null) {
                        String n = s.between().get(side);
                        throw at.error(key + ".between", "no layer '" + n + "'" + org.kapitza.Suggest.didYouMean(n, index.keySet())
                                + "; layers: " + String.join(", ", index.keySet()));
                    }
                }
                if (Math.abs(a - b) != 1) throw at.error(key + ".between", "layers '" + s.between().get(0) + "' and '"
                        + s.between().get(1) + "' are not neighbours");
                if ((s.conductance() == null) == (s.resistance() == null)) throw at.error(key, "give exactly one of G and R");
                double value = s.conductance() != null ? s.conductance() : 1 / s.resistance();
                if (!(value > 0) || !Double.isFinite(value)) throw at.error(key, "G = " + value + " W/m^2/K must be positive and finite");
                int top = Math.min(a, b);
                if (g[top] != Double.POSITIVE_INFINITY) throw at.error(key, "this interface is given twice");
                g[top] = value;
            }
        }
        LayeredStack.Bottom bottom = LayeredStack.Bottom.ADIABATIC;
        if (f.bottom() != null) {
            switch (f.bottom()) {
                case "adiabatic" -> bottom = LayeredStack.Bottom.ADIABATIC;
                case "isothermal" -> bottom = LayeredStack.Bottom.ISOTHERMAL;
                default -> throw at.error("bottom", "unknown bottom '" + f.bottom() + "'; choose adiabatic or isothermal");
            }
            if (layers.get(layers.size() - 1).semiInfinite()) {
                throw at.error("bottom", "the last layer is semi-infinite (no thickness), so it has no bottom");
            }
        }
        if (!(f.beams().pump() > 0)) throw at.error("beams.pump", "the pump radius must be positive");
        if (!(f.beams().probe() > 0)) throw at.error("beams.probe", "the probe radius must be positive");
        StackModel model = new StackModel(new LayeredStack(layers, g, bottom), f.beams().pump(), f.beams().probe());

        double[] frequencies = null;
        if (f.fdtr() != null) frequencies = sweep(at, "fdtr", f.fdtr().frequencies(), f.fdtr().from(), f.fdtr().to(), f.fdtr().count(), "frequencies");
        double modulation = Double.NaN;
        double repetition = Double.NaN;
        double[] delays = null;
        if (f.tdtr() != null) {
            modulation = f.tdtr().modulation();
            repetition = f.tdtr().repetition();
            if (!(modulation > 0)) throw at.error("tdtr.modulation", "must be positive");
            if (!(repetition > modulation)) throw at.error("tdtr.repetition", "must be above the modulation frequency");
            if (f.tdtr().delays() != null || f.tdtr().from() != null) {
                delays = sweep(at, "tdtr", f.tdtr().delays(), f.tdtr().from(), f.tdtr().to(), f.tdtr().count(), "delays");
                for (double d : delays) {
                    if (d >= 1 / repetition) throw at.error("tdtr.delays", "delay " + d + " s is not shorter than the pulse period " + 1 / repetition + " s");
                }
            }
        }
        List<String> fit = f.fit() == null ? List.of() : f.fit();
        for (int i = 0; i < fit.size(); i++) {
            String problem = model.problem(fit.get(i));
            if (problem != null) throw at.error("fit[" + i + "]", problem);
            if (fit.indexOf(fit.get(i)) != i) throw at.error("fit[" + i + "]", "'" + fit.get(i) + "' is listed twice");
        }
        double phaseNoise = f.noise() == null || f.noise().phase() == null ? Double.NaN : f.noise().phase();
        double ratioNoise = f.noise() == null || f.noise().ratio() == null ? Double.NaN : f.noise().ratio();
        if (!Double.isNaN(phaseNoise) && !(phaseNoise > 0)) throw at.error("noise.phase", "must be positive");
        if (!Double.isNaN(ratioNoise) && !(ratioNoise > 0)) throw at.error("noise.ratio", "must be positive");
        return new Setup(f.name(), model, frequencies, modulation, repetition, delays, List.copyOf(fit), phaseNoise, ratioNoise);
    }

    private static double[] sweep(CaseFileReader.Located<StackFile> at, String section, List<Double> list, Double from,
                                  Double to, Integer count, String listKey) {
        double[] v;
        if (list != null) {
            if (from != null || to != null || count != null) {
                throw at.error(section + "." + listKey, "give either " + listKey + " or from/to/count, not both");
            }
            if (list.isEmpty()) throw at.error(section + "." + listKey, "give at least one value");
            v = new double[list.size()];
            for (int i = 0; i < v.length; i++) v[i] = list.get(i);
        } else {
            if (from == null || to == null || count == null) {
                throw at.error(section, "give " + listKey + " as a list, or from, to and count (log-spaced)");
            }
            if (!(from > 0) || !(to > from)) throw at.error(section + ".to", "need 0 < from < to");
            if (count < 2) throw at.error(section + ".count", "at least 2");
            v = new double[count];
            for (int i = 0; i < count; i++) v[i] = from * Math.pow(to / from, i / (double) (count - 1));
        }
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0)) throw at.error(section + "." + listKey, "values must be positive, got " + v[i]);
        }
        return v;
    }
}
