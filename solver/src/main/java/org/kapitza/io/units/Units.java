package org.kapitza.io.units;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Speed: UCUM's decimal arithmetic costs milliseconds per conversion and its definitions take a large
 * XML parse to load, a noticeable part of a small run's start. A linear unit's conversion is a factor, so
 * each unit's exact decimal factor to each SI unit is asked of UCUM once and kept ({@link #FACTORS}); the
 * units engineers write most are known up front ({@link CommonUnits}, each factor checked against UCUM by
 * {@code UnitsTest}), so that a typical case never loads UCUM at all. The value is the decimal product of
 * the number as written and the factor, rounded once to a double: for prefixes (powers of ten) the
 * same double UCUM's conversion gives, and otherwise a more precise one, UCUM's {@code Decimal} rounding
 * its product to the significant figures of its operands (UCUM turns 3.965934e-09 min into 2.37956e-7 s
 * where the exact product is 2.3795604e-7 s, and 5.934156e-7 [in_i] into 1.51e-8 m, three figures, those
 * of 0.0254).
 */
public final class Units {
    /** Exact decimal factor from a unit (UCUM syntax) to an SI unit, keyed "unit→si". */
    private static final Map<String, BigDecimal> FACTORS = new ConcurrentHashMap<>(CommonUnits.FACTORS);
    private static final Pattern QUANTITY = Pattern.compile(
            "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*?)\\s*");
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    /** UCUM's definitions, loaded on first need (a unit not met before, or a message about a wrong one). */
    private static final class Ucum {
        static final UcumEssenceService SERVICE;

        static {
            try {
                SERVICE = new UcumEssenceService(UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml"));
            } catch (UcumException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    static {
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
        KINDS.put("Hz", "a frequency, e.g. 10 kHz or 20 MHz");
        KINDS.put("deg", "an angle, e.g. 0.2 deg or 0.0035 rad");
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
        // UCUM's Decimal refuses an explicit '+' ("2.3e+06", "+5"), which Java and YAML write freely.
        String number = m.group(1).replace("+", "");
        BigDecimal factor = FACTORS.get(ucum + "→" + siUnit);
        if (factor != null) return new BigDecimal(number).multiply(factor).doubleValue();
        UcumEssenceService ucumService = Ucum.SERVICE;
        String problem = ucumService.validate(ucum);
        if (problem != null) {
            throw new IllegalArgumentException("'" + text + "': unknown unit '" + unit + "' (" + simplify(problem)
                    + "); expected " + kind(siUnit));
        }
        try {
            if (!ucumService.isComparable(ucum, siUnit)) {
                throw new IllegalArgumentException("'" + text + "' has units of " + describe(ucum) + ", but "
                        + kind(siUnit) + " is expected");
            }
            BigDecimal linear = linearFactor(ucumService, ucum, siUnit);
            if (linear == null) {
                return Double.parseDouble(ucumService.convert(new Decimal(number), ucum, siUnit).asDecimal());
            }
            FACTORS.putIfAbsent(ucum + "→" + siUnit, linear);
            return new BigDecimal(number).multiply(linear).doubleValue();
        } catch (UcumException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage() + "; expected " + kind(siUnit));
        }
    }

    /**
     * UCUM's exact factor from a unit to an SI unit when the conversion is a plain factor (0 stays 0 and
     * 1000 becomes 1000 times what 1 becomes), else null (a unit with an offset or a non-linear scale).
     */
    static BigDecimal linearFactor(UcumEssenceService ucum, String unit, String siUnit) throws UcumException {
        BigDecimal one = new BigDecimal(ucum.convert(new Decimal("1"), unit, siUnit).asDecimal());
        BigDecimal zero = new BigDecimal(ucum.convert(new Decimal("0"), unit, siUnit).asDecimal());
        BigDecimal thousand = new BigDecimal(ucum.convert(new Decimal("1000"), unit, siUnit).asDecimal());
        if (zero.signum() != 0 || thousand.compareTo(one.multiply(BigDecimal.valueOf(1000))) != 0) return null;
        return one;
    }

    /** UCUM itself, for tests that check the common units' factors against it. */
    static UcumEssenceService ucum() {
        return Ucum.SERVICE;
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
                if (Ucum.SERVICE.isComparable(ucum, e.getKey())) {
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
