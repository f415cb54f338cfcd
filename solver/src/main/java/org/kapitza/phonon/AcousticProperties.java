package org.kapitza.phonon;

import static org.kapitza.phonon.PhysicalConstants.AVOGADRO;
import static org.kapitza.phonon.PhysicalConstants.BOLTZMANN;
import static org.kapitza.phonon.PhysicalConstants.HBAR;

/**
 * Isotropic elastic (Debye-model) data of one material, what the phonon mismatch models need: an
 * elastic continuum with one longitudinal and two degenerate transverse branches (a liquid has the
 * longitudinal branch only), linear dispersion up to a cutoff ({@link Cutoff}).
 *
 * @param name                name, matching Kapitza's material names where one exists
 * @param density             mass density ρ (kg/m³)
 * @param longitudinalSpeed   longitudinal sound speed c_L (m/s)
 * @param transverseSpeed     transverse sound speed c_T (m/s); 0 for a liquid, which carries no shear
 * @param debyeTemperature    Debye temperature Θ_D (K), used by cutoff convention A
 * @param molarMass           molar mass of one formula unit M (kg/mol)
 * @param atomsPerFormulaUnit atoms per formula unit (3 for SiO₂, 5 for Al₂O₃), for the atom density n
 * @param electrons           conduction-electron data for metals, or null
 * @param source              where the numbers come from
 */
public record AcousticProperties(String name, double density, double longitudinalSpeed, double transverseSpeed,
                                 double debyeTemperature, double molarMass, int atomsPerFormulaUnit,
                                 ElectronProperties electrons, String source) {
    public AcousticProperties {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("acoustic data: a material needs a name");
        }
        positive(name, "density ρ (kg/m³)", density);
        positive(name, "longitudinal sound speed c_L (m/s)", longitudinalSpeed);
        if (!(transverseSpeed >= 0) || !(transverseSpeed < longitudinalSpeed)) {
            throw new IllegalArgumentException("acoustic data for '" + name + "': transverse sound speed c_T must be"
                    + " 0 (liquid) or positive and below c_L = " + longitudinalSpeed + " m/s, got " + transverseSpeed);
        }
        positive(name, "Debye temperature Θ_D (K)", debyeTemperature);
        positive(name, "molar mass M (kg/mol)", molarMass);
        if (atomsPerFormulaUnit < 1) {
            throw new IllegalArgumentException("acoustic data for '" + name + "': atoms per formula unit must be at"
                    + " least 1, got " + atomsPerFormulaUnit);
        }
    }

    private static void positive(String name, String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("acoustic data for '" + name + "': " + what
                    + " must be a positive number, got " + v);
        }
    }

    /**
     * A solid, with the molar mass in the unit tables use.
     *
     * @param molarMassGramsPerMole M (g/mol) of one formula unit
     */
    public static AcousticProperties solid(String name, double density, double longitudinalSpeed,
                                           double transverseSpeed, double debyeTemperature,
                                           double molarMassGramsPerMole, int atomsPerFormulaUnit, String source) {
        return new AcousticProperties(name, density, longitudinalSpeed, transverseSpeed, debyeTemperature,
                molarMassGramsPerMole * 1e-3, atomsPerFormulaUnit, null, source);
    }

    /**
     * A liquid: longitudinal branch only. A liquid has no tabulated Debye temperature; the one used by
     * convention A is that of its single branch, {@code Θ = ħ c_L k_D / k_B} with
     * {@code k_D = (6π²n)^{1/3}}, so both conventions coincide.
     */
    public static AcousticProperties liquid(String name, double density, double soundSpeed,
                                            double molarMassGramsPerMole, String source) {
        double molarMass = molarMassGramsPerMole * 1e-3;
        double kD = Math.cbrt(6 * Math.PI * Math.PI * density * AVOGADRO / molarMass);
        double theta = HBAR * soundSpeed * kD / BOLTZMANN;
        return new AcousticProperties(name, density, soundSpeed, 0, theta, molarMass, 1, null,
                source + "; Θ_D = ħ c k_D / k_B of the single longitudinal branch");
    }

    /** The same material with conduction-electron data (a metal). */
    public AcousticProperties withElectrons(ElectronProperties e) {
        return new AcousticProperties(name, density, longitudinalSpeed, transverseSpeed, debyeTemperature,
                molarMass, atomsPerFormulaUnit, e, source);
    }

    /** The same data under another name (a Kapitza material such as "copper-rrr100" using copper's). */
    public AcousticProperties named(String newName) {
        return new AcousticProperties(newName, density, longitudinalSpeed, transverseSpeed, debyeTemperature,
                molarMass, atomsPerFormulaUnit, electrons, source);
    }

    /** True for a liquid (no transverse branches). */
    public boolean isLiquid() {
        return transverseSpeed == 0;
    }

    /** True when conduction-electron data are present. */
    public boolean isMetal() {
        return electrons != null;
    }

    /** Atom number density n = ρ N_A (atoms per formula unit) / M (m⁻³). */
    public double atomDensity() {
        return density * AVOGADRO * atomsPerFormulaUnit / molarMass;
    }

    /** Debye wavenumber k_D = (6π² n)^{1/3} (1/m): a sphere holding one wavevector per atom and branch. */
    public double debyeWavenumber() {
        return Math.cbrt(6 * Math.PI * Math.PI * atomDensity());
    }

    /** Debye angular frequency ω_D = k_B Θ_D / ħ (rad/s). */
    public double debyeFrequency() {
        return BOLTZMANN * debyeTemperature / HBAR;
    }

    /** Branch speeds (m/s): {c_L, c_T, c_T} for a solid, {c_L} for a liquid. Index 0 is longitudinal. */
    public double[] branchSpeeds() {
        return isLiquid() ? new double[] {longitudinalSpeed}
                : new double[] {longitudinalSpeed, transverseSpeed, transverseSpeed};
    }

    /** S = Σ_j c_j⁻² (s²/m²), proportional to the number of phonon channels per unit area at low T. */
    public double inverseSquareSum() {
        double s = 0;
        for (double c : branchSpeeds()) s += 1 / (c * c);
        return s;
    }

    /** Acoustic impedance of branch j, Z = ρ c_j (kg m⁻² s⁻¹). */
    public double impedance(int branch) {
        return density * branchSpeeds()[branch];
    }
}
