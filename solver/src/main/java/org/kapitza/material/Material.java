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

    /**
     * @param name         name used in case files and meshes
     * @param conductivity k(T)
     * @param source       where the values come from, for summaries and the materials listing
     */
    public Material(String name, Conductivity conductivity, String source) {
        this.name = name;
        this.conductivity = conductivity;
        this.source = source;
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
        return new Material(newName, conductivity, source);
    }

    @Override
    public String toString() {
        return name + " (" + conductivity.describe() + ")";
    }
}
