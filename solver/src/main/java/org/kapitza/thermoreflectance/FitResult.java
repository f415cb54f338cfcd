package org.kapitza.thermoreflectance;

import java.util.List;

/**
 * The outcome of a least-squares fit of stack parameters to a measured sweep.
 *
 * @param parameters     the fitted parameters' names
 * @param values         fitted values (SI)
 * @param sigmaLog       one standard deviation of ln p from the covariance (JᵀJ)⁻¹ of the residuals
 *                       weighted by the stated noise (so a relative standard error of p)
 * @param low            lower end of the 95 % interval, p·exp(−1.96 σ_ln)
 * @param high           upper end of the 95 % interval, p·exp(+1.96 σ_ln)
 * @param correlation    correlation matrix of ln p
 * @param singularValues singular values of the weighted sensitivity matrix J (∂r_i/∂ln p_j, r in units of
 *                       the noise), largest first
 * @param singularVectors the matching right singular vectors, singularVectors[k][j] for value k, parameter j
 * @param chiSquare      Σ r_i² at the optimum, r_i = (model − data)/σ_i
 * @param points         number of data points
 * @param iterations     Levenberg–Marquardt iterations
 * @param evaluations    model evaluations by the optimiser (finite differences not counted)
 * @param fitted         the model's signal at the data points with the fitted values
 * @param warnings       parameters the data cannot separate, and a χ² that contradicts the stated noise
 * @param model          the stack with the fitted values
 */
public record FitResult(List<String> parameters, double[] values, double[] sigmaLog, double[] low, double[] high,
                        double[][] correlation, double[] singularValues, double[][] singularVectors, double chiSquare,
                        int points, int iterations, int evaluations, double[] fitted, List<String> warnings,
                        StackModel model) {

    /** χ² per degree of freedom: about 1 when the stated noise is right and the model fits. */
    public double reducedChiSquare() {
        int dof = points - parameters.size();
        return dof > 0 ? chiSquare / dof : Double.NaN;
    }
}
