package org.kapitza.phonon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Diffuse mismatch, acoustic mismatch and the radiation limit: docs/PHYSICS.md §3 checks. */
class MismatchModelsTest {
    private static final AcousticLibrary LIB = AcousticLibrary.builtIn();
    private static final AcousticProperties AL = LIB.get("aluminium");
    private static final AcousticProperties SI = LIB.get("silicon");
    private static final String[][] PAIRS = {
        {"aluminium", "silicon"}, {"copper", "sapphire"}, {"lead", "diamond"}, {"gold", "gan"},
        {"fused-silica", "silicon"}, {"aluminium", "copper"}, {"helium-4", "copper"}};

    /** Log-spaced temperatures from 1 K to 1000 K. */
    private static double[] sweep(int perDecade) {
        double[] t = new double[3 * perDecade + 1];
        for (int i = 0; i < t.length; i++) t[i] = Math.pow(10, (double) i / perDecade);
        return t;
    }

    /** docs/PHYSICS.md §3 (check): α_{Al→Si} = 0.2559, h/T³ = 627.8 W m⁻²K⁻⁴, R·T³ = 1.593e-3 K⁴m²/W. */
    @Test
    void aluminiumOnSiliconHasThePhysicsMdValues() {
        // Below every cutoff, at any frequency: the numbers are quoted to four digits.
        double omega = 1e12;
        for (Cutoff c : Cutoff.values()) {
            assertEquals(0.2559, DiffuseMismatch.transmissivity(AL, SI, c, omega), 0.00005);
        }
        double a = DiffuseMismatch.lowTemperatureCoefficient(AL, SI);
        assertEquals(627.8, a, 0.05);
        assertEquals(1.593e-3, 1 / a, 0.0005e-3);
        // The frequency integral at 1 K, both cutoffs, lands on the closed form.
        for (Cutoff c : Cutoff.values()) {
            double h = DiffuseMismatch.spectrum(AL, SI, c).conductance(1.0);
            assertEquals(a, h, 1e-10 * a, c.label());
        }
    }

    /** docs/PHYSICS.md §3: the low-T integral equals the T³ closed form within 0.1 %, for every model. */
    @ParameterizedTest
    @EnumSource(Cutoff.class)
    void theLowTemperatureIntegralIsTheTCubedLaw(Cutoff cutoff) {
        for (BoundaryModel m : new BoundaryModel[] {BoundaryModel.DMM, BoundaryModel.AMM, BoundaryModel.RADIATION_LIMIT}) {
            for (String[] p : PAIRS) {
                if (p[0].equals("helium-4")) continue; // its cutoff (19.8 K) ends the T³ law at ~0.5 K
                AcousticProperties a = LIB.get(p[0]);
                AcousticProperties b = LIB.get(p[1]);
                double closed = m.lowTemperatureCoefficient(a, b);
                TransmissionSpectrum s = m.spectrum(a, b, cutoff);
                for (double t : new double[] {0.1, 1, 2}) {
                    assertEquals(closed, s.conductance(t) / (t * t * t), 1e-3 * closed, m.id() + " " + p[0] + "/" + p[1] + " at " + t + " K");
                }
            }
        }
        // The lowest cutoff of the list (lead's transverse branch, Θ ≈ 67 K under B) still keeps 0.1 % at 3 K ...
        AcousticProperties pb = LIB.get("lead");
        AcousticProperties dia = LIB.get("diamond");
        double closed = DiffuseMismatch.lowTemperatureCoefficient(pb, dia);
        assertEquals(closed, DiffuseMismatch.spectrum(pb, dia, cutoff).conductance(3) / 27, 1e-3 * closed);
        // ... but by room temperature the cutoffs matter: the T³ law overstates h many times over.
        assertTrue(DiffuseMismatch.spectrum(pb, dia, cutoff).conductance(300) < 0.1 * closed * 300 * 300 * 300);
    }

    /** docs/PHYSICS.md §3: DMM detailed balance h(A→B) = h(B→A) to 1e-10 at all temperatures. */
    @ParameterizedTest
    @EnumSource(Cutoff.class)
    void diffuseMismatchObeysDetailedBalance(Cutoff cutoff) {
        for (String[] p : PAIRS) {
            AcousticProperties a = LIB.get(p[0]);
            AcousticProperties b = LIB.get(p[1]);
            TransmissionSpectrum ab = DiffuseMismatch.spectrum(a, b, cutoff);
            TransmissionSpectrum ba = DiffuseMismatch.spectrum(b, a, cutoff);
            for (double t : sweep(10)) {
                double h = ab.conductance(t);
                assertEquals(h, ba.conductance(t), 1e-10 * h, p[0] + "/" + p[1] + " at " + t + " K");
            }
            // Nor is it a trivial identity: the transmissivities themselves differ, α(A→B) + α(B→A) = 1.
            double w = 0.5 * Math.min(java.util.Arrays.stream(cutoff.frequencies(a)).min().getAsDouble(),
                    java.util.Arrays.stream(cutoff.frequencies(b)).min().getAsDouble());
            assertEquals(1, DiffuseMismatch.transmissivity(a, b, cutoff, w) + DiffuseMismatch.transmissivity(b, a, cutoff, w), 1e-15);
        }
    }

    @Test
    void acousticMismatchReflectsTotallyBeyondTheCriticalAngle() {
        // Longitudinal waves from aluminium (6420 m/s) into silicon (8970 m/s): θ_c = asin(6420/8970).
        double z1 = 2700 * 6420;
        double z2 = 2329 * 8970;
        double tc = AcousticMismatch.criticalAngle(6420, 8970);
        assertEquals(Math.asin(6420.0 / 8970), tc, 1e-15);
        for (double th : new double[] {tc + 1e-9, tc + 0.01, 1.0, 1.3, 0.5 * Math.PI}) {
            assertEquals(0, AcousticMismatch.transmissivity(th, z1, 6420, z2, 8970), "θ = " + th);
        }
        // Below it transmission is positive and falls to zero at θ_c (cosθ₂ → 0).
        assertTrue(AcousticMismatch.transmissivity(tc - 0.01, z1, 6420, z2, 8970) > 0);
        assertTrue(AcousticMismatch.transmissivity(tc - 1e-10, z1, 6420, z2, 8970) < 1e-3);
        // Normal incidence: 4Z₁Z₂/(Z₁+Z₂)².
        assertEquals(4 * z1 * z2 / ((z1 + z2) * (z1 + z2)), AcousticMismatch.transmissivity(0, z1, 6420, z2, 8970), 1e-15);
        // No total reflection towards the slower side.
        assertEquals(0.5 * Math.PI, AcousticMismatch.criticalAngle(8970, 6420));
        assertTrue(AcousticMismatch.transmissivity(1.5, z2, 8970, z1, 6420) > 0);
    }

    @Test
    void theHemisphericalMeanHasItsExactValuesWhereOneIsKnown() {
        // Equal speeds: no refraction, α is the normal-incidence value at every angle, and so is ᾱ.
        double z1 = 1e7;
        double z2 = 4e7;
        assertEquals(4 * z1 * z2 / ((z1 + z2) * (z1 + z2)), AcousticMismatch.hemisphericalTransmissivity(z1, 5000, z2, 5000), 1e-14);
        // Identical media transmit everything.
        assertEquals(1, AcousticMismatch.hemisphericalTransmissivity(z1, 5000, z1, 5000), 1e-14);
        // Matched impedance, c₂ = 2c₁: ∫₀^{1/4} 4ab/(a+b)² du with a = √(1−u), b = √(1−4u) (critical angle at
        // sin²θ₁ = 1/4), checked against a fine midpoint sum of the untransformed integrand.
        int n = 2_000_000;
        double du = 0.25 / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double u = (i + 0.5) * du;
            double a = Math.sqrt(1 - u);
            double b = Math.sqrt(1 - 4 * u);
            sum += 4 * a * b / ((a + b) * (a + b)) * du;
        }
        assertEquals(sum, AcousticMismatch.hemisphericalTransmissivity(z1, 3000, z1, 6000), 1e-9);
    }

    /** Swartz and Pohl 1989 §III.A: AMM reciprocity ᾱ₁₂/c₁² = ᾱ₂₁/c₂², hence h₁→₂ = h₂→₁. */
    @ParameterizedTest
    @EnumSource(Cutoff.class)
    void acousticMismatchIsReciprocal(Cutoff cutoff) {
        for (String[] p : PAIRS) {
            AcousticProperties a = LIB.get(p[0]);
            AcousticProperties b = LIB.get(p[1]);
            double[] ab = AcousticMismatch.branchTransmissivities(a, b);
            double[] ba = AcousticMismatch.branchTransmissivities(b, a);
            double[] ca = a.branchSpeeds();
            double[] cb = b.branchSpeeds();
            for (int j = 0; j < Math.min(ca.length, cb.length); j++) {
                assertEquals(ab[j] / (ca[j] * ca[j]), ba[j] / (cb[j] * cb[j]), 1e-12 * ab[j] / (ca[j] * ca[j]), p[0] + "/" + p[1] + " branch " + j);
            }
            TransmissionSpectrum sab = AcousticMismatch.spectrum(a, b, cutoff);
            TransmissionSpectrum sba = AcousticMismatch.spectrum(b, a, cutoff);
            for (double t : sweep(5)) {
                double h = sab.conductance(t);
                assertEquals(h, sba.conductance(t), 1e-10 * h, p[0] + "/" + p[1] + " at " + t + " K");
            }
        }
    }

    /** docs/PHYSICS.md §3: the radiation limit is the largest elastic conductance: ≥ DMM and ≥ AMM, every pair and T. */
    @ParameterizedTest
    @EnumSource(Cutoff.class)
    void theRadiationLimitBoundsBothMismatchModels(Cutoff cutoff) {
        List<AcousticProperties> all = new ArrayList<>(LIB.all().values());
        double[] temperatures = sweep(4);
        for (AcousticProperties a : all) {
            for (AcousticProperties b : all) {
                TransmissionSpectrum rad = RadiationLimit.spectrum(a, b, cutoff);
                TransmissionSpectrum dmm = DiffuseMismatch.spectrum(a, b, cutoff);
                TransmissionSpectrum amm = AcousticMismatch.spectrum(a, b, cutoff);
                for (double t : temperatures) {
                    double limit = rad.conductance(t) * (1 + 1e-12);
                    String where = a.name() + "/" + b.name() + " at " + t + " K";
                    assertTrue(dmm.conductance(t) <= limit, "DMM above the radiation limit: " + where);
                    assertTrue(amm.conductance(t) <= limit, "AMM above the radiation limit: " + where);
                }
            }
        }
        // Where the bound is reached: identical solids transmit everything in AMM, half in DMM.
        TransmissionSpectrum rad = RadiationLimit.spectrum(AL, AL, cutoff);
        double t = 50;
        assertEquals(rad.conductance(t), AcousticMismatch.spectrum(AL, AL, cutoff).conductance(t), 1e-12 * rad.conductance(t));
        assertEquals(0.5 * rad.conductance(t), DiffuseMismatch.spectrum(AL, AL, cutoff).conductance(t), 1e-12 * rad.conductance(t));
    }
}
