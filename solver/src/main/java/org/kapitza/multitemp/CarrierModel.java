package org.kapitza.multitemp;

import java.util.Locale;

/**
 * The carriers of one material and how they exchange heat in the bulk: a dielectric has phonons only; a
 * metal has electrons and phonons coupled by g_ep (the two-temperature model, Anisimov, Kapeliovich and
 * Perel'man, Sov. Phys. JETP 39 (1974) 375); a ferromagnet (or a normal metal whose spin accumulation
 * matters) has two spin channels, each coupled to the other by spin-flip scattering g_sf and to the
 * phonons by g_ep/2 (docs/PHYSICS.md §7):
 *
 * <pre>
 *   ∇·(k_p∇T_p) + Σ_e g_e,p (T_e − T_p) + Q_p = 0,
 *   ∇·(k_σ∇T_σ) − g_sf (T_σ − T_σ̄) − (g_ep/2)(T_σ − T_p) + Q_σ = 0,     σ ∈ {↑, ↓}
 * </pre>
 *
 * so that with fast spin flip (T↑ = T↓ = T_e) the spin metal is the two-temperature metal with
 * k_e = k↑ + k↓ and the same g_ep. Conductivities in W m⁻¹K⁻¹, couplings in W m⁻³K⁻¹, constant.
 *
 * @param kPhonon   lattice conductivity k_p
 * @param kElectron electron conductivity k_e of a spinless metal; NaN otherwise
 * @param kUp       spin-up conductivity κ↑ of a spin metal; NaN otherwise
 * @param kDown     spin-down conductivity κ↓; NaN otherwise
 * @param gEp       electron–phonon coupling g_ep (0 for a dielectric)
 * @param gSf       spin-flip coupling g_sf between the spin channels (0 unless spin-resolved)
 */
public record CarrierModel(double kPhonon, double kElectron, double kUp, double kDown, double gEp, double gSf) {
    public CarrierModel {
        positive(kPhonon, "phonon conductivity k_p");
        if (!Double.isNaN(kElectron)) positive(kElectron, "electron conductivity k_e");
        if (!Double.isNaN(kUp) || !Double.isNaN(kDown)) {
            positive(kUp, "spin-up conductivity");
            positive(kDown, "spin-down conductivity");
            if (!Double.isNaN(kElectron)) throw new IllegalArgumentException("carriers: give spinless electrons or two spin channels, not both");
        }
        if (!(gEp >= 0) || !Double.isFinite(gEp)) throw new IllegalArgumentException("electron–phonon coupling g_ep must be ≥ 0 W/m³/K, got " + gEp);
        if (!(gSf >= 0) || !Double.isFinite(gSf)) throw new IllegalArgumentException("spin-flip coupling g_sf must be ≥ 0 W/m³/K, got " + gSf);
    }

    private static void positive(double v, String what) {
        if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(what + " must be a positive number of W/m/K, got " + v);
    }

    /** Phonons only. */
    public static CarrierModel dielectric(double kPhonon) {
        return new CarrierModel(kPhonon, Double.NaN, Double.NaN, Double.NaN, 0, 0);
    }

    /** Electrons and phonons, coupled by g_ep. */
    public static CarrierModel twoTemperature(double kElectron, double kPhonon, double gEp) {
        return new CarrierModel(kPhonon, kElectron, Double.NaN, Double.NaN, gEp, 0);
    }

    /** Two spin channels and phonons: spin flip g_sf between the channels, g_ep/2 from each to the lattice. */
    public static CarrierModel spinResolved(double kUp, double kDown, double kPhonon, double gEp, double gSf) {
        return new CarrierModel(kPhonon, Double.NaN, kUp, kDown, gEp, gSf);
    }

    /** The carriers, phonons first. */
    public Carrier[] carriers() {
        if (!Double.isNaN(kUp)) return new Carrier[] {Carrier.PHONONS, Carrier.SPIN_UP, Carrier.SPIN_DOWN};
        if (!Double.isNaN(kElectron)) return new Carrier[] {Carrier.PHONONS, Carrier.ELECTRONS};
        return new Carrier[] {Carrier.PHONONS};
    }

    public boolean has(Carrier c) {
        for (Carrier x : carriers()) if (x == c) return true;
        return false;
    }

    /** Conductivity of a carrier (W m⁻¹K⁻¹). */
    public double conductivity(Carrier c) {
        return switch (c) {
            case PHONONS -> kPhonon;
            case ELECTRONS -> kElectron;
            case SPIN_UP -> kUp;
            case SPIN_DOWN -> kDown;
        };
    }

    /** Sum of the carriers' conductivities: what a one-temperature model calls k. */
    public double totalConductivity() {
        double s = 0;
        for (Carrier c : carriers()) s += conductivity(c);
        return s;
    }

    /** Bulk exchange coefficient between two carriers of this material (W m⁻³K⁻¹), symmetric; 0 for none. */
    public double exchange(Carrier a, Carrier b) {
        if (a == b) return 0;
        if (a == Carrier.PHONONS || b == Carrier.PHONONS) {
            Carrier e = a == Carrier.PHONONS ? b : a;
            return e == Carrier.ELECTRONS ? gEp : 0.5 * gEp;
        }
        return gSf; // the two spin channels
    }

    /**
     * Length over which the electron and phonon temperatures relax to each other next to an interface
     * (m): {@code λ_ep = √(k_e k_p / (g_ep (k_e + k_p)))}; infinite without coupling, NaN for a dielectric.
     * For a spin metal k_e = κ↑ + κ↓.
     */
    public double electronPhononLength() {
        if (carriers().length == 1) return Double.NaN;
        double ke = Double.isNaN(kElectron) ? kUp + kDown : kElectron;
        return Math.sqrt(ke * kPhonon / (gEp * (ke + kPhonon)));
    }

    /** Spin heat decay length λ_s = √(κ↑κ↓/((κ↑ + κ↓) g_sf)) (m), ignoring g_ep; NaN unless spin-resolved. */
    public double spinLength() {
        if (Double.isNaN(kUp)) return Double.NaN;
        return Math.sqrt(kUp * kDown / ((kUp + kDown) * gSf));
    }

    public String describe() {
        if (!Double.isNaN(kUp)) {
            return String.format(Locale.ROOT, "spin-resolved metal: κ↑ = %g, κ↓ = %g, k_p = %g W/m/K, g_ep = %g, g_sf = %g W/m³/K",
                    kUp, kDown, kPhonon, gEp, gSf);
        }
        if (!Double.isNaN(kElectron)) {
            return String.format(Locale.ROOT, "two-temperature metal: k_e = %g, k_p = %g W/m/K, g_ep = %g W/m³/K", kElectron, kPhonon, gEp);
        }
        return String.format(Locale.ROOT, "phonons only: k_p = %g W/m/K", kPhonon);
    }
}
