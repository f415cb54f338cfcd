package org.kapitza.phonon;

/**
 * Conduction-electron data of a metal for the electron diffuse mismatch model.
 *
 * @param sommerfeldPerVolume electronic heat-capacity coefficient per unit volume γ (J m⁻³ K⁻²), so
 *                            that the electronic heat capacity is {@code C_e = γ T} (J m⁻³ K⁻¹)
 * @param fermiVelocity       Fermi velocity v_F (m/s)
 * @param source              where the numbers come from, including any unit conversion
 */
public record ElectronProperties(double sommerfeldPerVolume, double fermiVelocity, String source) {
    public ElectronProperties {
        if (!(sommerfeldPerVolume > 0) || !Double.isFinite(sommerfeldPerVolume)) {
            throw new IllegalArgumentException("electron data: Sommerfeld coefficient γ must be a positive number of"
                    + " J m⁻³ K⁻², got " + sommerfeldPerVolume);
        }
        if (!(fermiVelocity > 0) || !Double.isFinite(fermiVelocity)) {
            throw new IllegalArgumentException("electron data: Fermi velocity must be a positive number of m/s, got "
                    + fermiVelocity);
        }
    }

    /**
     * From the molar Sommerfeld coefficient as tables give it (per mole of atoms): γ_V = γ_mol ρ / M.
     *
     * @param sommerfeldPerMole γ per mole (J mol⁻¹ K⁻²); tables usually quote mJ mol⁻¹ K⁻², i.e. 1e-3 of this
     * @param density           mass density ρ (kg/m³)
     * @param molarMass         molar mass of the atoms M (kg/mol)
     * @param fermiVelocity     Fermi velocity v_F (m/s)
     * @param source            citation; the conversion is appended
     */
    public static ElectronProperties fromMolar(double sommerfeldPerMole, double density, double molarMass,
                                               double fermiVelocity, String source) {
        return new ElectronProperties(sommerfeldPerMole * density / molarMass, fermiVelocity,
                source + "; γ converted per volume as γ_mol ρ/M");
    }

    /** γ v_F (J m⁻² K⁻² s⁻¹ = W m⁻² K⁻²): the electron analogue of Σ c⁻² for phonons. */
    public double gammaVelocity() {
        return sommerfeldPerVolume * fermiVelocity;
    }
}
