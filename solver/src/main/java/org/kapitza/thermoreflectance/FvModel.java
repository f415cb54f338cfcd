package org.kapitza.thermoreflectance;

import org.kapitza.fv.GaussianSpot;
import org.kapitza.fv.HarmonicResult;
import org.kapitza.fv.HarmonicSolver;

/**
 * The FDTR phase from the 3D finite-volume harmonic solve ({@link HarmonicSolver}) of a stack meshed by
 * {@link StackMesh}: the pump as a Gaussian heat input on the top surface, the probe as the Gaussian-weighted
 * mean of the surface amplitude. An independent check of the layered model, and the forward model for
 * geometries it cannot describe ({@code --model fv}).
 */
public final class FvModel {
    /** Relative residual of each harmonic solve. */
    static final double TOLERANCE = 1e-10;

    private FvModel() {
    }

    /** What one sweep did: the response H(ω) (K/W, re and im) at each frequency and the solver figures. */
    public record Sweep(double[] re, double[] im, int[] iterations, double[] imbalance, double[] seconds, int cells) {
        /** Phase at point i, degrees. */
        public double phaseDegrees(int i) {
            return Math.toDegrees(Math.atan2(im[i], re[i]));
        }
    }

    /** H(ω) at the frequencies (Hz) on a mesh built for their range, refined by {@code refine}. */
    public static Sweep sweep(StackModel model, double[] frequencies, double refine) {
        double fMin = Double.POSITIVE_INFINITY;
        double fMax = 0;
        for (double f : frequencies) {
            fMin = Math.min(fMin, f);
            fMax = Math.max(fMax, f);
        }
        StackMesh.Meshed m = StackMesh.build(model, fMin, fMax, refine);
        HarmonicSolver solver = new HarmonicSolver(m.problem(), TOLERANCE, 2000);
        var mesh = m.problem().mesh();
        double[] pump = new GaussianSpot(0, 0, model.pump()).weights(mesh);
        double[] probe = new GaussianSpot(0, 0, model.probe()).weights(mesh);
        // One watt into the whole spot: the quarter domain receives 1/4 W, and the probe average is unchanged.
        double[] qi = new double[pump.length];
        double[] re = new double[frequencies.length];
        double[] im = new double[frequencies.length];
        int[] its = new int[frequencies.length];
        double[] imbalance = new double[frequencies.length];
        double[] seconds = new double[frequencies.length];
        for (int i = 0; i < frequencies.length; i++) {
            HarmonicResult r = solver.solve(2 * Math.PI * frequencies[i], pump, qi);
            double[] t = solver.surfaceAverage(r, pump, qi, probe);
            // pump weights sum to 1/4 W on the quarter: the response per watt of the full spot is t.
            re[i] = t[0];
            im[i] = t[1];
            its[i] = r.iterations();
            imbalance[i] = r.energyImbalance();
            seconds[i] = r.setupSeconds() + r.solveSeconds();
        }
        return new Sweep(re, im, its, imbalance, seconds, mesh.activeCellCount());
    }

    /** The FDTR phase from the 3D model, as a {@link ForwardModel}. */
    public static ForwardModel fdtr(double[] frequencies, double refine) {
        double[] f = frequencies.clone();
        return new ForwardModel() {
            @Override
            public double[] predict(StackModel model) {
                Sweep s = FvModel.sweep(model, f, refine);
                double[] phase = new double[f.length];
                for (int i = 0; i < f.length; i++) phase[i] = s.phaseDegrees(i);
                return phase;
            }

            @Override
            public boolean relative() {
                return false;
            }

            @Override
            public String signal() {
                return "phase (deg)";
            }

            @Override
            public String sweep() {
                return "frequency (Hz)";
            }

            @Override
            public String name() {
                return "fv";
            }
        };
    }
}
