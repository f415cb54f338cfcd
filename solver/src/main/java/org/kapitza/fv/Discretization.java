package org.kapitza.fv;

import org.kapitza.InputException;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;

/**
 * The finite-volume discretisation of conduction on a grid mesh (docs/PHYSICS.md §1): a case bound to
 * the grid's faces ({@link FaceBinding}, {@link BoundaryBinding}) and the heat flow through each face at
 * given cell temperatures, every law applied exactly through {@link FaceLaw}. What is assembled from it
 * lives elsewhere: the Picard and secant systems in {@link Assembly}, the Newton residual and Jacobian in
 * {@link HeatBalance}.
 *
 * <p>Unknowns are the temperatures of the grid's cells, stored as deviations θ = T − T_ref from a
 * reference temperature so that round-off scales with temperature differences, not with 300 K; a cell
 * outside the geometry is a decoupled identity row whose unknown stays 0. Faces come in class ranges:
 * bulk [0, ifStart), interface [ifStart, ifEnd), grain boundary [gbStart, gbEnd), boundary [bStart, bEnd).
 */
final class Discretization {
    /** Smallest |n_i| used in the staircase correction R/|n_i|: keeps R finite on aliasing faces. */
    static final double MIN_NORMAL_COMPONENT = 1e-3;

    final Mesh mesh;
    /** Unknowns: one per grid cell. */
    final int n;
    /** The active cells, ascending. */
    final int[] activeCells;
    final int ifStart;
    final int ifEnd;
    final int gbStart;
    final int gbEnd;
    final int bStart;
    final int bEnd;
    final FaceBinding faces;
    final BoundaryBinding boundaries;
    /** Staircase factor of R per interface face, or null without shaped interfaces. */
    private final double[] ifFactor;
    /** Factor of R per grain-boundary face: staircase and sampled. */
    private final double[] gbFactor;
    final double tRef;
    final boolean nonlinear;

    Discretization(ThermalProblem problem) {
        this(problem, false);
    }

    /**
     * @param timeDependent a transient problem needs no steady state: a body without any fixed temperature
     *                  or convection simply heats up, so that check is skipped
     */
    Discretization(ThermalProblem problem, boolean timeDependent) {
        Mesh m = problem.mesh();
        this.mesh = m;
        n = m.cellCount();
        activeCells = new int[m.activeCellCount()];
        for (int c = 0, u = 0; c < n; c++) if (m.isActive(c)) activeCells[u++] = c;
        if (activeCells.length == 0) throw new InputException("the mesh has no active cells");
        ifStart = m.faceStart(FaceClass.INTERFACE);
        ifEnd = m.faceEnd(FaceClass.INTERFACE);
        gbStart = m.faceStart(FaceClass.GRAIN_BOUNDARY);
        gbEnd = m.faceEnd(FaceClass.GRAIN_BOUNDARY);
        bStart = m.faceStart(FaceClass.BOUNDARY);
        bEnd = m.faceEnd(FaceClass.BOUNDARY);
        // The axis of a stack interface is z; a pair meeting on several axes binds per its first face's axis.
        faces = new FaceBinding(m, problem, this::firstAxisOfPair, 0, FaceBinding.GrainHints.GRID);
        ifFactor = problem.staircaseCorrection() && m.hasShapedInterfaces() ? new double[ifEnd - ifStart] : null;
        if (ifFactor != null) {
            for (int f = ifStart; f < ifEnd; f++) {
                ifFactor[f - ifStart] = 1.0 / Math.max(MIN_NORMAL_COMPONENT, Math.abs(m.interfaceNormal(f, m.axis(f))));
            }
        }
        gbFactor = faces.grainBoundaryFactors(
                f -> 1.0 / Math.max(MIN_NORMAL_COMPONENT, Math.abs(m.grainBoundaryNormal(f, m.axis(f)))));
        boundaries = new BoundaryBinding(m, problem, faces, activeCells);
        nonlinear = faces.nonlinear() || boundaries.nonlinear();
        tRef = boundaries.referenceTemperature(problem);
        if (!timeDependent) boundaries.checkWellPosed(activeCells);
    }

    private int firstAxisOfPair(int p) {
        for (int f = ifStart; f < ifEnd; f++) if (mesh.interfacePair(f) == p) return mesh.axis(f);
        return 2;
    }

    /** Evaluates every time-dependent input at time t (s). */
    void setTime(double t) {
        boundaries.setTime(t);
    }

    /** As {@link #setTime}, every input at its limit from the left. */
    void setTimeJustBefore(double t) {
        boundaries.setTimeJustBefore(t);
    }

    /** Conductivity of region r along an axis at temperature t (K), checked. */
    double checkedK(int r, int axis, double t) {
        return faces.conductivity(r, axis, t);
    }

    /** The model of an interface or grain-boundary face. */
    InterfaceModel model(int f) {
        return f < ifEnd ? faces.pairModel(mesh.interfacePair(f)) : faces.grainBoundaryModel(mesh.region(mesh.owner(f)));
    }

    /** The factor of R of an interface or grain-boundary face (staircase, sampled). */
    double factor(int f) {
        if (f < ifEnd) return ifFactor == null ? 1.0 : ifFactor[f - ifStart];
        return gbFactor[f - gbStart];
    }

    /** Whether the owner of an interface or grain-boundary face is side 1 of its model. */
    boolean ownerIsSide1(int f) {
        return f >= ifEnd || faces.ownerIsSideA(f);
    }

    /**
     * Heat flow (W) from owner to neighbour through interior face f when the two cells are at tp and tn
     * (K), with every law applied exactly: k at the cell temperatures and, on interface and grain-boundary
     * faces, the resistance at the face temperatures that the flow itself implies.
     */
    double faceFlowAt(int f, double tp, double tn) {
        Mesh m = mesh;
        int a = m.axis(f);
        double area = m.area(f);
        double aP = FaceLaw.halfResistance(m.ownerDistance(f), checkedK(m.region(m.owner(f)), a, tp), area);
        double aN = FaceLaw.halfResistance(m.neighbourDistance(f), checkedK(m.region(m.neighbour(f)), a, tn), area);
        if (f < ifStart) return FaceLaw.flow(tp, tn, aP, aN, 0);
        return resistiveFlow(model(f), factor(f), ownerIsSide1(f), tp, tn, aP, aN, area, f);
    }

    private double resistiveFlow(InterfaceModel model, double factor, boolean ownerIsSide1, double tp, double tn,
                                 double aP, double aN, double area, int f) {
        if (!model.temperatureDependent()) return FaceLaw.flow(tp, tn, aP, aN, factor * model.resistance(tp, tp) / area);
        return FaceLaw.flow(tp, tn, aP, aN, area, factor, ownerIsSide1
                ? (tOwner, tOther) -> FaceBinding.resistance(model, tOwner, tOther, f)
                : (tOwner, tOther) -> FaceBinding.resistance(model, tOther, tOwner, f));
    }

    /** Heat (W) leaving through boundary face index b (b = f − bStart) when its cell is at tp, by conduction. */
    double boundaryFlowAt(int b, double tp) {
        int e = boundaries.exclusiveOf(b);
        if (e < 0) return 0;
        int f = b + bStart;
        Mesh m = mesh;
        double area = m.area(f);
        double aP = FaceLaw.halfResistance(m.ownerDistance(f), checkedK(m.region(m.owner(f)), m.axis(f), tp), area);
        double tb = boundaries.bathTemperature(b);
        if (boundaries.condition(e) instanceof BoundaryCondition.FixedTemperature) {
            InterfaceModel contact = boundaries.contact(e);
            if (contact == null) return FaceLaw.flow(tp, tb, aP, 0, 0);
            return resistiveFlow(contact, 1.0, true, tp, tb, aP, 0, area, f);
        }
        BoundaryCondition.Convection cv = (BoundaryCondition.Convection) boundaries.condition(e);
        return FaceLaw.flow(tp, tb, aP, 0, 1.0 / (cv.h() * area));
    }

    /** Bytes of the binding's per-face arrays (the assembly's are counted by {@link Assembly#memoryBytes}). */
    long memoryBytes() {
        return 4L * activeCells.length + 8L * gbFactor.length + (ifFactor == null ? 0 : 8L * ifFactor.length);
    }
}
