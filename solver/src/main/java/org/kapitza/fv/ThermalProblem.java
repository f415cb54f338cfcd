package org.kapitza.fv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.interfaces.ResistanceDistribution;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Mesh;
import org.kapitza.source.Source;

/**
 * A steady heat-conduction problem on a mesh: which material each mesh material name means, the
 * interface and grain-boundary resistances, boundary conditions and sources. Names are checked when
 * the problem is solved, so every mistake is reported with the names that exist.
 */
public final class ThermalProblem {
    /** A boundary condition on a named patch. */
    public record PatchCondition(String patch, BoundaryCondition condition) {
    }

    private final Mesh mesh;
    private final MaterialLibrary library;
    private final Map<String, Material> materialOverrides = new LinkedHashMap<>();
    private final List<InterfaceRule> interfaceRules = new ArrayList<>();
    private final List<GrainBoundaryRule> grainRules = new ArrayList<>();
    private final List<PatchCondition> boundaries = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private boolean staircase = true;
    private double initialTemperature = Double.NaN;
    private final java.util.IdentityHashMap<Object, org.kapitza.boundary.TimeFunction> drivers = new java.util.IdentityHashMap<>();

    public ThermalProblem(Mesh mesh, MaterialLibrary library) {
        this.mesh = mesh;
        this.library = library;
    }

    public Mesh mesh() {
        return mesh;
    }

    public MaterialLibrary library() {
        return library;
    }

    /** Uses this material wherever the mesh names {@code meshMaterial} (instead of the library's). */
    public ThermalProblem material(String meshMaterial, Material m) {
        materialOverrides.put(meshMaterial, m);
        return this;
    }

    /** An interface model between two regions; side 1 is {@code a}. */
    public ThermalProblem interfaceBetweenRegions(String a, String b, InterfaceModel model) {
        interfaceRules.add(new InterfaceRule(InterfaceRule.Kind.REGIONS, a, b, model, null));
        return this;
    }

    /** An interface model between every pair of regions made of these materials; side 1 is {@code a}. */
    public ThermalProblem interfaceBetweenMaterials(String a, String b, InterfaceModel model) {
        interfaceRules.add(new InterfaceRule(InterfaceRule.Kind.MATERIALS, a, b, model, null));
        return this;
    }

    public ThermalProblem interfaceRule(InterfaceRule rule) {
        interfaceRules.add(rule);
        return this;
    }

    /** One model for the grain boundaries of a region (null: of every region), staircase-corrected. */
    public ThermalProblem grainBoundaries(String region, InterfaceModel model) {
        grainRules.add(new GrainBoundaryRule(region, model, null, true));
        return this;
    }

    /** Per-boundary values for the grain boundaries of a region (null: of every region). */
    public ThermalProblem grainBoundaries(String region, ResistanceDistribution distribution) {
        grainRules.add(new GrainBoundaryRule(region, null, distribution, true));
        return this;
    }

    public ThermalProblem grainBoundaryRule(GrainBoundaryRule rule) {
        grainRules.add(rule);
        return this;
    }

    /**
     * Whether interface faces of shaped regions (spheres, tilted planes) get the staircase correction
     * {@code R/|n_i|} (default: yes).
     */
    public ThermalProblem staircaseCorrection(boolean on) {
        this.staircase = on;
        return this;
    }

    public ThermalProblem boundary(String patch, BoundaryCondition condition) {
        boundaries.add(new PatchCondition(patch, condition));
        return this;
    }

    public ThermalProblem source(Source s) {
        sources.add(s);
        return this;
    }

    /** Starting temperature of nonlinear iterations (K); by default the mean of the fixed temperatures. */
    public ThermalProblem initialTemperature(double kelvin) {
        this.initialTemperature = kelvin;
        return this;
    }

    /**
     * Makes a boundary condition's value change in time (transient solves): the temperature of a fixed
     * temperature, the fluid temperature of convection, the flux, or the power. The condition must have
     * been added with {@link #boundary}.
     */
    public ThermalProblem drive(BoundaryCondition condition, org.kapitza.boundary.TimeFunction value) {
        if (boundaries.stream().noneMatch(pc -> pc.condition() == condition)) {
            throw new IllegalArgumentException("drive: that boundary condition is not part of this problem");
        }
        if (condition instanceof BoundaryCondition.Adiabatic) {
            throw new IllegalArgumentException("drive: an adiabatic boundary has no value to change");
        }
        drivers.put(condition, value);
        return this;
    }

    /** Makes a source's density or power change in time; the source must have been added with {@link #source}. */
    public ThermalProblem drive(Source source, org.kapitza.boundary.TimeFunction value) {
        if (sources.stream().noneMatch(x -> x == source)) {
            throw new IllegalArgumentException("drive: that source is not part of this problem");
        }
        if (source instanceof Source.Field) throw new IllegalArgumentException("drive: a source field cannot be driven");
        drivers.put(source, value);
        return this;
    }

    /** The time function driving a condition or source, or null. */
    public org.kapitza.boundary.TimeFunction driver(Object conditionOrSource) {
        return drivers.get(conditionOrSource);
    }

    /** All time functions of the problem. */
    public java.util.Collection<org.kapitza.boundary.TimeFunction> drivers() {
        return java.util.Collections.unmodifiableCollection(drivers.values());
    }

    /** The material a mesh material name stands for. */
    public Material resolveMaterial(String meshMaterial) {
        Material m = materialOverrides.get(meshMaterial);
        return m != null ? m : library.get(meshMaterial);
    }

    public List<InterfaceRule> interfaceRules() {
        return Collections.unmodifiableList(interfaceRules);
    }

    public List<GrainBoundaryRule> grainBoundaryRules() {
        return Collections.unmodifiableList(grainRules);
    }

    public List<PatchCondition> boundaries() {
        return Collections.unmodifiableList(boundaries);
    }

    public List<Source> sources() {
        return Collections.unmodifiableList(sources);
    }

    public boolean staircaseCorrection() {
        return staircase;
    }

    public double initialTemperature() {
        return initialTemperature;
    }

    /**
     * Makes every check a solve makes before its first iteration (materials, interface and grain-boundary
     * models, boundary conditions, sources and, for a steady solve, that every connected part of the body
     * has a fixed temperature or convection) without solving.
     *
     * @param timeDependent a transient problem from a uniform start needs no steady state
     * @throws org.kapitza.InputException naming what is wrong
     */
    public void validate(boolean timeDependent) {
        new Discretization(this, timeDependent);
    }
}
