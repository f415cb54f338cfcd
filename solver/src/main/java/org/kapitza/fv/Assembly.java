package org.kapitza.fv;

import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.linalg.Parallel;
import org.kapitza.linalg.StencilMatrix;
import org.kapitza.mesh.Mesh;

/**
 * The symmetric conduction system of a grid discretisation: face conductances from {@link FaceLaw},
 * {@code G_f = A / (d_P/k_P + R_f + d_N/k_N)} with R_f = 0 for bulk faces and the interface or
 * grain-boundary model's secant resistance (staircase-corrected where the true normal is known)
 * otherwise; boundary faces with a fixed temperature contribute {@code A/(d_P/k_P + R_contact)}, with
 * convection {@code A/(d_P/k_P + 1/h)}. The matrix is symmetric positive definite, stored by faces on the
 * grid ({@link StencilMatrix}).
 *
 * <p>{@link #assemble} is the Picard linearisation (coefficients at the current temperatures, interface
 * R at the face temperatures the previous conductances imply); {@link #assembleSecant} writes the secant
 * conductances of the exact flows, so that results read from the matrix see exactly the converged flows.
 */
final class Assembly {
    final Discretization d;
    final StencilMatrix matrix;
    final double[] rhs;
    /** The face-conductance array of each axis, for faces indexed by their owner cell. */
    private final double[][] g;
    private final double[] kCell;
    /** Current secant R (m²K/W, factor included) per interface face and per grain-boundary face. */
    private final double[] ifR;
    private final double[] gbR;
    /** Current conductance (W/K) and bath temperature (K) per boundary face. */
    private final double[] bG;
    private final double[] bTref;

    Assembly(Discretization d) {
        this.d = d;
        Mesh m = d.mesh;
        matrix = new StencilMatrix(m.grid().nx(), m.grid().ny(), m.grid().nz());
        g = new double[][] {matrix.gx, matrix.gy, matrix.gz};
        for (int c = 0; c < d.n; c++) if (!m.isActive(c)) matrix.rowSum[c] = 1; // identity rows
        rhs = new double[d.n];
        kCell = new double[d.n];
        ifR = new double[d.ifEnd - d.ifStart];
        gbR = new double[d.gbEnd - d.gbStart];
        int nb = d.bEnd - d.bStart;
        bG = new double[nb];
        bTref = new double[nb];
    }

    /** Conductivity of an unknown's cell along an axis at the current temperature. */
    double k(int u, int axis, double[] theta) {
        double kc = kCell[u];
        if (kc == kc) return kc; // not NaN: isotropic, precomputed
        return d.checkedK(d.mesh.region(u), axis, d.tRef + theta[u]);
    }

    /** Current conductance (W/K) of an interior face. */
    double conductance(int f) {
        return g[d.mesh.axis(f)][d.mesh.owner(f)];
    }

    private void setFace(int f, double conductance) {
        g[d.mesh.axis(f)][d.mesh.owner(f)] = conductance;
    }

    /** Resistance (m²K/W, factor included) of an interface or grain-boundary face as last assembled; 0 for bulk. */
    double faceResistance(int f) {
        if (f >= d.ifStart && f < d.ifEnd) return ifR[f - d.ifStart];
        if (f >= d.gbStart && f < d.gbEnd) return gbR[f - d.gbStart];
        return 0;
    }

    /** Heat (W) leaving through boundary face f at theta with the assembled conductance (negative entering). */
    double boundaryOutflow(int f, double[] theta) {
        int b = f - d.bStart;
        double t = d.tRef + theta[d.mesh.owner(f)];
        double out = d.boundaries.exclusiveOf(b) >= 0 ? bG[b] * (t - bTref[b]) : 0;
        return out - d.boundaries.flux(b) * d.mesh.area(f);
    }

    /** The bath temperature (K) boundary face f was last assembled with. */
    double bathTemperature(int f) {
        return bTref[f - d.bStart];
    }

    private double faceConductance(int f, double r, double[] theta) {
        Mesh m = d.mesh;
        int a = m.axis(f);
        int o = m.owner(f);
        int nb = m.neighbour(f);
        return FaceLaw.conductance(m.area(f), m.ownerDistance(f), k(o, a, theta), r, m.neighbourDistance(f), k(nb, a, theta));
    }

    /**
     * The secant resistance of an interface face at the side temperatures implied by the current cell
     * temperatures and the face's previous conductance (for a constant model, just its value).
     */
    private double updatedResistance(int f, InterfaceModel model, double factor, boolean ownerIsSide1, double[] theta,
                                     double[] scratch) {
        if (!model.temperatureDependent()) return factor * model.resistance(d.tRef, d.tRef);
        sideTemperatures(f, theta, conductance(f), scratch);
        double t1 = ownerIsSide1 ? scratch[0] : scratch[1];
        double t2 = ownerIsSide1 ? scratch[1] : scratch[0];
        return factor * FaceBinding.resistance(model, t1, t2, f);
    }

    /**
     * Temperatures on the owner's and the neighbour's side of an interior face (K), given a conductance g
     * (W/K): the face law's side temperatures of the flow g (T_P − T_N).
     */
    void sideTemperatures(int f, double[] theta, double g, double[] out) {
        Mesh m = d.mesh;
        int a = m.axis(f);
        int o = m.owner(f);
        int nb = m.neighbour(f);
        double area = m.area(f);
        double q = g * (theta[o] - theta[nb]);
        out[0] = FaceLaw.ownerSideTemperature(d.tRef + theta[o], q, m.ownerDistance(f), k(o, a, theta), area);
        out[1] = FaceLaw.neighbourSideTemperature(d.tRef + theta[nb], q, m.neighbourDistance(f), k(nb, a, theta), area);
    }

    /**
     * Rewrites the matrix and right-hand side for temperatures {@code tRef + theta}: conductivities at
     * the cell temperatures, interface resistances at the face temperatures implied by the previous
     * assembly's conductances (the Picard linearisation of a nonlinear law).
     */
    void assemble(double[] theta) {
        Mesh m = d.mesh;
        int[] activeCells = d.activeCells;
        double tRef = d.tRef;
        FaceBinding faces = d.faces;
        BoundaryBinding bounds = d.boundaries;
        // Cell conductivities and bulk faces on all threads: each writes only its own cell or face slot
        // (and the laws are pure functions). Interface, grain-boundary and boundary faces share scratch
        // space and cells, and stay on this thread.
        Parallel par = Parallel.shared();
        par.forEach(activeCells.length, (blk, from, to) -> {
            for (int q = from; q < to; q++) {
                int c = activeCells[q];
                int r = m.region(c);
                kCell[c] = faces.isotropic(r) ? d.checkedK(r, 0, tRef + theta[c]) : Double.NaN;
            }
        });
        double[] rowSum = matrix.rowSum;
        for (int c : activeCells) rowSum[c] = 0;
        System.arraycopy(bounds.sources(), 0, rhs, 0, d.n);
        par.forEach(d.ifStart, (blk, from, to) -> {
            for (int f = from; f < to; f++) setFace(f, faceConductance(f, 0.0, theta));
        });
        double[] scratch = new double[2];
        for (int f = d.ifStart; f < d.ifEnd; f++) {
            int i = f - d.ifStart;
            ifR[i] = updatedResistance(f, d.model(f), d.factor(f), d.ownerIsSide1(f), theta, scratch);
            setFace(f, faceConductance(f, ifR[i], theta));
        }
        for (int f = d.gbStart; f < d.gbEnd; f++) {
            int i = f - d.gbStart;
            gbR[i] = updatedResistance(f, d.model(f), d.factor(f), true, theta, scratch);
            setFace(f, faceConductance(f, gbR[i], theta));
        }
        for (int b = 0; b < bG.length; b++) {
            int f = b + d.bStart;
            int u = m.owner(f);
            double area = m.area(f);
            rhs[u] += bounds.flux(b) * area;
            int e = bounds.exclusiveOf(b);
            if (e < 0) {
                bG[b] = 0;
                continue;
            }
            double dP = m.ownerDistance(f);
            double kP = k(u, m.axis(f), theta);
            double tb = bounds.bathTemperature(b);
            double r;
            if (bounds.condition(e) instanceof BoundaryCondition.FixedTemperature) {
                InterfaceModel contact = bounds.contact(e);
                r = 0;
                if (contact != null) {
                    // Surface temperature from the previous conductance, then the contact's secant R.
                    double tp = tRef + theta[u];
                    double ts = FaceLaw.ownerSideTemperature(tp, bG[b] * (tp - tb), dP, kP, area);
                    r = FaceBinding.resistance(contact, ts, tb, f);
                }
            } else {
                r = 1.0 / ((BoundaryCondition.Convection) bounds.condition(e)).h();
            }
            double gb = FaceLaw.conductance(area, dP, kP, r, 0, 1);
            bG[b] = gb;
            bTref[b] = tb;
            rowSum[u] += gb;
            rhs[u] += gb * (tb - tRef);
        }
    }

    /**
     * Writes the secant conductances of the exact nonlinear flows at theta into the matrix (G = Q/ΔT)
     * and the boundary arrays, so that results read from the matrix see exactly the converged flows.
     */
    void assembleSecant(double[] theta) {
        Mesh m = d.mesh;
        double tRef = d.tRef;
        assemble(theta); // linearised values: kept where a face has no temperature difference
        double[] rowSum = matrix.rowSum;
        for (int c : d.activeCells) rowSum[c] = 0;
        System.arraycopy(d.boundaries.sources(), 0, rhs, 0, d.n);
        for (int f = 0; f < d.bStart; f++) {
            int o = m.owner(f);
            int nb = m.neighbour(f);
            double dt = theta[o] - theta[nb];
            double gf = conductance(f);
            if (dt != 0) gf = d.faceFlowAt(f, tRef + theta[o], tRef + theta[nb]) / dt;
            setFace(f, gf);
            if (f >= d.ifStart) {
                // Keep the reported R (factor included) consistent with the flow.
                int a = m.axis(f);
                double r = FaceLaw.resistance(m.area(f), gf, m.ownerDistance(f), k(o, a, theta), m.neighbourDistance(f),
                        k(nb, a, theta));
                if (f < d.ifEnd) ifR[f - d.ifStart] = Math.max(0, r);
                else gbR[f - d.gbStart] = Math.max(0, r);
            }
        }
        for (int b = 0; b < bG.length; b++) {
            int f = b + d.bStart;
            int u = m.owner(f);
            rhs[u] += d.boundaries.flux(b) * m.area(f);
            if (d.boundaries.exclusiveOf(b) < 0) continue;
            double dt = tRef + theta[u] - bTref[b];
            if (dt != 0) bG[b] = d.boundaryFlowAt(b, tRef + theta[u]) / dt;
            rowSum[u] += bG[b];
            rhs[u] += bG[b] * (bTref[b] - tRef);
        }
    }

    /**
     * The conductances a Picard assembly starts from: those of interface and grain-boundary faces (their
     * secant R is evaluated at the face temperatures these imply) and of boundary faces (a bath contact's
     * likewise). Everything else {@link #assemble} computes afresh, so this is the whole history a
     * restarted transient run must restore to repeat the interrupted one exactly.
     */
    double[] linearisationState() {
        int interior = d.bStart - d.ifStart;
        double[] s = new double[interior + bG.length];
        for (int f = d.ifStart; f < d.bStart; f++) s[f - d.ifStart] = conductance(f);
        System.arraycopy(bG, 0, s, interior, bG.length);
        return s;
    }

    /** Restores what {@link #linearisationState} returned. */
    void restoreLinearisationState(double[] s) {
        int interior = d.bStart - d.ifStart;
        if (s.length != interior + bG.length) {
            throw new IllegalArgumentException("linearisation state of " + s.length + " values; this mesh needs "
                    + (interior + bG.length));
        }
        for (int f = d.ifStart; f < d.bStart; f++) setFace(f, s[f - d.ifStart]);
        System.arraycopy(s, interior, bG, 0, bG.length);
    }

    /** Sum of |terms| of the energy balance at theta, halved: the heat passing through the body (W). */
    double throughput(double[] theta) {
        double s = 0;
        for (double v : d.boundaries.sources()) s += Math.abs(v);
        for (int b = 0; b < bG.length; b++) {
            int f = b + d.bStart;
            s += Math.abs(d.boundaries.flux(b) * d.mesh.area(f));
            if (d.boundaries.exclusiveOf(b) >= 0) s += Math.abs(bG[b] * (d.tRef + theta[d.mesh.owner(f)] - bTref[b]));
        }
        return 0.5 * s;
    }

    /** Bytes held by the solver's per-cell and per-face arrays, the matrix and the binding's included. */
    long memoryBytes() {
        return d.memoryBytes() + d.boundaries.memoryBytes() + matrix.memoryBytes()
                + 8L * (rhs.length + kCell.length + ifR.length + gbR.length) + 16L * bG.length;
    }
}
