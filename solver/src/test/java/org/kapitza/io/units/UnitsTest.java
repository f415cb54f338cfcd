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
}
