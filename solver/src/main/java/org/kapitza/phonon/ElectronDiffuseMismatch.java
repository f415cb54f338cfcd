package org.kapitza.phonon;

/**
 * Electron diffuse mismatch between two metals (Gundrum, Cahill and Averback, Phys. Rev. B 72 (2005)
 * 245426; docs/PHYSICS.md §3): electrons at the Fermi surface scatter diffusely at the interface, and
 * detailed balance gives
 *
 * <pre>  h_e = (T/4) (γ₁v_F1)(γ₂v_F2) / (γ₁v_F1 + γ₂v_F2),</pre>
 *
 * γ the Sommerfeld coefficient per unit volume (J m⁻³ K⁻²), v_F the Fermi velocity: the electronic
 * analogue of the phonon DMM with C_e v_F/4 in place of the phonon flux. Linear in T. For Al/Cu it
 * gives 7.4 GW m⁻²K⁻¹ at 300 K with the library's data (observed γ, free-electron v_F); Gundrum et al.
 * measured 4 GW m⁻²K⁻¹ (and found the model's magnitude and linear T dependence adequate). The phonon
 * channel in parallel is about 8× smaller there (phonon DMM, cutoff B: 0.92 GW m⁻²K⁻¹).
 */
public final class ElectronDiffuseMismatch {
    private ElectronDiffuseMismatch() {
    }

    /** h_e/T = (1/4)(γ₁v_F1)(γ₂v_F2)/(γ₁v_F1 + γ₂v_F2) (W m⁻² K⁻²). */
    public static double slope(AcousticProperties side1, AcousticProperties side2) {
        double a = electrons(side1).gammaVelocity();
        double b = electrons(side2).gammaVelocity();
        return 0.25 * a * b / (a + b);
    }

    /** h_e(T) (W m⁻² K⁻¹). */
    public static double conductance(AcousticProperties side1, AcousticProperties side2, double t) {
        return slope(side1, side2) * t;
    }

    private static ElectronProperties electrons(AcousticProperties m) {
        if (!m.isMetal()) {
            throw new IllegalArgumentException("electron-dmm: material '" + m.name() + "' has no conduction-electron data"
                    + " (Sommerfeld coefficient, Fermi velocity); the electron diffuse mismatch model needs two metals");
        }
        return m.electrons();
    }
}
