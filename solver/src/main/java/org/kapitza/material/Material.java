package org.kapitza.material;

/**
 * A material: its name, its thermal conductivity and where the data come from. Further properties
 * (heat capacity, elastic and electronic data for interface models) are attached by the modules that
 * need them.
 */
public final class Material {
    private final String name;
    private final Conductivity conductivity;
    private final String source;
    private final HeatCapacity heatCapacity;

    /**
     * @param name         name used in case files and meshes
     * @param conductivity k(T)
     * @param source       where the values come from, for summaries and the materials listing
     */
    public Material(String name, Conductivity conductivity, String source) {
        this(name, conductivity, source, null);
    }

    /**
     * @param heatCapacity ρ c_p(T), or null when only steady problems use the material
     */
    public Material(String name, Conductivity conductivity, String source, HeatCapacity heatCapacity) {
        this.name = name;
        this.conductivity = conductivity;
        this.source = source;
        this.heatCapacity = heatCapacity;
    }

    /** ρ c_p(T), or null when none is known. */
    public HeatCapacity heatCapacity() {
        return heatCapacity;
    }

    /** The same material with a heat capacity. */
    public Material withHeatCapacity(HeatCapacity c) {
        return new Material(name, conductivity, source, c);
    }

    public String name() {
        return name;
    }

    public Conductivity conductivity() {
        return conductivity;
    }

    public String source() {
        return source;
    }

    /** The same material under another name. */
    public Material named(String newName) {
        return new Material(newName, conductivity, source, heatCapacity);
    }

    @Override
    public String toString() {
        return name + " (" + conductivity.describe() + ")";
    }
}
