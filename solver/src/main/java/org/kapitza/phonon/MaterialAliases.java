package org.kapitza.phonon;

import java.util.Locale;
import java.util.Map;

/**
 * The names users type for the built-in acoustic materials: element symbols and formulas (Al, Si, Al2O3,
 * SiO2, GaN), the American spelling, any letter case. {@link #resolve} maps them to library names.
 */
public final class MaterialAliases {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("al", "aluminium"), Map.entry("aluminum", "aluminium"),
            Map.entry("cu", "copper"), Map.entry("au", "gold"), Map.entry("pb", "lead"),
            Map.entry("si", "silicon"), Map.entry("c", "diamond"),
            Map.entry("sio2", "fused-silica"), Map.entry("silica", "fused-silica"), Map.entry("a-sio2", "fused-silica"),
            Map.entry("al2o3", "sapphire"), Map.entry("alumina", "sapphire"),
            Map.entry("gan", "gan"), Map.entry("he", "helium-4"), Map.entry("he4", "helium-4"), Map.entry("4he", "helium-4"),
            Map.entry("he-4", "helium-4"), Map.entry("helium", "helium-4"));

    private MaterialAliases() {
    }

    /**
     * The library name for what a user typed: the name itself when the library has it, else a library name
     * equal to it ignoring case, else its alias when the library has that; otherwise the name unchanged
     * (the caller's "no such material" message then lists what there is).
     */
    public static String resolve(String typed, AcousticLibrary library) {
        if (library.contains(typed)) return typed;
        for (String name : library.all().keySet()) if (name.equalsIgnoreCase(typed)) return name;
        String alias = ALIASES.get(typed.toLowerCase(Locale.ROOT));
        return alias != null && library.contains(alias) ? alias : typed;
    }
}
