package org.kapitza.thermoreflectance;

import java.util.List;

/**
 * Sensitivities of a signal to the parameters, S_ij = ∂ln s_i/∂ln p_j for a relative signal (the TDTR
 * ratio; Costescu et al., Phys. Rev. B 67, 054302 (2003)) and ∂s_i/∂ln p_j for the FDTR phase in
 * degrees (Schmidt, Cheaito and Chiesa 2009, eq. 6: the phase crosses zero, so its logarithm is not
 * used), by central differences with a relative step of {@value #STEP} in each parameter: the
 * truncation error is O(10⁻⁸) of S and the model's quadrature is a fixed rule, so the differences are
 * smooth.
 */
public final class Sensitivity {
    static final double STEP = 1e-4;

    private Sensitivity() {
    }

    /** S[i][j] at the data points i for the parameters j, at the model's current values. */
    public static double[][] of(ForwardModel forward, StackModel model, List<String> parameters) {
        int n = -1;
        double[][] s = null;
        for (int j = 0; j < parameters.size(); j++) {
            String p = parameters.get(j);
            double v = model.get(p);
            double[] up = forward.predict(model.with(p, v * Math.exp(STEP)));
            double[] down = forward.predict(model.with(p, v * Math.exp(-STEP)));
            if (s == null) {
                n = up.length;
                s = new double[n][parameters.size()];
            }
            for (int i = 0; i < n; i++) {
                s[i][j] = forward.relative() ? (Math.log(Math.abs(up[i])) - Math.log(Math.abs(down[i]))) / (2 * STEP)
                        : (up[i] - down[i]) / (2 * STEP);
            }
        }
        return s == null ? new double[0][0] : s;
    }
}
