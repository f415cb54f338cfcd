package org.kapitza.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.kapitza.thermoreflectance.FitResult;
import org.kapitza.thermoreflectance.ForwardModel;
import org.kapitza.thermoreflectance.FvModel;
import org.kapitza.thermoreflectance.Layer;
import org.kapitza.thermoreflectance.LayeredStack;
import org.kapitza.thermoreflectance.LeastSquaresFit;
import org.kapitza.thermoreflectance.StackModel;

/**
 * Issue 15's figures: the 3D harmonic solve of an FDTR stack (80 nm Al | G = 100 MW/m²K | sapphire, 5 µm
 * pump and probe, a quarter of the axisymmetric problem graded toward the spot) against the layered model
 * over 20 frequencies from 10 kHz to 20 MHz, with COCG iterations and time per frequency; the same on a
 * refined mesh (refine 2.5: about 10⁶ cells); and complete 20-frequency FDTR fits of G and k_sapphire with
 * the layered and the 3D model.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kapitza.benchmarks.HarmonicBenchmark sweep [REFINE] [COUNT]
 * java -cp benchmarks/target/benchmarks.jar org.kapitza.benchmarks.HarmonicBenchmark fit [layered|fv] [REFINE]</pre>
 */
public final class HarmonicBenchmark {
    private HarmonicBenchmark() {
    }

    static StackModel stack(double g, double k) {
        LayeredStack s = new LayeredStack(List.of(Layer.isotropic("al", 180, 2700 * 897.0, 80e-9),
                Layer.isotropic("sapphire", k, 3980 * 761.0, Double.POSITIVE_INFINITY)), new double[] {g},
                LayeredStack.Bottom.ISOTHERMAL);
        return new StackModel(s, 5e-6, 5e-6);
    }

    static double[] frequencies(int count) {
        double[] f = new double[count];
        for (int i = 0; i < count; i++) f[i] = 1e4 * Math.pow(2e7 / 1e4, i / (double) (count - 1));
        return f;
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "sweep";
        if (mode.equals("fit")) {
            fit(args.length > 1 ? args[1] : "layered", args.length > 2 ? Double.parseDouble(args[2]) : 1);
            return;
        }
        double refine = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        double[] f = frequencies(count);
        StackModel model = stack(1e8, 35);
        long t0 = System.nanoTime();
        FvModel.Sweep s = FvModel.sweep(model, f, refine);
        double total = (System.nanoTime() - t0) * 1e-9;
        var layered = model.response();
        System.out.printf(Locale.ROOT, "%d cells (refine %.2f), %d frequencies, %.1f s in all (mesh and setup included), %d threads%n%n",
                s.cells(), refine, count, total, Runtime.getRuntime().availableProcessors());
        System.out.println("| f (Hz) | phase fv (°) | phase layered (°) | difference (°) | COCG iterations | energy imbalance | s |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        double worst = 0;
        for (int i = 0; i < f.length; i++) {
            double e = layered.phaseDegrees(f[i]);
            worst = Math.max(worst, Math.abs(s.phaseDegrees(i) - e));
            System.out.printf(Locale.ROOT, "| %.4g | %.4f | %.4f | %+.4f | %d | %.1e | %.2f |%n", f[i], s.phaseDegrees(i), e,
                    s.phaseDegrees(i) - e, s.iterations()[i], s.imbalance()[i], s.seconds()[i]);
        }
        System.out.printf(Locale.ROOT, "%nlargest difference %.4f°%n", worst);
    }

    static void fit(String which, double refine) {
        double[] f = frequencies(20);
        // Data from the layered model (the truth G = 100 MW/m²K, k = 35 W/m/K) with 0.2° noise, seed 7.
        double[] truth = ForwardModel.fdtrLayered(f).predict(stack(1e8, 35));
        Random random = new Random(7);
        double[] data = new double[f.length];
        double[] sigma = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            data[i] = truth[i] + 0.2 * random.nextGaussian();
            sigma[i] = 0.2;
        }
        ForwardModel forward = which.equals("fv") ? FvModel.fdtr(f, refine) : ForwardModel.fdtrLayered(f);
        int[] calls = {0};
        ForwardModel counted = new ForwardModel() {
            @Override
            public double[] predict(StackModel m) {
                calls[0]++;
                return forward.predict(m);
            }

            @Override
            public boolean relative() {
                return false;
            }

            @Override
            public String signal() {
                return forward.signal();
            }

            @Override
            public String sweep() {
                return forward.sweep();
            }

            @Override
            public String name() {
                return forward.name();
            }
        };
        long t0 = System.nanoTime();
        FitResult r = LeastSquaresFit.fit(counted, stack(3e8, 20), List.of("al|sapphire.G", "sapphire.k"), data, sigma);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s model: %.2f s, %d iterations, %d sweeps of 20 frequencies, χ²/dof %.3f",
                which, seconds, r.iterations(), calls[0], r.reducedChiSquare()));
        for (int j = 0; j < 2; j++) {
            lines.add(String.format(Locale.ROOT, "  %s = %.5g [%.5g, %.5g]", r.parameters().get(j), r.values()[j], r.low()[j], r.high()[j]));
        }
        lines.forEach(System.out::println);
    }
}
