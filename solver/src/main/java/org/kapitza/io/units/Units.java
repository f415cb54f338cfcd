package org.kapitza.io.units;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;

/**
 * Quantities as engineers write them ("150 um", "2800 W/m^2/K", "20 W", "77 K", "25 degC"), converted
 * to SI.
 *
 * <p>Unit semantics and conversion come from the Unified Code for Units of Measure (UCUM,
 * https://ucum.org) through the FHIR reference implementation {@code org.fhir:ucum}. Before UCUM sees a
 * unit, the usual engineering spellings are mapped to UCUM syntax: {@code ^} exponents ({@code m^2} →
 * {@code m2}), {@code *}, {@code ·} or a space for products, {@code µ}/{@code μ} → {@code u}, {@code Ω}
 * → {@code Ohm}. Celsius ({@code degC}, {@code °C}, {@code Cel}) is the one unit with an offset; it is
 * handled here for temperatures. A bare number is already SI.
 */
public final class Units {
    private static final UcumEssenceService UCUM;
    private static final Pattern QUANTITY = Pattern.compile(
            "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*?)\\s*");
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        try {
            UCUM = new UcumEssenceService(UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml"));
        } catch (UcumException e) {
            throw new ExceptionInInitializerError(e);
        }
        KINDS.put("m", "a length, e.g. 150 um, 1.5 mm, 0.06 m");
        KINDS.put("m2", "an area, e.g. 1 mm^2");
        KINDS.put("K", "a temperature, e.g. 77 K or 25 degC");
        KINDS.put("W", "a power, e.g. 20 W or 150 mW");
        KINDS.put("W/m2", "a heat flux, e.g. 100 W/m^2 or 1 W/cm^2");
        KINDS.put("W/m3", "a power density, e.g. 1e9 W/m^3");
        KINDS.put("W/(m.K)", "a thermal conductivity, e.g. 4 W/m/K");
        KINDS.put("W/(m2.K)", "a heat transfer coefficient or conductance, e.g. 2800 W/m^2/K");
        KINDS.put("m2.K/W", "a thermal resistance per area, e.g. 1e-8 m^2*K/W");
        KINDS.put("K4.m2/W", "R·T³, e.g. 0.01054 K^4*m^2/W");
        KINDS.put("Pa", "a pressure or hardness, e.g. 1 MPa, 3 GPa");
        KINDS.put("J/(kg.K)", "a specific heat, e.g. 385 J/kg/K");
        KINDS.put("kg/m3", "a density, e.g. 8960 kg/m^3");
        KINDS.put("J/(m3.K)", "a volumetric heat capacity, e.g. 3.4e6 J/m^3/K");
        KINDS.put("s", "a time, e.g. 10 ms, 2 s, 5 min");
        KINDS.put("Ohm.m2", "a resistance-area product, e.g. 1 fOhm*m^2");
        KINDS.put("J/(m3.K2)", "a Sommerfeld coefficient per volume, e.g. 91 J/m^3/K^2");
        KINDS.put("m/s", "a speed, e.g. 6420 m/s");
        KINDS.put("kg/mol", "a molar mass, e.g. 63.55 g/mol");
        KINDS.put("1", "a plain number");
    }

    private Units() {
    }

    /** What a quantity of a given SI unit is, with examples, for messages. */
    public static String kind(String siUnit) {
        return KINDS.getOrDefault(siUnit, "a quantity in " + siUnit);
    }

    /**
     * Parses a quantity and converts it to the given SI unit.
     *
     * @param text   a number, optionally followed by a unit
     * @param siUnit the SI unit the value is wanted in, in UCUM syntax ("m", "W/(m2.K)", "K", "1")
     * @throws IllegalArgumentException with a message naming the text, the unit problem and what is allowed
     */
    public static double toSI(String text, String siUnit) {
        double v = convert(text, siUnit);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("'" + text + "' is beyond the range of numbers (at most about 1.8e308 in SI"
                    + " units); expected " + kind(siUnit));
        }
        return v;
    }

    private static double convert(String text, String siUnit) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number with an optional unit; expected "
                    + kind(siUnit));
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty()) return value;
        if (siUnit.equals("1")) {
            throw new IllegalArgumentException("'" + text + "' has a unit, but a plain number is expected");
        }
        if (isCelsius(unit)) {
            if (!siUnit.equals("K")) {
                throw new IllegalArgumentException("'" + text + "' is a temperature, but " + kind(siUnit) + " is expected");
            }
            return value + 273.15;
        }
        String ucum = toUcum(unit);
        String problem = UCUM.validate(ucum);
        if (problem != null) {
            throw new IllegalArgumentException("'" + text + "': unknown unit '" + unit + "' (" + simplify(problem)
                    + "); expected " + kind(siUnit));
        }
        try {
            if (!UCUM.isComparable(ucum, siUnit)) {
                throw new IllegalArgumentException("'" + text + "' has units of " + describe(ucum) + ", but "
                        + kind(siUnit) + " is expected");
            }
            // UCUM's Decimal refuses an explicit '+' ("2.3e+06", "+5"), which Java and YAML write freely.
            return Double.parseDouble(UCUM.convert(new Decimal(m.group(1).replace("+", "")), ucum, siUnit).asDecimal());
        } catch (UcumException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage() + "; expected " + kind(siUnit));
        }
    }

    /**
     * Why a value cannot be an absolute temperature, or null when it can (finite and above 0 K).
     *
     * @param kelvin  the value converted to K
     * @param written the value as written, for the message
     */
    public static String absoluteTemperatureProblem(double kelvin, String written) {
        if (kelvin > 0 && Double.isFinite(kelvin)) return null;
        String shown = written.trim();
        boolean converted = !shown.matches("[-+]?[0-9.eE+-]+(\\s*K)?") && Double.isFinite(kelvin);
        return "'" + shown + "'" + (converted ? " is " + org.kapitza.Numbers.format(kelvin) + " K, which" : "")
                + (Double.isFinite(kelvin) ? " is not an absolute temperature above 0 K" : " is not a finite temperature")
                + "; give a temperature above absolute zero, e.g. 300 K or 25 degC";
    }

    /** The kind of a unit in words, when it matches one of the known kinds. */
    private static String describe(String ucum) {
        for (Map.Entry<String, String> e : KINDS.entrySet()) {
            // UCUM counts moles as pure numbers (6.022e23), so kg/mol has the dimension of a mass: it cannot
            // name what a wrong unit is.
            if (e.getKey().equals("kg/mol")) continue;
            try {
                if (UCUM.isComparable(ucum, e.getKey())) {
                    String k = e.getValue();
                    int comma = k.indexOf(',');
                    return ucum + " (" + (comma < 0 ? k : k.substring(0, comma)) + ")";
                }
            } catch (UcumException ignored) {
                // not comparable
            }
        }
        return ucum;
    }

    private static boolean isCelsius(String unit) {
        String u = unit.trim();
        return u.equals("degC") || u.equals("°C") || u.equals("Cel") || u.equals("℃");
    }

    /** Engineering spelling to UCUM syntax: m^2 → m2, W/m^2/K stays a chain of divisions, * · space → '.'. */
    static String toUcum(String unit) {
        String u = unit.trim()
                .replace("µ", "u").replace("μ", "u")
                .replace("Ω", "Ohm").replace("ohm", "Ohm")
                .replace("²", "2").replace("³", "3").replace("⁴", "4")
                .replace("^", "")
                .replace("·", ".").replace("*", ".");
        u = u.replaceAll("\\s*\\.\\s*", ".").replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", ".");
        return u;
    }

    private static String simplify(String ucumMessage) {
        return ucumMessage.replaceAll("^Error processing unit '[^']*': ", "").replaceAll("' at position \\d+$", "")
                .replace("'", "").trim().toLowerCase(Locale.ROOT);
    }
}
