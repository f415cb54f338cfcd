package org.kapitza.poly;

import java.util.Arrays;
import org.kapitza.InputException;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.BoundaryBinding;
import org.kapitza.fv.FaceBinding;
import org.kapitza.fv.FaceLaw;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.linalg.CsrMatrix;
import org.kapitza.material.Material;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.source.Source;

/**
 * Steady conduction on an unstructured mesh ({@link PolyMesh}): the face law {@link FaceLaw} on every
 * face with the two normal distances, plus a deferred non-orthogonal correction that keeps the jump
 * sharp.
 *
 * <p>On a non-orthogonal face the centroids P and N are off the face's normal line through its centre
 * x_f. The law is applied between the points y_P = x_f − d_P n and y_N = x_f + d_N n on that line,
 * whose temperatures are carried from the centroids with each side's own gradient:
 * {@code T(y_P) = T_P + g_P·(y_P − x_P)}. The flux {@code F = G (T(y_P) − T(y_N))} with
 * {@code G = A/(d_P/k_P + R + d_N/k_N)} is exact for a field linear on each side with a jump R·q at
 * the face (docs/PHYSICS.md §1). The part G (T_P − T_N) is implicit; the tangential part is lagged one
 * iteration (deferred correction, Jasak 1996 §3.3.1.3; Ferziger and Perić §8.6).
 *
 * <p>Gradients are reconstructed per side: least squares over the cell's neighbours across bulk faces
 * only, and, on every interface, grain-boundary or boundary face, the temperature on the cell's own
 * side of that face, {@code T_f,P = T(y_P) − q d_P/k_P} with q the face's current flux density. No
 * gradient ever reaches across a jump, so a field linear on each side is reproduced exactly.
 */
final class PolySystem {
    final PolyMesh mesh;
    final int n;
    final CsrMatrix matrix;
    final double[] rhs;
    /** Position in the matrix of the (owner, neighbour) and (neighbour, owner) entries of each interior face. */
    private final int[] upper;
    private final int[] lower;
    final int ifStart, ifEnd, gbStart, gbEnd, bStart, nf;

    /** The case's rules and conditions bound to this mesh's regions, pairs and faces. */
    final FaceBinding faces;
    final BoundaryBinding boundaries;
    final Material[] regionMaterial;
    final double[] kCell;
    private final double[] gbFactor;
    /** Current R per face (m²K/W; 0 for bulk and boundary faces). */
    final double[] faceR;
    /** Current conductance G per face (W/K): interior faces, and boundary faces with a temperature or convection. */
    final double[] faceG;
    /** Heat flow through each face (W), owner to neighbour or out of the owner, from the last update. */
    final double[] flow;

    /** Exclusive condition per boundary face (index into the binding's conditions) or -1. */
    final int[] bExclusive;
    /** Bath temperature per boundary face with an exclusive condition (K). */
    final double[] bTemperature;
    /** Heat generated in each cell (W). */
    final double[] source;
    final double tRef;
    final boolean nonlinear;

    /** Gradient of θ per cell (K/m), 3 per cell. */
    final double[] grad;
    /** Symmetric inverse of each cell's least-squares matrix: xx xy xz yy yz zz. */
    private final double[] lsInverse;
    /** Tangential offsets y_P − x_P and y_N − x_N of each face, 3 each. */
    private final double[] tOwner;
    private final double[] tNeighbour;

    PolySystem(PolyMesh mesh, ThermalProblem problem) {
        this.mesh = mesh;
        n = mesh.cellCount();
        ifStart = mesh.faceStart(FaceClass.INTERFACE);
        ifEnd = mesh.faceEnd(FaceClass.INTERFACE);
        gbStart = mesh.faceStart(FaceClass.GRAIN_BOUNDARY);
        gbEnd = mesh.faceEnd(FaceClass.GRAIN_BOUNDARY);
        bStart = mesh.faceStart(FaceClass.BOUNDARY);
        nf = mesh.faceCount();

        // The case bound to the mesh by the same binder as the grid's; Gmsh meshes have no tables in time
        // and take isotropic conductivities only.
        for (ThermalProblem.PatchCondition pc : problem.boundaries()) {
            if (problem.driver(pc.condition()) != null) {
                throw new InputException("boundary condition on patch '" + pc.patch() + "': tables in time need a grid mesh");
            }
        }
        for (Source s : problem.sources()) {
            if (problem.driver(s) != null) throw new InputException("source " + s.describe() + ": tables in time need a grid mesh");
        }
        // Models that need an axis (none of the isotropic ones do) get z.
        faces = new FaceBinding(mesh, problem, p -> 2, 2, new FaceBinding.GrainHints(
                "list its grains' physical volumes under its 'volumes'", "give a region several physical volumes"));
        int nr = mesh.regionCount();
        regionMaterial = new Material[nr];
        for (int r = 0; r < nr; r++) {
            regionMaterial[r] = faces.material(r);
            if (!faces.isotropic(r)) {
                throw new InputException("region '" + mesh.regionName(r) + "': material '" + regionMaterial[r].name()
                        + "' is anisotropic; Gmsh meshes take isotropic conductivities only");
            }
        }
        kCell = new double[n];
        // Conforming grain boundaries are the true planes: no staircase factor, only a sampled one.
        gbFactor = faces.grainBoundaryFactors(f -> 1.0);
        int[] all = new int[n];
        for (int c = 0; c < n; c++) all[c] = c;
        boundaries = new BoundaryBinding(mesh, problem, faces, all, true);
        int nb = nf - bStart;
        bExclusive = new int[nb];
        bTemperature = new double[nb];
        for (int b = 0; b < nb; b++) {
            bExclusive[b] = boundaries.exclusiveOf(b);
            if (bExclusive[b] >= 0) bTemperature[b] = boundaries.bathTemperature(b);
        }
        source = new double[n];
        for (int c = 0; c < n; c++) source[c] = boundaries.source(c);
        nonlinear = faces.nonlinear() || boundaries.nonlinear();
        tRef = boundaries.referenceTemperature(problem);
        boundaries.checkWellPosed(all);

        faceR = new double[nf];
        faceG = new double[nf];
        flow = new double[nf];
        grad = new double[3 * n];
        tOwner = new double[3 * nf];
        tNeighbour = new double[3 * nf];
        for (int f = 0; f < nf; f++) {
            int o = mesh.owner(f);
            int m = mesh.neighbour(f);
            for (int i = 0; i < 3; i++) {
                double xf = mesh.faceCentre(f, i);
                double ni = mesh.normal(f, i);
                tOwner[3 * f + i] = xf - mesh.ownerDistance(f) * ni - mesh.centre(o, i);
                if (m >= 0) tNeighbour[3 * f + i] = xf + mesh.neighbourDistance(f) * ni - mesh.centre(m, i);
            }
        }
        lsInverse = leastSquaresInverses();

        // CSR pattern: the diagonal and one entry per interior face on each side.
        int[] count = new int[n + 1];
        for (int c = 0; c < n; c++) count[c + 1] = 1;
        for (int f = 0; f < bStart; f++) {
            count[mesh.owner(f) + 1]++;
            count[mesh.neighbour(f) + 1]++;
        }
        for (int c = 0; c < n; c++) count[c + 1] += count[c];
        int[] col = new int[count[n]];
        int[] fill = Arrays.copyOf(count, n);
        for (int c = 0; c < n; c++) col[fill[c]++] = c;
        for (int f = 0; f < bStart; f++) {
            col[fill[mesh.owner(f)]++] = mesh.neighbour(f);
            col[fill[mesh.neighbour(f)]++] = mesh.owner(f);
        }
        for (int c = 0; c < n; c++) Arrays.sort(col, count[c], count[c + 1]);
        matrix = new CsrMatrix(count, col);
        upper = new int[bStart];
        lower = new int[bStart];
        for (int f = 0; f < bStart; f++) {
            upper[f] = matrix.find(mesh.owner(f), mesh.neighbour(f));
            lower[f] = matrix.find(mesh.neighbour(f), mesh.owner(f));
        }
        rhs = new double[n];
    }

    private double[] leastSquaresInverses() {
        double[] m = new double[6 * n];
        for (int f = 0; f < nf; f++) {
            int o = mesh.owner(f);
            int nb = mesh.neighbour(f);
            boolean bulk = f < ifStart;
            double[] d = new double[3];
            for (int i = 0; i < 3; i++) d[i] = (bulk ? mesh.centre(nb, i) : mesh.faceCentre(f, i)) - mesh.centre(o, i);
            addOuter(m, o, d);
            if (nb >= 0) {
                for (int i = 0; i < 3; i++) d[i] = (bulk ? mesh.centre(o, i) : mesh.faceCentre(f, i)) - mesh.centre(nb, i);
                addOuter(m, nb, d);
            }
        }
        double[] inv = new double[6 * n];
        for (int c = 0; c < n; c++) {
            int q = 6 * c;
            double a = m[q], b = m[q + 1], cc = m[q + 2], d = m[q + 3], e = m[q + 4], f = m[q + 5];
            double A = d * f - e * e, B = cc * e - b * f, C = b * e - cc * d;
            double det = a * A + b * B + cc * C;
            if (!(Math.abs(det) > 1e-300)) {
                throw new InputException("element " + mesh.elementTag(c) + ": its neighbours span no volume; the gradient cannot be reconstructed");
            }
            inv[q] = A / det;
            inv[q + 1] = B / det;
            inv[q + 2] = C / det;
            inv[q + 3] = (a * f - cc * cc) / det;
            inv[q + 4] = (b * cc - a * e) / det;
            inv[q + 5] = (a * d - b * b) / det;
        }
        return inv;
    }

    private static void addOuter(double[] m, int c, double[] d) {
        double w = 1.0 / (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        int q = 6 * c;
        m[q] += w * d[0] * d[0];
        m[q + 1] += w * d[0] * d[1];
        m[q + 2] += w * d[0] * d[2];
        m[q + 3] += w * d[1] * d[1];
        m[q + 4] += w * d[1] * d[2];
        m[q + 5] += w * d[2] * d[2];
    }

    // ---- assembly and updates ----------------------------------------------------------------------

    private double k(int c, double theta) {
        return faces.conductivity(mesh.region(c), 0, tRef + theta);
    }

    /** θ carried from the owner (or neighbour) centroid to its point on the face's normal line. */
    double ownerShift(int f) {
        int o = 3 * mesh.owner(f);
        return grad[o] * tOwner[3 * f] + grad[o + 1] * tOwner[3 * f + 1] + grad[o + 2] * tOwner[3 * f + 2];
    }

    double neighbourShift(int f) {
        int m = 3 * mesh.neighbour(f);
        return grad[m] * tNeighbour[3 * f] + grad[m + 1] * tNeighbour[3 * f + 1] + grad[m + 2] * tNeighbour[3 * f + 2];
    }

    /** Temperature on the owner's side of a face (K) from the current flow. */
    double ownerFaceTemperature(int f, double[] theta) {
        return tRef + theta[mesh.owner(f)] + ownerShift(f) - flow[f] / mesh.area(f) * mesh.ownerDistance(f) / kCell[mesh.owner(f)];
    }

    /** Temperature on the neighbour's side of an interior face (K). */
    double neighbourFaceTemperature(int f, double[] theta) {
        return tRef + theta[mesh.neighbour(f)] + neighbourShift(f)
                + flow[f] / mesh.area(f) * mesh.neighbourDistance(f) / kCell[mesh.neighbour(f)];
    }

    /**
     * Writes the matrix and right-hand side for temperatures tRef + θ: conductivities at the cell
     * temperatures, interface resistances (secant) at the side temperatures of the last flows, the
     * tangential corrections from the current gradients.
     */
    void assemble(double[] theta) {
        for (int c = 0; c < n; c++) kCell[c] = k(c, theta[c]);
        Arrays.fill(matrix.value, 0);
        System.arraycopy(source, 0, rhs, 0, n);
        for (int f = 0; f < bStart; f++) {
            int o = mesh.owner(f);
            int m = mesh.neighbour(f);
            double r = 0;
            if (f >= ifStart && f < ifEnd) {
                InterfaceModel model = faces.pairModel(mesh.interfacePair(f));
                if (model.temperatureDependent()) {
                    boolean ownerIs1 = faces.ownerIsSideA(f);
                    double ta = ownerFaceTemperature(f, theta);
                    double tb = neighbourFaceTemperature(f, theta);
                    r = FaceBinding.resistance(model, ownerIs1 ? ta : tb, ownerIs1 ? tb : ta, f);
                } else {
                    r = model.resistance(tRef, tRef);
                }
            } else if (f >= gbStart) {
                InterfaceModel model = faces.grainBoundaryModel(mesh.region(o));
                r = gbFactor[f - gbStart] * (model.temperatureDependent()
                        ? FaceBinding.resistance(model, ownerFaceTemperature(f, theta), neighbourFaceTemperature(f, theta), f)
                        : model.resistance(tRef, tRef));
            }
            faceR[f] = r;
            double g = FaceLaw.conductance(mesh.area(f), mesh.ownerDistance(f), kCell[o], r, mesh.neighbourDistance(f), kCell[m]);
            faceG[f] = g;
            matrix.value[matrix.diag[o]] += g;
            matrix.value[matrix.diag[m]] += g;
            matrix.value[upper[f]] -= g;
            matrix.value[lower[f]] -= g;
            double corr = g * (ownerShift(f) - neighbourShift(f));
            rhs[o] -= corr;
            rhs[m] += corr;
        }
        for (int f = bStart; f < nf; f++) {
            int b = f - bStart;
            int o = mesh.owner(f);
            double a = mesh.area(f);
            rhs[o] += boundaries.flux(b) * a;
            int e = bExclusive[b];
            if (e < 0) {
                faceG[f] = 0;
                continue;
            }
            BoundaryCondition bc = boundaries.condition(e);
            double rc;
            if (bc instanceof BoundaryCondition.Convection cv) {
                rc = 1.0 / cv.h();
            } else {
                InterfaceModel contact = boundaries.contact(e);
                rc = contact == null ? 0 : FaceBinding.resistance(contact, ownerFaceTemperature(f, theta), bTemperature[b], f);
            }
            faceR[f] = rc;
            double g = FaceLaw.conductance(a, mesh.ownerDistance(f), kCell[o], rc, 0, 1);
            faceG[f] = g;
            matrix.value[matrix.diag[o]] += g;
            rhs[o] += g * (bTemperature[b] - tRef - ownerShift(f));
        }
    }

    /** The flow through every face for θ, with the conductances and gradients of the last assembly. */
    void updateFlows(double[] theta) {
        for (int f = 0; f < bStart; f++) {
            flow[f] = faceG[f] * (theta[mesh.owner(f)] + ownerShift(f) - theta[mesh.neighbour(f)] - neighbourShift(f));
        }
        for (int f = bStart; f < nf; f++) {
            int b = f - bStart;
            double out = -boundaries.flux(b) * mesh.area(f);
            if (bExclusive[b] >= 0) out += faceG[f] * (theta[mesh.owner(f)] + ownerShift(f) - (bTemperature[b] - tRef));
            flow[f] = out;
        }
    }

    /**
     * Reconstructs the gradients from θ and the current flows: least squares over bulk neighbours and the
     * cell's own side of every other face.
     */
    void updateGradients(double[] theta) {
        double[] rhsG = new double[3 * n];
        for (int f = 0; f < nf; f++) {
            int o = mesh.owner(f);
            int m = mesh.neighbour(f);
            if (f < ifStart) {
                double dT = theta[m] - theta[o];
                addRhs(rhsG, o, f, m, dT, false);
                addRhs(rhsG, m, f, o, -dT, false);
            } else {
                double tf = ownerFaceTemperature(f, theta) - tRef;
                if (m < 0 && bExclusive[f - bStart] >= 0 && faceR[f] == 0) tf = bTemperature[f - bStart] - tRef;
                addRhs(rhsG, o, f, -1, tf - theta[o], true);
                if (m >= 0) addRhs(rhsG, m, f, -1, neighbourFaceTemperature(f, theta) - tRef - theta[m], true);
            }
        }
        for (int c = 0; c < n; c++) {
            int q = 6 * c;
            double bx = rhsG[3 * c], by = rhsG[3 * c + 1], bz = rhsG[3 * c + 2];
            grad[3 * c] = lsInverse[q] * bx + lsInverse[q + 1] * by + lsInverse[q + 2] * bz;
            grad[3 * c + 1] = lsInverse[q + 1] * bx + lsInverse[q + 3] * by + lsInverse[q + 4] * bz;
            grad[3 * c + 2] = lsInverse[q + 2] * bx + lsInverse[q + 4] * by + lsInverse[q + 5] * bz;
        }
    }

    private void addRhs(double[] rhsG, int c, int f, int other, double dT, boolean toFace) {
        double dx = (toFace ? mesh.faceCentre(f, 0) : mesh.centre(other, 0)) - mesh.centre(c, 0);
        double dy = (toFace ? mesh.faceCentre(f, 1) : mesh.centre(other, 1)) - mesh.centre(c, 1);
        double dz = (toFace ? mesh.faceCentre(f, 2) : mesh.centre(other, 2)) - mesh.centre(c, 2);
        double w = dT / (dx * dx + dy * dy + dz * dz);
        rhsG[3 * c] += w * dx;
        rhsG[3 * c + 1] += w * dy;
        rhsG[3 * c + 2] += w * dz;
    }

    /** Bytes of the solver's own arrays per cell (matrix included). */
    long memoryBytes() {
        return matrix.memoryBytes() + 8L * (rhs.length + kCell.length + source.length + grad.length + lsInverse.length)
                + 8L * (faceR.length + faceG.length + flow.length + tOwner.length + tNeighbour.length) + 4L * (upper.length + lower.length)
                + 4L * bExclusive.length + 16L * bTemperature.length;
    }
}
