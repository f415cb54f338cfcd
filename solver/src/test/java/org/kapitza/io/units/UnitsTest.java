package org.kapitza.io.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quantities as engineers and programs write them, converted to SI. */
class UnitsTest {
    @Test
    void numbersWithAnExplicitPlusSignConvert() {
        // Java's %g and many tools write "2.3e+06"; UCUM's own decimal parser refuses the '+'.
        assertEquals(2.3e6, Units.toSI("2.3e+06 W/m^2/K", "W/(m2.K)"), 1e-9);
        assertEquals(5, Units.toSI("+5 W", "W"), 0);
        assertEquals(1.5e-9, Units.toSI("1.5e-9 m^2*K/W", "m2.K/W"), 1e-24);
    }

    @Test
    void theQuantitiesOfThePredictedInterfaceModels() {
        assertEquals(0.06355, Units.toSI("63.55 g/mol", "kg/mol"), 1e-15);
        assertEquals(1e-15, Units.toSI("1 fOhm*m^2", "Ohm.m2"), 1e-30);
        assertEquals(98, Units.toSI("98 J/m^3/K^2", "J/(m3.K2)"), 1e-12);
        IllegalArgumentException molar = assertThrows(IllegalArgumentException.class,
                () -> Units.toSI("0.695 mJ/mol/K^2", "J/(m3.K2)"));
        assertTrue(molar.getMessage().contains("a Sommerfeld coefficient per volume"), molar.getMessage());
    }

    /** The table that spares UCUM holds only what UCUM itself says: each factor exact, each unit linear. */
    @Test
    void everyCommonUnitFactorIsUcumsOwn() throws Exception {
        for (java.util.Map.Entry<String, java.math.BigDecimal> e : CommonUnits.FACTORS.entrySet()) {
            String[] unitAndSi = e.getKey().split("→");
            assertTrue(Units.ucum().isComparable(unitAndSi[0], unitAndSi[1]), e.getKey());
            java.math.BigDecimal ucum = Units.linearFactor(Units.ucum(), unitAndSi[0], unitAndSi[1]);
            assertTrue(ucum != null && ucum.compareTo(e.getValue()) == 0, e.getKey() + ": UCUM says " + ucum + ", table " + e.getValue());
        }
    }

    /**
     * A conversion by a kept factor is the exact decimal product rounded once: the very double UCUM's own
     * conversion gives for prefixes (powers of ten), and a more precise one where UCUM rounds its product to
     * the significant figures of its operands (3.965934e-09 min is 2.3795604e-7 s; UCUM says 2.37956e-7, and
     * 1.51e-8 m for 5.934156e-07 [in_i], the three figures of 0.0254).
     */
    @Test
    void keptFactorsConvertExactly() throws Exception {
        java.util.Random random = new java.util.Random(7);
        String[][] cases = {{"um", "m"}, {"mm", "m"}, {"W/m^2/K", "W/(m2.K)"}, {"m^2*K/W", "m2.K/W"}, {"mW", "W"},
            {"MPa", "Pa"}, {"g/mol", "kg/mol"}, {"min", "s"}, {"J/kg/K", "J/(kg.K)"}, {"[in_i]", "m"}, {"mJ/s", "W"}};
        for (String[] c : cases) {
            for (int i = 0; i < 20; i++) {
                String number = String.format(java.util.Locale.ROOT, "%.6e", Math.exp(40 * (random.nextDouble() - 0.5))).replace("+", "");
                double fast = Units.toSI(number + " " + c[0], c[1]);
                java.math.BigDecimal factor = Units.linearFactor(Units.ucum(), Units.toUcum(c[0]), c[1]);
                assertEquals(new java.math.BigDecimal(number).multiply(factor).doubleValue(), fast, 0, number + " " + c[0]);
                double ucum = Double.parseDouble(Units.ucum().convert(new org.fhir.ucum.Decimal(number), Units.toUcum(c[0]), c[1])
                        .asDecimal());
                if (factor.unscaledValue().equals(java.math.BigInteger.ONE)) assertEquals(ucum, fast, 0, number + " " + c[0]);
            }
        }
        // What UCUM's own arithmetic gave before: 1.51e-8 m and 2.37956e-7 s.
        assertEquals(1.507275624e-8, Units.toSI("5.934156e-07 [in_i]", "m"), 0);
        assertEquals(2.3795604e-7, Units.toSI("3.965934e-09 min", "s"), 0);
    }
}
