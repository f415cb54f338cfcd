package org.kapitza.io.vtk;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of a writer's inputs, made before the file is opened so that a mistake leaves no file behind. */
final class Checks {
    private Checks() {
    }

    /**
     * Every array has one tuple per cell and a name of its own.
     *
     * @param what     "grid", "subset" or "set of quads", for messages
     * @param cells    number of cells
     * @param reserved names the writer uses itself
     */
    static void cellData(Path file, List<VtkArray> arrays, int cells, String what, String... reserved) {
        List<String> ours = List.of(reserved);
        Set<String> names = new HashSet<>();
        for (VtkArray a : arrays) {
            if (a == null) throw new IllegalArgumentException("cannot write " + file + ": a cell array is null");
            if (a.tuples() != cells) {
                throw new IllegalArgumentException("cannot write " + file + ": cell array \"" + a.name() + "\" has "
                        + a.tuples() + " tuples, but the " + what + " has " + cells + " cells");
            }
            if (ours.contains(a.name())) {
                throw new IllegalArgumentException("cannot write " + file + ": cell array name \"" + a.name()
                        + "\" is used by the writer itself");
            }
            if (!names.add(a.name())) {
                throw new IllegalArgumentException("cannot write " + file + ": two cell arrays are named \"" + a.name() + "\"");
            }
        }
    }

    /**
     * Node coordinates along one axis: at least two, finite and strictly increasing.
     *
     * @return the number of cells along the axis
     */
    static int nodes(String axis, double[] c) {
        if (c == null || c.length < 2) {
            throw new IllegalArgumentException(axis + " coordinates: need at least 2 nodes, got "
                    + (c == null ? "none" : c.length));
        }
        for (int i = 0; i < c.length; i++) {
            if (!Double.isFinite(c[i])) throw new IllegalArgumentException(axis + "[" + i + "] = " + c[i] + " is not finite");
            if (i > 0 && !(c[i] > c[i - 1])) {
                throw new IllegalArgumentException(axis + " coordinates must increase: " + axis + "[" + i + "] = " + c[i]
                        + " after " + axis + "[" + (i - 1) + "] = " + c[i - 1]);
            }
        }
        return c.length - 1;
    }

    /** nx·ny·nz, which must fit in an int like the mesh's cell numbers. */
    static int cellCount(int nx, int ny, int nz) {
        long n = (long) nx * ny * nz;
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + nx + " x " + ny + " x " + nz + " = " + n
                    + " cells is too large to number cells with int");
        }
        return (int) n;
    }
}
