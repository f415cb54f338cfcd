package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kapitza.phonon.AcousticLibrary;
import org.kapitza.phonon.MaterialAliases;

/** What users type: element symbols and formulas for tbr; ρ and c_p in the materials listing. */
class MaterialNamesTest {

    @Test
    void symbolsAndFormulasNameTheBuiltInMaterials() {
        AcousticLibrary lib = AcousticLibrary.builtIn();
        assertEquals("aluminium", MaterialAliases.resolve("Al", lib));
        assertEquals("silicon", MaterialAliases.resolve("Si", lib));
        assertEquals("sapphire", MaterialAliases.resolve("Al2O3", lib));
        assertEquals("fused-silica", MaterialAliases.resolve("SiO2", lib));
        assertEquals("gan", MaterialAliases.resolve("GaN", lib));
        assertEquals("aluminium", MaterialAliases.resolve("aluminum", lib));
        assertEquals("unobtainium", MaterialAliases.resolve("unobtainium", lib), "unknown names pass through to the error");
    }

    @Test
    void tbrAlSiPrintsWhatTbrAluminiumSiliconPrints() {
        CommandLineTest.Run bySymbol = CommandLineTest.run("tbr", "Al", "Si", "--T", "300");
        CommandLineTest.Run byName = CommandLineTest.run("tbr", "aluminium", "silicon", "--T", "300");
        assertEquals(Main.OK, bySymbol.code(), bySymbol.err());
        assertEquals(byName.out(), bySymbol.out());
        assertTrue(bySymbol.out().contains("627.8"), bySymbol.out());
    }

    @Test
    void materialsShowsDensityAndSpecificHeat() {
        CommandLineTest.Run r = CommandLineTest.run("materials");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("ρc_p(300 K)"), r.out());
        // copper: 8960 kg/m³ × 385 J/(kg·K) = 3.45e6 J/(m³K)
        assertTrue(r.out().matches("(?s).*\\ncopper\\s+3\\.45e\\+06\\s+3\\.45e\\+06\\s+8960 kg/m³ × 385 J/\\(kg·K\\).*"), r.out());
    }

    @Test
    void aFitEndingBelowRoomTemperatureSaysWhereItsValueIsFrom() {
        CommandLineTest.Run r = CommandLineTest.run("materials");
        assertEquals(Main.OK, r.code(), r.err());
        // brass: NIST fit 5–110 K, held at its 110 K value, shown as such
        assertTrue(r.out().matches("(?s).*\\nbrass\\s+50\\.64 at 110 K\\s+NIST fit, brass C26000, 5–110 K.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\nti-6al-4v\\s+7\\.55457\\s+NIST fit.*"), r.out());
    }
}
