package org.kapitza.io.units;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The units engineers write most in case files, with their exact factors to the SI unit a key expects,
 * so that converting them needs neither UCUM's definitions nor its decimal arithmetic.
 *
 * <p>Keys are the UCUM spelling {@link Units#toUcum} makes of what the user wrote, an arrow and the SI
 * unit asked for ({@code "um→m"}). Every factor is checked against UCUM itself by {@code UnitsTest}, so
 * this table can only be faster than UCUM, never different. A unit not listed goes to UCUM once and its
 * factor is kept from then on.
 */
final class CommonUnits {
    /** Exact factors, "unit→si" to the decimal that multiplies a value in the unit to give it in si. */
    static final Map<String, BigDecimal> FACTORS;

    static {
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        put(f, "m", "m", "1", "mm", "1e-3", "um", "1e-6", "nm", "1e-9", "cm", "1e-2", "km", "1e3");
        put(f, "m2", "m2", "1", "mm2", "1e-6", "um2", "1e-12", "cm2", "1e-4");
        put(f, "K", "K", "1", "mK", "1e-3");
        put(f, "W", "W", "1", "mW", "1e-3", "uW", "1e-6", "kW", "1e3");
        put(f, "W/m2", "W/m2", "1", "W/cm2", "1e4", "W/mm2", "1e6", "kW/m2", "1e3", "mW/m2", "1e-3");
        put(f, "W/m3", "W/m3", "1", "W/cm3", "1e6", "W/mm3", "1e9");
        put(f, "W/(m.K)", "W/m/K", "1", "W/(m.K)", "1", "mW/m/K", "1e-3");
        put(f, "W/(m2.K)", "W/m2/K", "1", "W/(m2.K)", "1", "W/cm2/K", "1e4", "kW/m2/K", "1e3", "MW/m2/K", "1e6",
                "GW/m2/K", "1e9");
        put(f, "m2.K/W", "m2.K/W", "1", "K.m2/W", "1", "mm2.K/W", "1e-6", "cm2.K/W", "1e-4");
        put(f, "K4.m2/W", "K4.m2/W", "1", "m2.K4/W", "1");
        put(f, "Pa", "Pa", "1", "kPa", "1e3", "MPa", "1e6", "GPa", "1e9");
        put(f, "J/(kg.K)", "J/kg/K", "1", "J/(kg.K)", "1", "J/g/K", "1e3");
        put(f, "kg/m3", "kg/m3", "1", "g/cm3", "1e3");
        put(f, "J/(m3.K)", "J/m3/K", "1", "J/(m3.K)", "1");
        put(f, "J/(m3.K2)", "J/m3/K2", "1", "J/(m3.K2)", "1");
        put(f, "s", "s", "1", "ms", "1e-3", "us", "1e-6", "ns", "1e-9", "min", "60", "h", "3600");
        put(f, "m/s", "m/s", "1", "km/s", "1e3");
        put(f, "kg/mol", "kg/mol", "1", "g/mol", "1e-3");
        FACTORS = Map.copyOf(f);
    }

    private CommonUnits() {
    }

    private static void put(Map<String, BigDecimal> f, String si, String... unitAndFactor) {
        for (int i = 0; i < unitAndFactor.length; i += 2) f.put(unitAndFactor[i] + "→" + si, new BigDecimal(unitAndFactor[i + 1]));
    }
}
