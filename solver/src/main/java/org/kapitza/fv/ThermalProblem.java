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
}
