package org.kapitza.fv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.boundary.TimeFunction;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.InterfaceMesh;
import org.kapitza.source.Source;

/**
 * A case's boundary conditions and sources bound to the boundary faces and cells of a mesh: the one
 * exclusive condition (fixed temperature, convection) of each boundary face, with its contact model; the
 * heat flux entering each face and the heat generated in each cell at the current time (fluxes, powers and
 * sources add); the reference temperature; and the check that a steady problem is well posed (every
 * connected part anchored by a fixed temperature or convection).
 */
public final class BoundaryBinding {
    /**
     * A flux, power or source whose value may change in time: where it acts, how much each face or cell
     * gets per unit of value (W/m² or W: weight / divisor), its value, and the function driving it (or null).
     */
    private record Input(int[] at, double[] weight, double divisor, double value, TimeFunction driver) {
        double share(double v, int q) {
            return divisor == 1 ? v * weight[q] : v * weight[q] / divisor;
        }

        double valueAt(double time, boolean before) {
            return driver == null ? value : before ? driver.valueBefore(time) : driver.value(time);
        }
    }

    private final InterfaceMesh mesh;
    private final int bStart;
    /** Exclusive condition per boundary face (index into {@link #exclusive}) or -1. */
    private final int[] bExclusive;
    private final List<BoundaryCondition> exclusive = new ArrayList<>();
    private final List<InterfaceModel> exclusiveContact = new ArrayList<>();
    /** Time function replacing each exclusive condition's temperature (fixed T or T∞), or null. */
    private final List<TimeFunction> exclusiveDriver = new ArrayList<>();
    private final double[] exclusiveValue;
    private final List<Input> fluxInputs = new ArrayList<>();
    private final List<Input> sourceInputs = new ArrayList<>();
    /** Heat flux entering per boundary face (W/m²) and heat generated per cell (W), at {@link #time}. */
    private final double[] bFlux;
    private final double[] source;
    private final boolean nonlinear;
    /** Whether a total (a power over a patch, a source's power over a region) is divided by the total area or
     * volume rather than multiplied by each face's or cell's share: the unstructured solver's rounding. */
    private final boolean divideTotals;
    private double time;

    /**
     * @param faces       the bound materials (a contact model binds to the material next to its patch)
     * @param activeCells the cells sources act in, ascending
     */
    public BoundaryBinding(InterfaceMesh mesh, ThermalProblem problem, FaceBinding faces, int[] activeCells) {
        this(mesh, problem, faces, activeCells, false);
    }

    /**
     * @param divideTotals spread totals as {@code P / A_total} per unit area (and {@code P V_c / V_total}
     *                     per cell) instead of {@code P (1/A_total)} and {@code P (V_c/V_total)}: equal but
     *                     for the last bit, kept so that each solver's results stay as they were validated
     */
    public BoundaryBinding(InterfaceMesh mesh, ThermalProblem problem, FaceBinding faces, int[] activeCells,
                           boolean divideTotals) {
        this.mesh = mesh;
        this.divideTotals = divideTotals;
        bStart = mesh.faceStart(FaceClass.BOUNDARY);
        int nb = mesh.faceEnd(FaceClass.BOUNDARY) - bStart;
        bExclusive = new int[nb];
        Arrays.fill(bExclusive, -1);
        bFlux = new double[nb];
        nonlinear = bindBoundaries(problem, faces);
        source = new double[mesh.cellCount()];
        bindSources(problem, faces, activeCells);
        exclusiveValue = new double[exclusive.size()];
        setTime(0);
    }

    /** Whether a contact model depends on temperature. */
    public boolean nonlinear() {
        return nonlinear;
    }

    /** Evaluates every time-dependent input at time t (s). Without drivers nothing changes. */
    public void setTime(double t) {
        setTime(t, false);
    }

    /** As {@link #setTime(double)}, every input at its limit from the left (a step landing on a jump ends before it). */
    public void setTimeJustBefore(double t) {
        setTime(t, true);
    }

    private void setTime(double t, boolean before) {
        time = t;
        Arrays.fill(bFlux, 0);
        for (Input in : fluxInputs) {
            double v = in.valueAt(t, before);
            for (int q = 0; q < in.at.length; q++) bFlux[in.at[q]] += in.share(v, q);
        }
        Arrays.fill(source, 0);
        for (Input in : sourceInputs) {
            double v = in.valueAt(t, before);
            for (int q = 0; q < in.at.length; q++) source[in.at[q]] += in.share(v, q);
        }
        for (int e = 0; e < exclusiveValue.length; e++) {
            TimeFunction f = exclusiveDriver.get(e);
            exclusiveValue[e] = f == null ? Double.NaN : before ? f.valueBefore(t) : f.value(t);
        }
    }

    /** The time the inputs were last evaluated at (s). */
    public double time() {
        return time;
    }

    /** Number of boundary faces. */
    public int faceCount() {
        return bExclusive.length;
    }

    /** Index of boundary face b's exclusive condition, or -1 where only fluxes act (adiabatic otherwise). */
    public int exclusiveOf(int b) {
        return bExclusive[b];
    }

    /** Exclusive condition e. */
    public BoundaryCondition condition(int e) {
        return exclusive.get(e);
    }

    /** The exclusive conditions by index. */
    public List<BoundaryCondition> conditions() {
        return exclusive;
    }

    /** The contact model of exclusive condition e (a bath's Kapitza law, radiation), or null. */
    public InterfaceModel contact(int e) {
        return exclusiveContact.get(e);
    }

    /** Heat flux entering boundary face b (W/m²) now. */
    public double flux(int b) {
        return bFlux[b];
    }

    /** Heat generated in a cell (W) now. */
    public double source(int cell) {
        return source[cell];
    }

    /** The per-cell heat generation (W) now; read only. */
    double[] sources() {
        return source;
    }

    /**
     * Temperature (K) boundary face b is held at or exchanges heat with now: its fixed temperature (field at
     * the face centre, or the driver's value) or its T∞. Only for faces with an exclusive condition.
     */
    public double bathTemperature(int b) {
        int e = bExclusive[b];
        if (!Double.isNaN(exclusiveValue[e])) return exclusiveValue[e];
        BoundaryCondition bc = exclusive.get(e);
        if (bc instanceof BoundaryCondition.FixedTemperature ft) {
            int f = b + bStart;
            return ft.temperature().value(mesh.faceCentre(f, 0), mesh.faceCentre(f, 1), mesh.faceCentre(f, 2));
        }
        return ((BoundaryCondition.Convection) bc).tInf();
    }

    /** Heat (W) generated in the body or entering through flux conditions now: independent of T. */
    public double imposedPower() {
        double s = 0;
        for (double v : source) s += v;
        for (int b = 0; b < bFlux.length; b++) s += bFlux[b] * mesh.area(b + bStart);
        return s;
    }

    /** Bytes of the per-face and per-cell arrays. */
    long memoryBytes() {
        return 8L * source.length + 12L * bExclusive.length;
    }

    private boolean bindBoundaries(ThermalProblem problem, FaceBinding faces) {
        InterfaceMesh m = mesh;
        int[] setBy = new int[bExclusive.length];
        Arrays.fill(setBy, -1);
        List<ThermalProblem.PatchCondition> list = problem.boundaries();
        boolean nl = false;
        for (int i = 0; i < list.size(); i++) {
            ThermalProblem.PatchCondition pc = list.get(i);
            int p = m.patchIndex(pc.patch());
            if (p < 0) {
                throw new InputException("boundary condition on patch '" + pc.patch() + "': no such patch"
                        + Suggest.didYouMean(pc.patch(), m.patchNames()) + "; patches are: " + String.join(", ", m.patchNames()));
            }
            BoundaryCondition bc = pc.condition();
            if (bc instanceof BoundaryCondition.TotalPower || bc instanceof BoundaryCondition.HeatFlux) {
                int count = m.patchFaceCount(p);
                double area = m.patchArea(p);
                if (bc instanceof BoundaryCondition.TotalPower tp && area == 0) {
                    throw new InputException("boundary condition on patch '" + pc.patch() + "': " + tp.power()
                            + " W over an empty patch (no exposed face); it cannot enter anywhere");
                }
                int[] at = new int[count];
                double[] weight = new double[count];
                // Per unit of value: a power is spread as W/m² over the patch, a flux applies as it is.
                boolean total = bc instanceof BoundaryCondition.TotalPower;
                double perUnit = total && !divideTotals ? 1.0 / area : 1.0;
                for (int q = 0; q < count; q++) {
                    at[q] = m.patchFace(p, q) - bStart;
                    weight[q] = perUnit;
                }
                double value = bc instanceof BoundaryCondition.TotalPower tp ? tp.power() : ((BoundaryCondition.HeatFlux) bc).flux();
                fluxInputs.add(new Input(at, weight, total && divideTotals ? area : 1, value, problem.driver(bc)));
                continue;
            }
            int id = -1;
            if (!(bc instanceof BoundaryCondition.Adiabatic)) {
                id = exclusive.size();
                exclusive.add(bc);
                exclusiveDriver.add(problem.driver(bc));
                InterfaceModel contact = null;
                if (bc instanceof BoundaryCondition.FixedTemperature ft && ft.contact() != null) {
                    var mat = faces.patchMaterial(p);
                    contact = ft.contact().bind(new InterfaceContext(mat, mat, 2));
                    nl |= contact.temperatureDependent();
                }
                exclusiveContact.add(contact);
            }
            for (int q = 0; q < m.patchFaceCount(p); q++) {
                int b = m.patchFace(p, q) - bStart;
                if (setBy[b] >= 0 && !list.get(setBy[b]).condition().equals(bc)) {
                    throw new InputException("boundary conditions on patches '" + list.get(setBy[b]).patch() + "' ("
                            + list.get(setBy[b]).condition().describe() + ") and '" + pc.patch() + "' (" + bc.describe()
                            + ") both apply to the faces they share; give each face one condition (fluxes and powers may add)");
                }
                setBy[b] = i;
                bExclusive[b] = id;
            }
        }
        return nl;
    }

    private void bindSources(ThermalProblem problem, FaceBinding faces, int[] activeCells) {
        InterfaceMesh m = mesh;
        for (Source s : problem.sources()) {
            String regionName = s instanceof Source.Density d ? d.region()
                    : s instanceof Source.Total t ? t.region() : ((Source.Field) s).region();
            int r = -1;
            if (regionName != null) {
                faces.checkRegion(regionName, "source " + s.describe());
                r = m.regionId(regionName);
            }
            double volume = 0;
            int count = 0;
            for (int c : activeCells) {
                if (r >= 0 && m.region(c) != r) continue;
                volume += m.volume(c);
                count++;
            }
            int[] at = new int[count];
            double[] weight = new double[count];
            int q = 0;
            for (int c : activeCells) {
                if (r >= 0 && m.region(c) != r) continue;
                double v = m.volume(c);
                at[q] = c;
                // W per unit of the source's value: W/m³ × volume, or a share of the total power.
                weight[q++] = s instanceof Source.Density ? v : s instanceof Source.Total ? (divideTotals ? v : v / volume)
                        : ((Source.Field) s).density().value(m.centre(c, 0), m.centre(c, 1), m.centre(c, 2)) * v;
            }
            double value = s instanceof Source.Density d ? d.density() : s instanceof Source.Total t ? t.power() : 1.0;
            double divisor = s instanceof Source.Total && divideTotals ? volume : 1;
            sourceInputs.add(new Input(at, weight, divisor, value, problem.driver(s)));
        }
    }

    /**
     * The temperature the unknowns are measured from (K): the case's initial temperature, or the
     * area-weighted mean of the exclusive conditions' temperatures at t = 0, or 300 K.
     */
    public double referenceTemperature(ThermalProblem problem) {
        if (Double.isFinite(problem.initialTemperature())) return problem.initialTemperature();
        double sum = 0;
        double weight = 0;
        for (int b = 0; b < bExclusive.length; b++) {
            int e = bExclusive[b];
            if (e < 0) continue;
            int f = b + bStart;
            double a = mesh.area(f);
            sum += a * referenceOf(exclusive.get(e), f);
            weight += a;
        }
        return weight > 0 ? sum / weight : 300.0;
    }

    private double referenceOf(BoundaryCondition bc, int f) {
        int e = exclusive.indexOf(bc);
        if (e >= 0 && exclusiveDriver.get(e) != null) return exclusiveDriver.get(e).value(0);
        if (bc instanceof BoundaryCondition.FixedTemperature ft) {
            return ft.temperature().value(mesh.faceCentre(f, 0), mesh.faceCentre(f, 1), mesh.faceCentre(f, 2));
        }
        return ((BoundaryCondition.Convection) bc).tInf();
    }

    /**
     * Every connected part of the body needs a fixed temperature or convection somewhere; otherwise the
     * temperature level is undetermined, or, with heat entering, there is no steady state at all.
     *
     * @throws InputException naming the regions of the first part that has neither
     */
    public void checkWellPosed(int[] activeCells) {
        int n = mesh.cellCount();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int f = 0; f < bStart; f++) {
            int a = find(parent, mesh.owner(f));
            int b = find(parent, mesh.neighbour(f));
            if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
        }
        boolean[] anchored = new boolean[n];
        double[] power = new double[n];
        for (int b = 0; b < bExclusive.length; b++) {
            int root = find(parent, mesh.owner(b + bStart));
            if (bExclusive[b] >= 0) anchored[root] = true;
            power[root] += bFlux[b] * mesh.area(b + bStart);
        }
        for (int c : activeCells) power[find(parent, c)] += source[c];
        for (int u : activeCells) {
            if (parent[u] != u || anchored[u]) continue;
            Set<String> regions = new LinkedHashSet<>();
            for (int v : activeCells) if (find(parent, v) == u) regions.add(mesh.regionName(mesh.region(v)));
            String part = (regions.size() == 1 ? "region " : "regions ") + String.join(", ", regions);
            if (Math.abs(power[u]) > 0) {
                throw new InputException("no steady state: " + org.kapitza.Numbers.format(Math.abs(power[u])) + " W of heat "
                        + (power[u] > 0 ? "enter " : "leave ") + part + ", but no boundary of "
                        + (regions.size() == 1 ? "it" : "them") + " has a fixed temperature or convection, so the heat"
                        + " cannot leave and the temperature would change forever; add a fixed-temperature or"
                        + " convection boundary condition");
            }
            throw new InputException("the temperature of " + part + " is undetermined: no boundary of "
                    + (regions.size() == 1 ? "it" : "them") + " has a fixed temperature or convection (every"
                    + " boundary is adiabatic by default); add a fixed-temperature or convection boundary condition");
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
