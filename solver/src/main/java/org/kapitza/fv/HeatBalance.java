package org.kapitza.fv;

import org.kapitza.linalg.StencilOperator;
import org.kapitza.mesh.Mesh;

/**
 * The exact nonlinear heat balance of every cell of a grid discretisation and its Jacobian, for Newton's
 * method: the residual is the net heat leaving each cell (W), zero at the solution, with every face flow
 * from {@link Discretization#faceFlowAt} (every law applied exactly, no linearisation).
 */
final class HeatBalance {
    private final Discretization d;
    /** Flow per kelvin of every interior face (W/K) when every law is linear; computed once. */
    private double[] linearFaceConductance;

    HeatBalance(Discretization d) {
        this.d = d;
    }

    /**
     * Nonlinear residual: net heat leaving each cell (W), zero at the solution. Interior flows enter
     * two cells with opposite signs, so Σ out is exactly the global imbalance.
     *
     * @return the throughput, half the sum of |every source and boundary term| (W)
     */
    double residual(double[] theta, double[] out) {
        Mesh m = d.mesh;
        BoundaryBinding bounds = d.boundaries;
        double tRef = d.tRef;
        double through = 0;
        for (int u = 0; u < d.n; u++) {
            double s = bounds.source(u);
            out[u] = -s;
            through += Math.abs(s);
        }
        if (d.nonlinear) {
            for (int f = 0; f < d.bStart; f++) {
                int o = m.owner(f);
                int nb = m.neighbour(f);
                double q = d.faceFlowAt(f, tRef + theta[o], tRef + theta[nb]);
                out[o] += q;
                out[nb] -= q;
            }
        } else {
            // Linear laws: each face's flow is its constant conductance times the temperature difference.
            // Evaluating the law (conductivities, interface models) on every face of every residual was a
            // quarter of a transient run's time.
            double[] g = linearFaceConductances();
            for (int f = 0; f < d.bStart; f++) {
                int o = m.owner(f);
                int nb = m.neighbour(f);
                double q = g[f] * (theta[o] - theta[nb]);
                out[o] += q;
                out[nb] -= q;
            }
        }
        for (int b = 0; b < d.bEnd - d.bStart; b++) {
            int f = b + d.bStart;
            int u = m.owner(f);
            double q = d.boundaryFlowAt(b, tRef + theta[u]);
            double in = bounds.flux(b) * m.area(f);
            out[u] += q - in;
            through += Math.abs(q) + Math.abs(in);
        }
        return 0.5 * through;
    }

    private double[] linearFaceConductances() {
        if (linearFaceConductance == null) {
            double[] g = new double[d.bStart];
            double hot = d.tRef + 1;
            double unit = hot - d.tRef; // 1 to within an ulp of tRef
            for (int f = 0; f < d.bStart; f++) g[f] = d.faceFlowAt(f, hot, d.tRef) / unit;
            linearFaceConductance = g;
        }
        return linearFaceConductance;
    }

    /** Step for one-sided difference quotients at temperature t (K). */
    private static double step(double t) {
        return 1e-7 * Math.max(1.0, Math.abs(t));
    }

    /**
     * The Jacobian of {@link #residual} in j (same pattern as the matrix), face by face: each face's
     * flow depends on its two cells only, so its derivatives are difference quotients of
     * {@link Discretization#faceFlowAt} in each argument.
     */
    void jacobian(double[] theta, StencilOperator j) {
        Mesh m = d.mesh;
        double tRef = d.tRef;
        j.clear();
        for (int c = 0; c < d.n; c++) if (!m.isActive(c)) j.diag[c] = 1;
        for (int f = 0; f < d.bStart; f++) {
            int a = m.axis(f);
            int o = m.owner(f);
            int nb = m.neighbour(f);
            double tp = tRef + theta[o];
            double tn = tRef + theta[nb];
            double q = d.faceFlowAt(f, tp, tn);
            double hp = step(tp);
            double hn = step(tn);
            double dqdp = (d.faceFlowAt(f, tp + hp, tn) - q) / hp;
            double dqdn = (d.faceFlowAt(f, tp, tn + hn) - q) / hn;
            j.diag[o] += dqdp;
            j.up[a][o] += dqdn;
            j.down[a][o] -= dqdp;
            j.diag[nb] -= dqdn;
        }
        for (int b = 0; b < d.bEnd - d.bStart; b++) {
            if (d.boundaries.exclusiveOf(b) < 0) continue;
            int u = m.owner(b + d.bStart);
            double tp = tRef + theta[u];
            double h = step(tp);
            j.diag[u] += (d.boundaryFlowAt(b, tp + h) - d.boundaryFlowAt(b, tp)) / h;
        }
    }

    /** Step for central difference quotients at temperature t (K): ε^{1/3}, balancing truncation and round-off. */
    private static double centralStep(double t) {
        return 6e-6 * Math.max(1.0, Math.abs(t));
    }

    /**
     * The tangent of the heat balance at theta for the harmonic linearisation: interior faces as in
     * {@link #jacobian} but by central difference quotients (relative error ~1e-10 rather than the
     * one-sided quotient's ~1e-7, which is ample for Newton steps but not for an amplitude checked to
     * 1e-6), and the boundary faces' derivatives dQ_b/dT per cell into {@code boundary} (W/K) instead of
     * the diagonal, so that the harmonic energy balance can name the heat leaving through the boundaries.
     * The diagonal of j then holds only the interior faces' terms: the full tangent is j + diag(boundary).
     */
    void tangent(double[] theta, StencilOperator j, double[] boundary) {
        Mesh m = d.mesh;
        double tRef = d.tRef;
        j.clear();
        java.util.Arrays.fill(boundary, 0);
        for (int c = 0; c < d.n; c++) if (!m.isActive(c)) j.diag[c] = 1;
        for (int f = 0; f < d.bStart; f++) {
            int a = m.axis(f);
            int o = m.owner(f);
            int nb = m.neighbour(f);
            double tp = tRef + theta[o];
            double tn = tRef + theta[nb];
            double hp = centralStep(tp);
            double hn = centralStep(tn);
            double dqdp = (d.faceFlowAt(f, tp + hp, tn) - d.faceFlowAt(f, tp - hp, tn)) / (2 * hp);
            double dqdn = (d.faceFlowAt(f, tp, tn + hn) - d.faceFlowAt(f, tp, tn - hn)) / (2 * hn);
            j.diag[o] += dqdp;
            j.up[a][o] += dqdn;
            j.down[a][o] -= dqdp;
            j.diag[nb] -= dqdn;
        }
        for (int b = 0; b < d.bEnd - d.bStart; b++) {
            if (d.boundaries.exclusiveOf(b) < 0) continue;
            int u = m.owner(b + d.bStart);
            double tp = tRef + theta[u];
            double h = centralStep(tp);
            boundary[u] += (d.boundaryFlowAt(b, tp + h) - d.boundaryFlowAt(b, tp - h)) / (2 * h);
        }
    }
}
