package org.kapitza.multitemp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.InterfaceModel;

/**
 * Steady conduction with more than one temperature per point: a {@link ThermalProblem} (mesh,
 * materials, interface models, boundary conditions, sources) plus, per material, its carriers
 * ({@link CarrierModel}); a material without an entry carries phonons only, with its own k(T).
 *
 * <p>What the single-temperature problem's parts mean here:
 * <ul>
 *   <li>An interface model gives the conductance of each carrier pair present on both sides
 *       ({@link InterfaceChannels}): a {@code spin-two-channel} model its G↑ and G↓ to the electrons and its
 *       lattice to the phonons, {@code electron-dmm} the electrons, every other model the phonons. An
 *       interface without a model is a perfect contact for every carrier present on both sides.
 *       {@link #electrons} replaces the electronic part of an interface, {@link #electronPhonon} adds a
 *       path from the electrons of each side to the phonons of the other.</li>
 *   <li>A boundary condition acts on the phonons, unless {@link #boundaryCarriers} names others for its
 *       patch; a flux, a power and the conductance of a contact or a convection are shared equally by the
 *       chosen carriers of a cell, a fixed temperature holds each of them.</li>
 *   <li>A source heats the phonons unless {@link #sourceCarriers} names others for its region (laser
 *       heating deposits its energy in the electrons), shared equally among them.</li>
 * </ul>
 * A chosen carrier that a cell does not have falls back to that cell's phonons.
 */
public final class MultiTemperatureProblem {
    /** An interface's electronic model, or its electron–phonon path, between two regions (either order). */
    record PairModel(String a, String b, InterfaceModel model) {
        boolean matches(String x, String y) {
            return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
        }
    }

    private final ThermalProblem base;
    private final Map<String, CarrierModel> carriers = new LinkedHashMap<>();
    private final Map<String, CarrierHeatCapacity> heatCapacities = new LinkedHashMap<>();
    private final List<PairModel> electrons = new ArrayList<>();
    private final List<PairModel> electronPhonon = new ArrayList<>();
    private final Map<String, Set<Carrier>> boundaryCarriers = new LinkedHashMap<>();
    private final Map<String, Set<Carrier>> sourceCarriers = new LinkedHashMap<>();

    public MultiTemperatureProblem(ThermalProblem base) {
        this.base = base;
    }

    public ThermalProblem base() {
        return base;
    }

    /** The carriers of a material (by its name in the mesh). */
    public MultiTemperatureProblem carriers(String material, CarrierModel model) {
        carriers.put(material, model);
        return this;
    }

    /** The heat capacities of a material's carriers, for {@link MultiTemperatureTransient}. */
    public MultiTemperatureProblem heatCapacity(String material, CarrierHeatCapacity c) {
        heatCapacities.put(material, c);
        return this;
    }

    /** A material's carrier heat capacities, or null. */
    public CarrierHeatCapacity heatCapacityOf(String material) {
        return heatCapacities.get(material);
    }

    /** The electronic model of the interface between two regions, replacing what its interface model gives the electrons. */
    public MultiTemperatureProblem electrons(String regionA, String regionB, InterfaceModel model) {
        electrons.add(new PairModel(regionA, regionB, model));
        return this;
    }

    /**
     * A resistance between the electrons of either region and the phonons of the other across their
     * interface (inelastic electron–phonon coupling at the interface), in parallel with the other paths.
     */
    public MultiTemperatureProblem electronPhonon(String regionA, String regionB, InterfaceModel model) {
        electronPhonon.add(new PairModel(regionA, regionB, model));
        return this;
    }

    /** The carriers a patch's boundary condition acts on (default: phonons). */
    public MultiTemperatureProblem boundaryCarriers(String patch, Set<Carrier> which) {
        boundaryCarriers.put(patch, EnumSet.copyOf(which));
        return this;
    }

    /** The carriers the sources of a region heat (default: phonons). */
    public MultiTemperatureProblem sourceCarriers(String region, Set<Carrier> which) {
        sourceCarriers.put(region, EnumSet.copyOf(which));
        return this;
    }

    /** The carriers of a material, or null when it has no entry (phonons only, with the material's own k(T)). */
    public CarrierModel carriersOf(String material) {
        return carriers.get(material);
    }

    public Map<String, CarrierModel> carrierModels() {
        return Map.copyOf(carriers);
    }

    InterfaceModel electronModel(String regionA, String regionB) {
        for (PairModel p : electrons) if (p.matches(regionA, regionB)) return p.model;
        return null;
    }

    InterfaceModel electronPhononModel(String regionA, String regionB) {
        for (PairModel p : electronPhonon) if (p.matches(regionA, regionB)) return p.model;
        return null;
    }

    List<PairModel> electronRules() {
        return electrons;
    }

    List<PairModel> electronPhononRules() {
        return electronPhonon;
    }

    Set<Carrier> boundaryCarriers(String patch) {
        return boundaryCarriers.getOrDefault(patch, EnumSet.of(Carrier.PHONONS));
    }

    Set<Carrier> sourceCarriers(String region) {
        return sourceCarriers.getOrDefault(region, EnumSet.of(Carrier.PHONONS));
    }

    Map<String, Set<Carrier>> boundaryCarrierMap() {
        return boundaryCarriers;
    }

    Map<String, Set<Carrier>> sourceCarrierMap() {
        return sourceCarriers;
    }
}
