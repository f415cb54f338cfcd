package org.kapitza.io.report;

import org.kapitza.InputException;
import org.kapitza.fv.SteadyResult;
import org.kapitza.mesh.Mesh;

/**
 * The effective conductivity between two opposite patches held at different temperatures:
 * {@code k_eff = Q L / (A ΔT)}, with Q the heat through them, L their distance, A the area of the
 * cold patch and ΔT the difference of their mean surface temperatures. With grain boundaries of
 * resistance R in grains of mean size d, the effective-medium estimates of docs/PHYSICS.md §6 are given
 * beside it: {@code k₀/(1 + R k₀/d)} (Yang 2002) and {@code k₀/(1 + 2 R k₀/d)} (Nan and Birringer 1998).
 *
 * @param hotPatch      patch at the higher temperature
 * @param coldPatch     patch at the lower temperature
 * @param heatFlow      heat entering through the hot patch (W)
 * @param length        distance between the patches (m)
 * @param area          area of the cold patch (m²)
 * @param deltaT        difference of mean surface temperatures (K)
 * @param kEff          effective conductivity (W/(m·K))
 * @param grains        estimates for a polycrystal, or null
 */
public record EffectiveConductivity(String hotPatch, String coldPatch, double heatFlow, double length, double area,
                                    double deltaT, double kEff, GrainEstimates grains) {

    /**
     * Effective-medium estimates for grain boundaries.
     *
     * @param meanGrainSize  d = (V / N)^{1/3} (m)
     * @param k0             intragrain conductivity (W/(m·K))
     * @param resistance     boundary resistance R (m²K/W)
     * @param kapitzaLength  ℓ_K = k₀ R (m): boundaries matter when d ≲ 10 ℓ_K
     * @param yang           k₀/(1 + R k₀/d) (Yang 2002)
     * @param nanBirringer   k₀/(1 + 2 R k₀/d) (Nan and Birringer 1998)
     */
    public record GrainEstimates(double meanGrainSize, double k0, double resistance, double kapitzaLength, double yang,
                                 double nanBirringer) {
        public static GrainEstimates of(double d, double k0, double r) {
            return new GrainEstimates(d, k0, r, k0 * r, k0 / (1 + r * k0 / d), k0 / (1 + 2 * r * k0 / d));
        }
    }

    public static EffectiveConductivity between(SteadyResult r, String a, String b, GrainEstimates grains) {
        Mesh m = r.mesh();
        int pa = index(m, a);
        int pb = index(m, b);
        double ta = meanSurface(r, pa);
        double tb = meanSurface(r, pb);
        int hot = ta >= tb ? pa : pb;
        int cold = hot == pa ? pb : pa;
        int axis = m.axis(m.patchFace(hot, 0));
        double length = Math.abs(m.faceCentre(m.patchFace(hot, 0), axis) - m.faceCentre(m.patchFace(cold, 0), axis));
        double q = -r.patchOutflow(m.patchNames().get(hot));
        double area = m.patchArea(cold);
        double dt = Math.abs(ta - tb);
        return new EffectiveConductivity(m.patchNames().get(hot), m.patchNames().get(cold), q, length, area, dt,
                q * length / (area * dt), grains);
    }

    private static int index(Mesh m, String patch) {
        int p = m.patchIndex(patch);
        if (p < 0 || m.patchFaceCount(p) == 0) {
            throw new InputException("output.effective_conductivity: patch '" + patch + "' does not exist or has no faces");
        }
        return p;
    }

    private static double meanSurface(SteadyResult r, int patch) {
        Mesh m = r.mesh();
        double s = 0;
        double a = 0;
        for (int i = 0; i < m.patchFaceCount(patch); i++) {
            int f = m.patchFace(patch, i);
            s += m.area(f) * r.surfaceTemperature(f);
            a += m.area(f);
        }
        return s / a;
    }
}
