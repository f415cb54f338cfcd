package org.kapitza.phonon;

/**
 * Physical constants in SI units. k_B, h and N_A are exact since the 2019 SI redefinition (CODATA
 * 2018); ħ and the Stefan–Boltzmann constant follow from them.
 */
public final class PhysicalConstants {
    /** Boltzmann constant k_B (J/K), exact. */
    public static final double BOLTZMANN = 1.380649e-23;
    /** Planck constant h (J s), exact. */
    public static final double PLANCK = 6.62607015e-34;
    /** Reduced Planck constant ħ = h/2π (J s). */
    public static final double HBAR = PLANCK / (2 * Math.PI);
    /** Avogadro constant N_A (1/mol), exact. */
    public static final double AVOGADRO = 6.02214076e23;
    /** Speed of light in vacuum c (m/s), exact. */
    public static final double SPEED_OF_LIGHT = 299792458.0;

    /**
     * Stefan–Boltzmann constant σ = π²k_B⁴/(60ħ³c²) (W m⁻² K⁻⁴), CODATA 2018 value 5.670374419e-8,
     * here computed from the exact constants.
     */
    public static final double STEFAN_BOLTZMANN = Math.PI * Math.PI * Math.pow(BOLTZMANN, 4)
            / (60 * Math.pow(HBAR, 3) * SPEED_OF_LIGHT * SPEED_OF_LIGHT);

    /**
     * C0 = π² k_B⁴ / (30 ħ³) = 1.01926e10 W m⁻² K⁻⁴ (m/s)² (docs/PHYSICS.md §3): the low-temperature phonon
     * conductance of one branch with speed c and transmissivity 1 is {@code C0 T³ / c²}.
     */
    public static final double C0 = Math.PI * Math.PI * Math.pow(BOLTZMANN, 4) / (30 * Math.pow(HBAR, 3));

    /**
     * Sommerfeld value of the Lorenz number used by the spin Wiedemann–Franz law, L₀ = 2.44e-8 W Ω K⁻²
     * (docs/PHYSICS.md §7; π²k_B²/(3e²) = 2.443e-8).
     */
    public static final double LORENZ = 2.44e-8;

    private PhysicalConstants() {
    }
}
