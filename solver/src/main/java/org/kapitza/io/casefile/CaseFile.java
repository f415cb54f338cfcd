package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The schema of a case file: every key a case file may contain, as immutable records. Unknown keys,
 * wrong types and units of the wrong kind are refused when the file is read; the reference in the
 * README lists the same keys.
 */
public record CaseFile(
        @JsonProperty(required = true) String name,
        String description,
        @JsonProperty(required = true) Mesh mesh,
        List<MaterialSpec> materials,
        List<ModelSpec> interfaces,
        @JsonProperty("grain_boundaries") List<ModelSpec> grainBoundaries,
        List<BoundarySpec> boundaries,
        List<SourceSpec> sources,
        Solver solver,
        @JsonProperty("transient") Transient transientRun,
        Output output,
        Harmonic harmonic,
        @JsonProperty("multi_temperature") MultiTemperatureSpec multiTemperature) {

    /**
     * The mesh: a layer stack or a rectilinear grid, and optional polycrystals; or a Gmsh mesh file
     * ({@code gmsh}, relative to the case file) with its {@code scale}, {@code depth} (2D meshes) and
     * {@code regions}.
     */
    public record Mesh(Stack stack, Grid grid, List<Polycrystal> polycrystals, String gmsh, @SI("1") Double scale,
                       @SI("m") Double depth, List<GmshRegion> regions) {
    }

    /**
     * A region of a Gmsh mesh: its name, material, and the physical volumes (surfaces, in 2D) it is made
     * of (default: the one named like the region); several volumes make a conforming polycrystal whose
     * grains they are.
     */
    public record GmshRegion(@JsonProperty(required = true) String name, @JsonProperty(required = true) String material,
                             List<String> volumes) {
    }

    /** A stack of layers on a rectangular base. */
    public record Stack(@JsonProperty(required = true) Base base, @JsonProperty(required = true) List<LayerSpec> layers) {
    }

    /** The base: in-plane extent and resolution. */
    public record Base(
            @JsonProperty(required = true) @SI("m") Double x,
            @JsonProperty(required = true) @SI("m") Double y,
            List<Integer> cells,
            @JsonProperty("max_cell") @SI("m") Double maxCell,
            @SI("1") Double growth) {
    }

    /** One layer, bottom to top. */
    public record LayerSpec(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String material,
            @JsonProperty(required = true) @SI("m") Double thickness,
            Integer cells,
            @JsonProperty("max_cell") @SI("m") Double maxCell,
            @SI("1") Double grading,
            Footprint footprint) {
    }

    /** A layer's in-plane rectangle; centred on the base unless an origin (lower-left corner) is given. */
    public record Footprint(
            @JsonProperty(required = true) @SI("m") Double x,
            @JsonProperty(required = true) @SI("m") Double y,
            @SI("m") List<Double> origin) {
    }

    /** A rectilinear grid with regions painted onto it. */
    public record Grid(
            @JsonProperty(required = true) Axis x,
            Axis y,
            Axis z,
            @JsonProperty("cross_section") @SI("m") List<Double> crossSection,
            @SI("m") Double depth,
            @JsonProperty(required = true) List<RegionSpec> regions) {
    }

    /** Node coordinates along one axis: explicit, or from/to with a cell count and optional ratio. */
    public record Axis(@SI("m") List<Double> nodes, @SI("m") Double from, @SI("m") Double to, Integer cells,
                       @SI("1") Double ratio) {
    }

    /** A region of a grid: cells whose centres are inside the shape (exactly one shape). */
    public record RegionSpec(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String material,
            BoxSpec box,
            Sphere sphere,
            Cylinder cylinder,
            @JsonProperty("half_space") HalfSpace halfSpace) {
    }

    /** Ranges along x, y, z; an axis left out is unbounded. */
    public record BoxSpec(@SI("m") List<Double> x, @SI("m") List<Double> y, @SI("m") List<Double> z) {
    }

    public record Sphere(@JsonProperty(required = true) @SI("m") List<Double> centre,
                         @JsonProperty(required = true) @SI("m") Double radius) {
    }

    /** A cylinder along z. */
    public record Cylinder(@JsonProperty(required = true) @SI("m") List<Double> centre,
                           @JsonProperty(required = true) @SI("m") Double radius) {
    }

    /** Points behind a plane through {@code point} with outward {@code normal}. */
    public record HalfSpace(@JsonProperty(required = true) @SI("m") List<Double> point,
                            @JsonProperty(required = true) @SI("1") List<Double> normal) {
    }

    /** Grains in a region: a Voronoi polycrystal (grains or mean_size) or a regular lattice. */
    public record Polycrystal(
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> region,
            Integer grains,
            @JsonProperty("mean_size") @SI("m") Double meanSize,
            Long seed,
            List<String> periodic,
            BoxSpec box,
            Regular regular) {
    }

    /** Regular grains: cubes of {@code size}, boxes of {@code sizes}, or {@code columns} through z. */
    public record Regular(@SI("m") Double size, @SI("m") List<Double> sizes, @SI("m") List<Double> columns) {
    }

    /** Numerical settings. */
    public record Solver(
            String preconditioner,
            @SI("1") Double tolerance,
            @JsonProperty("max_iterations") Integer maxIterations,
            String nonlinear,
            @JsonProperty("nonlinear_tolerance") @SI("1") Double nonlinearTolerance,
            @JsonProperty("max_nonlinear_iterations") Integer maxNonlinearIterations,
            @JsonProperty("strict_ranges") Boolean strictRanges,
            @JsonProperty("initial_temperature") @SI(value = "K", absolute = true) Double initialTemperature) {
    }

    /** What to write. */
    public record Output(String directory, Boolean vtk, Boolean compress, Line line,
                         @JsonProperty("effective_conductivity") EffectiveK effectiveConductivity,
                         @JsonProperty("case_surface") String caseSurface, String format) {
    }

    /** Report k_eff between two opposite patches. */
    public record EffectiveK(@JsonProperty(required = true) List<String> between) {
    }

    /** The line along which the temperature profile is plotted. */
    public record Line(@JsonProperty(required = true) @SI("m") List<Double> from,
                       @JsonProperty(required = true) @SI("m") List<Double> to) {
    }

    /**
     * A time-dependent run: without this section the case is solved for the steady state.
     *
     * @param end          simulated time to reach (s)
     * @param integrator   {@code crank-nicolson} (second order, the default) or {@code backward-euler}
     * @param tolerance    local error per step the adaptive control aims at (K); default 0.01 K
     * @param step         bounds of the adaptive step, or
     * @param fixedStep    one step size for the whole run (no error control)
     * @param initial      the temperature at t = 0: uniform {@code T}, per region ({@code regions}, with {@code T}
     *                     for the regions not listed), or the {@code steady: true} solution
     * @param output       times at which fields are written, besides t = 0: {@code every} or a list of
     *                     {@code times}; by default only the end
     * @param probes       values recorded after every step
     * @param checkpointEvery accepted steps between checkpoints (default 100; 0 for none)
     */
    public record Transient(
            @JsonProperty(required = true) @SI("s") Double end,
            String integrator,
            @SI("K") Double tolerance,
            Step step,
            @JsonProperty("fixed_step") @SI("s") Double fixedStep,
            @JsonProperty(required = true) Initial initial,
            OutputTimes output,
            List<ProbeSpec> probes,
            @JsonProperty("checkpoint_every") Integer checkpointEvery) {
    }

    /** Bounds of the adaptive time step (s). */
    public record Step(@SI("s") Double initial, @SI("s") Double min, @SI("s") Double max) {
    }

    /**
     * The state at t = 0: a uniform temperature, temperatures by region, or the steady solution of the
     * inputs at t = 0.
     *
     * @param t       temperature (K) of every region not listed in {@code regions}
     * @param regions temperature (K) of each listed region or layer, by name
     * @param steady  true for the steady solution (then neither {@code T} nor {@code regions})
     */
    public record Initial(@JsonProperty("T") @SI(value = "K", absolute = true) Double t,
                          @SI(value = "K", absolute = true) Map<String, Double> regions,
                          Boolean steady) {
    }

    /** Field output times: every so often, or at listed times (s). */
    public record OutputTimes(@SI("s") Double every, @SI("s") List<Double> times) {
    }

    /**
     * A value recorded after every step, exactly one kind: the temperature at a {@code point} (m), the
     * mean temperature of a {@code patch_mean}, the highest temperature of a {@code region_max}, or the
     * mean temperature jump across an {@code interface_jump} ("a|b"). A temperature probe may give a
     * {@code threshold} (K): the run reports when the probe first reaches it.
     */
    public record ProbeSpec(@JsonProperty(required = true) String name,
                            @SI("m") List<Double> point,
                            @JsonProperty("patch_mean") String patchMean,
                            @JsonProperty("region_max") String regionMax,
                            @JsonProperty("interface_jump") String interfaceJump,
                            @SI("K") Double threshold) {
    }

    /**
     * A harmonic (frequency-domain) analysis instead of the steady solve: the complex temperature amplitude
     * under a Gaussian heating spot modulated at each frequency (see the README's "Harmonic analysis").
     *
     * @param frequencies a list (Hz), or
     * @param from        log-spaced from,
     * @param to          to,
     * @param count       with count frequencies
     * @param spot        the modulated heating on the top (z max) surface
     * @param probe       1/e² radius of the probe averaging the surface amplitude (default: the spot's)
     */
    public record Harmonic(@SI("Hz") List<Double> frequencies, @SI("Hz") Double from, @SI("Hz") Double to, Integer count,
                           @JsonProperty(required = true) Spot spot, @SI("m") Double probe) {
    }

    /** A Gaussian spot: 1/e² radius, amplitude of the modulated power (default 1 W), centre [x, y] (default the top's centre). */
    public record Spot(@JsonProperty(required = true) @SI("m") Double radius, @SI("W") Double power, @SI("m") List<Double> position) {
    }
}
