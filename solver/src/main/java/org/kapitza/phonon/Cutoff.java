package org.kapitza.phonon;

import java.util.Locale;
import org.kapitza.InputException;

/**
 * Where the Debye model cuts each branch off (docs/PHYSICS.md §3). The two conventions in use change
 * room-temperature conductances by up to 10×, so every result states which one it used.
 */
public enum Cutoff {
    /** A: one Debye frequency ω_D = k_B Θ_D / ħ for all branches of a material. */
    DEBYE_TEMPERATURE("A", "one Debye frequency ω_D = k_BΘ_D/ħ for all branches"),
    /**
     * B: per branch, ω_c,j = c_j k_D with k_D = (6π² n)^{1/3}, n the atom number density: each branch
     * holds one mode per atom, so slow (transverse) branches are cut off at lower frequencies.
     */
    PER_BRANCH("B", "per-branch ω_c,j = c_j k_D, k_D = (6π²n)^{1/3}");

    private final String letter;
    private final String meaning;

    Cutoff(String letter, String meaning) {
        this.letter = letter;
        this.meaning = meaning;
    }

    /** "A" or "B", as docs/PHYSICS.md names them. */
    public String letter() {
        return letter;
    }

    /** The spelling a case file uses: {@code debye} (A) or {@code per-branch} (B). */
    public String id() {
        return this == DEBYE_TEMPERATURE ? "debye" : "per-branch";
    }

    /** For outputs: "cutoff A (one Debye frequency ω_D = k_BΘ_D/ħ for all branches)". */
    public String label() {
        return "cutoff " + letter + " (" + meaning + ")";
    }

    /** Cutoff angular frequency of each branch of m (rad/s), in the order of {@link AcousticProperties#branchSpeeds()}. */
    public double[] frequencies(AcousticProperties m) {
        double[] c = m.branchSpeeds();
        double[] w = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            w[j] = this == DEBYE_TEMPERATURE ? m.debyeFrequency() : c[j] * m.debyeWavenumber();
        }
        return w;
    }

    /** "A", "B", "debye-temperature" or "per-branch", case-insensitive. */
    public static Cutoff byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "a", "debye-temperature", "debye":
                return DEBYE_TEMPERATURE;
            case "b", "per-branch", "branch":
                return PER_BRANCH;
            default:
                throw new InputException("unknown phonon cutoff convention '" + name
                        + "'; use A (one Debye frequency k_BΘ_D/ħ) or B (per branch c_j k_D)");
        }
    }
}
