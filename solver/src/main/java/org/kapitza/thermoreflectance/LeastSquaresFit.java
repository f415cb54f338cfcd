package org.kapitza.thermoreflectance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.nonlinear.vector.leastsquares.EvaluationRmsChecker;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.kapitza.InputException;
import org.kapitza.Numbers;

/**
 * Fits stack parameters to a measured sweep by Levenberg–Marquardt (Hipparchus
 * {@link LevenbergMarquardtOptimizer}, Moré's MINPACK formulation) in the logarithms of the parameters,
 * which keeps them positive and the steps scale-free.
 *
 * <p>Residuals r_i = (model_i − data_i)/σ_i with σ_i the stated noise (the phase noise in degrees, or
 * the relative ratio noise times the datum). The covariance of ln p is (JᵀJ)⁻¹ with J = ∂r/∂ln p at the
 * optimum, scaled by the stated noise, not by the residuals (Press et al., Numerical Recipes, §15.4–15.6):
 * it is the uncertainty the data's noise implies, and the reduced χ² says whether that noise is right.
 * Intervals are p·exp(±1.96 σ_ln) (95 %, linearised in ln p). Identifiability comes from the singular
 * value decomposition of J: a right singular vector whose singular value s gives 1/s > {@value #LOOSE}
 * (that combination of ln p known to no better than ±50 % at 1σ) names the parameters with components
 * above {@value #COMPONENT}; correlations above {@value #CORRELATED} in magnitude are reported too.
 */
public final class LeastSquaresFit {
    /** Largest 1σ uncertainty of a combination of ln p that counts as determined. */
    static final double LOOSE = 0.5;
    /** Parameters that take part in a poorly determined combination. */
    static final double COMPONENT = 0.3;
    /** Correlation coefficient above which two parameters are reported as not separated. */
    static final double CORRELATED = 0.95;

    private LeastSquaresFit() {
    }

    /**
     * @param forward    the signal the stack gives at the data points
     * @param start      the stack with starting values
     * @param parameters names of the parameters to fit ({@link StackModel})
     * @param data       measured signal
     * @param sigma      one standard deviation of each datum, in the signal's unit
     */
    public static FitResult fit(ForwardModel forward, StackModel start, List<String> parameters, double[] data, double[] sigma) {
        int m = data.length;
        int n = parameters.size();
        if (n == 0) throw new InputException("no parameters to fit; list them under 'fit:' in the stack file, e.g. fit: [transducer|substrate.G]");
        if (m <= n) throw new InputException(m + " data points cannot determine " + n + " parameters");
        double[] x0 = new double[n];
        for (int j = 0; j < n; j++) x0[j] = Math.log(start.get(parameters.get(j)));
        double[] target = new double[m];
        for (int i = 0; i < m; i++) target[i] = data[i] / sigma[i];
        int[] evaluations = {0};
        LeastSquaresOptimizer.Optimum optimum;
        try {
            optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .start(x0)
                    .target(target)
                    .model(point -> {
                        double[] x = point.toArray();
                        evaluations[0]++;
                        double[][] jac = new double[m][n];
                        double[] value = weighted(forward, start, parameters, x, sigma);
                        // Forward differences while iterating (n + 1 models a step); the covariance below is
                        // taken from central differences at the optimum.
                        for (int j = 0; j < n; j++) {
                            double[] xp = x.clone();
                            xp[j] += Sensitivity.STEP;
                            double[] up = weighted(forward, start, parameters, xp, sigma);
                            for (int i = 0; i < m; i++) jac[i][j] = (up[i] - value[i]) / Sensitivity.STEP;
                        }
                        return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jac, false));
                    })
                    .parameterValidator(v -> {
                        // Keep ln p within ±25 e-folds of the start: a wandering step cannot reach 0 or ∞.
                        for (int j = 0; j < n; j++) v.setEntry(j, Math.max(x0[j] - 25, Math.min(x0[j] + 25, v.getEntry(j))));
                        return v;
                    })
                    .maxEvaluations(1000)
                    .maxIterations(200)
                    .checker(new EvaluationRmsChecker(1e-10, 1e-14))
                    .build());
        } catch (MathIllegalStateException e) {
            throw new InputException("the fit did not converge (" + e.getMessage() + "); start closer to the answer or fit fewer parameters");
        }
        double[] x = optimum.getPoint().toArray();
        double[] values = new double[n];
        for (int j = 0; j < n; j++) values[j] = Math.exp(x[j]);
        StackModel fittedModel = start.with(parameters, values);
        double[] fitted = forward.predict(fittedModel);
        double chi2 = 0;
        for (int i = 0; i < m; i++) chi2 += Math.pow((fitted[i] - data[i]) / sigma[i], 2);

        double[][] central = Sensitivity.of(forward, fittedModel, parameters);
        double[][] weightedSensitivity = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                // ∂r_i/∂ln p_j: the relative sensitivity ∂ln s/∂ln p times s/σ for a relative signal.
                weightedSensitivity[i][j] = (forward.relative() ? central[i][j] * fitted[i] : central[i][j]) / sigma[i];
            }
        }
        RealMatrix jac = new Array2DRowRealMatrix(weightedSensitivity, false);
        SingularValueDecomposition svd = new SingularValueDecomposition(jac);
        double[] s = svd.getSingularValues();
        RealMatrix v = svd.getV();
        // Covariance (JᵀJ)⁻¹ = V S⁻² Vᵀ; a zero singular value means that combination is not determined at all.
        double[][] cov = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double sum = 0;
                for (int k = 0; k < n; k++) sum += v.getEntry(a, k) * v.getEntry(b, k) / (s[k] * s[k]);
                cov[a][b] = sum;
            }
        }
        double[] sigmaLog = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int j = 0; j < n; j++) {
            sigmaLog[j] = Math.sqrt(cov[j][j]);
            low[j] = values[j] * Math.exp(-1.96 * sigmaLog[j]);
            high[j] = values[j] * Math.exp(1.96 * sigmaLog[j]);
        }
        double[][] corr = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) corr[a][b] = cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
        }
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) vectors[k][j] = v.getEntry(j, k);
        }
        List<String> warnings = identifiability(parameters, s, vectors, corr);
        FitResult r = new FitResult(List.copyOf(parameters), values, sigmaLog, low, high, corr, s, vectors, chi2, m,
                optimum.getIterations(), evaluations[0], fitted, warnings, fittedModel);
        double red = r.reducedChiSquare();
        if (red > 4 || red < 0.25) {
            warnings.add(String.format(Locale.ROOT, "reduced χ² = %.3g: the residuals are %s the stated noise, so either the noise"
                    + " is misstated or the model does not describe the sample; the intervals assume the stated noise",
                    red, red > 1 ? "larger than" : "smaller than"));
        }
        return r;
    }

    /** The parameters the data cannot separate, in words. */
    static List<String> identifiability(List<String> parameters, double[] s, double[][] vectors, double[][] corr) {
        List<String> warnings = new ArrayList<>();
        int n = parameters.size();
        for (int k = 0; k < n; k++) {
            double spread = s[k] > 0 ? 1 / s[k] : Double.POSITIVE_INFINITY;
            if (spread <= LOOSE) continue;
            List<String> involved = new ArrayList<>();
            StringBuilder combination = new StringBuilder();
            for (int j = 0; j < n; j++) {
                double c = vectors[k][j];
                if (Math.abs(c) < COMPONENT) continue;
                involved.add(parameters.get(j));
                if (combination.length() > 0) combination.append(c >= 0 ? " + " : " − ");
                else if (c < 0) combination.append("−");
                combination.append(String.format(Locale.ROOT, "%.2f ln %s", Math.abs(c), parameters.get(j)));
            }
            warnings.add("the data cannot determine " + (involved.size() == 1 ? involved.get(0) : "the combination of "
                    + String.join(" and ", involved)) + ": " + combination + " is known only to ±"
                    + (Double.isFinite(spread) ? Numbers.format(spread, 2) + " (1σ, singular value " + Numbers.format(s[k], 3) + ")"
                    : "∞ (singular value 0)") + "; measure over a range where they act differently, or fix one");
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (Math.abs(corr[a][b]) > CORRELATED) {
                    warnings.add(String.format(Locale.ROOT, "%s and %s are %s correlated (%.3f): the data barely separate them",
                            parameters.get(a), parameters.get(b), corr[a][b] > 0 ? "positively" : "negatively", corr[a][b]));
                }
            }
        }
        return warnings;
    }

    private static double[] weighted(ForwardModel forward, StackModel start, List<String> parameters, double[] x, double[] sigma) {
        double[] p = new double[x.length];
        for (int j = 0; j < x.length; j++) p[j] = Math.exp(x[j]);
        double[] y = forward.predict(start.with(parameters, p));
        for (int i = 0; i < y.length; i++) y[i] /= sigma[i];
        return y;
    }
}
