package org.kapitza.mesh.stack;

/**
 * One layer of a stack, bottom to top.
 *
 * @param name       unique name; patches {@code <name>.top}, {@code .bottom}, {@code .sides} follow from it
 * @param material   material name, resolved by the solver
 * @param thickness  thickness in metres
 * @param cells      number of cells across the thickness, or 0 to use {@code maxCell}
 * @param maxCell    largest cell size across the thickness (m), used when {@code cells == 0}
 * @param grading    ratio of each cell's thickness to the one below it (1 for uniform)
 * @param footprint  in-plane extent, or null for the whole base
 */
public record Layer(String name, String material, double thickness, int cells, double maxCell, double grading,
                    Footprint footprint) {

    /** A layer over the whole base with {@code cells} uniform cells across its thickness. */
    public static Layer of(String name, String material, double thickness, int cells) {
        return new Layer(name, material, thickness, cells, Double.NaN, 1.0, null);
    }

    /** A layer over the whole base whose cells are at most {@code maxCell} metres thick. */
    public static Layer withMaxCell(String name, String material, double thickness, double maxCell) {
        return new Layer(name, material, thickness, 0, maxCell, 1.0, null);
    }

    /** This layer restricted to a footprint. */
    public Layer on(Footprint f) {
        return new Layer(name, material, thickness, cells, maxCell, grading, f);
    }

    /** This layer with geometric grading across its thickness. */
    public Layer graded(double ratio) {
        return new Layer(name, material, thickness, cells, maxCell, ratio, footprint);
    }
}
