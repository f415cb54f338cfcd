package org.kapitza.io.vtk;

import java.util.Objects;

/**
 * A named data array for a VTK XML file: {@code tuples} tuples of 1 or 3 components, stored as
 * {@code Float64} (from {@code double[]}), {@code Int32} ({@code int[]}) or {@code UInt8} ({@code byte[]},
 * read as unsigned 0..255). Tuple t, component c is value {@code t * components + c}, the layout of a
 * VTK {@code DataArray} with {@code NumberOfComponents} (VTK file formats, "XML File Formats",
 * https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html).
 *
 * <p>The values are wrapped, not copied: a field on a large grid is tens of megabytes, and a copy per
 * output would double the memory of writing it. Do not change the array until the file is written.
 */
public final class VtkArray {
    /** Element types of the VTK XML format that this package writes. */
    public enum Type {
        FLOAT64("Float64", 8),
        INT32("Int32", 4),
        UINT8("UInt8", 1);

        /** The name in the {@code type} attribute of a {@code DataArray}. */
        public final String xmlName;
        /** Bytes per value. */
        public final int bytes;

        Type(String xmlName, int bytes) {
            this.xmlName = xmlName;
            this.bytes = bytes;
        }
    }

    private final String name;
    private final int components;
    private final Type type;
    private final double[] doubles;
    private final int[] ints;
    private final byte[] bytes;
    private final int length;

    private VtkArray(String name, int components, double[] doubles, int[] ints, byte[] bytes) {
        checkName(name);
        if (components != 1 && components != 3) {
            throw new IllegalArgumentException("array \"" + name + "\": " + components
                    + " components; 1 (scalar) or 3 (vector) are supported");
        }
        this.name = name;
        this.components = components;
        this.doubles = doubles;
        this.ints = ints;
        this.bytes = bytes;
        if (doubles != null) {
            type = Type.FLOAT64;
            length = doubles.length;
        } else if (ints != null) {
            type = Type.INT32;
            length = ints.length;
        } else {
            type = Type.UINT8;
            length = Objects.requireNonNull(bytes, "values of array \"" + name + "\"").length;
        }
        if (length % components != 0) {
            throw new IllegalArgumentException("array \"" + name + "\": " + length + " values is not a whole number of "
                    + components + "-component tuples");
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a VTK array needs a name, got \"" + name + "\"");
        for (int i = 0; i < name.length(); i++) {
            // XML 1.0 cannot hold these characters even escaped
            if (name.charAt(i) < 0x20) {
                throw new IllegalArgumentException("array name \"" + name + "\" contains control character "
                        + (int) name.charAt(i));
            }
        }
    }

    /** One value per tuple, written as {@code Float64}. */
    public static VtkArray scalars(String name, double[] values) {
        return new VtkArray(name, 1, Objects.requireNonNull(values, name), null, null);
    }

    /** One value per tuple, written as {@code Int32}. */
    public static VtkArray scalars(String name, int[] values) {
        return new VtkArray(name, 1, null, Objects.requireNonNull(values, name), null);
    }

    /** One value per tuple, written as {@code UInt8}: bytes are read as unsigned, 0..255. */
    public static VtkArray scalars(String name, byte[] values) {
        return new VtkArray(name, 1, null, null, Objects.requireNonNull(values, name));
    }

    /** Three values per tuple ({@code x0 y0 z0 x1 y1 z1 ...}), written as {@code Float64}. */
    public static VtkArray vectors(String name, double[] xyz) {
        return new VtkArray(name, 3, Objects.requireNonNull(xyz, name), null, null);
    }

    /** Three values per tuple, written as {@code Int32}. */
    public static VtkArray vectors(String name, int[] xyz) {
        return new VtkArray(name, 3, null, Objects.requireNonNull(xyz, name), null);
    }

    public String name() {
        return name;
    }

    /** 1 or 3. */
    public int components() {
        return components;
    }

    /** Number of tuples: values / components. */
    public int tuples() {
        return length / components;
    }

    /** Number of values: tuples × components. */
    public int length() {
        return length;
    }

    public Type type() {
        return type;
    }

    /** Value {@code index} (of {@link #length()}) as a double; a {@code UInt8} value is unsigned. */
    public double get(int index) {
        return switch (type) {
            case FLOAT64 -> doubles[index];
            case INT32 -> ints[index];
            case UINT8 -> bytes[index] & 0xff;
        };
    }

    /**
     * The tuples at the given positions, in that order, as a new array of the same name and type: the cell
     * data of a subset of cells.
     *
     * @param positions tuple indices, each in [0, tuples)
     */
    public VtkArray select(int[] positions) {
        int n = tuples();
        int nc = components;
        for (int p = 0; p < positions.length; p++) {
            if (positions[p] < 0 || positions[p] >= n) {
                throw new IndexOutOfBoundsException("array \"" + name + "\" has " + n + " tuples; position " + p
                        + " asks for tuple " + positions[p]);
            }
        }
        int m = positions.length * nc;
        switch (type) {
            case FLOAT64 -> {
                double[] out = new double[m];
                for (int p = 0; p < positions.length; p++) {
                    for (int c = 0; c < nc; c++) out[p * nc + c] = doubles[positions[p] * nc + c];
                }
                return new VtkArray(name, nc, out, null, null);
            }
            case INT32 -> {
                int[] out = new int[m];
                for (int p = 0; p < positions.length; p++) {
                    for (int c = 0; c < nc; c++) out[p * nc + c] = ints[positions[p] * nc + c];
                }
                return new VtkArray(name, nc, null, out, null);
            }
            default -> {
                byte[] out = new byte[m];
                for (int p = 0; p < positions.length; p++) {
                    for (int c = 0; c < nc; c++) out[p * nc + c] = bytes[positions[p] * nc + c];
                }
                return new VtkArray(name, nc, null, null, out);
            }
        }
    }

    /** The wrapped values when the type is {@code FLOAT64}, else null; for the encoder. */
    double[] doubles() {
        return doubles;
    }

    int[] ints() {
        return ints;
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return "VtkArray[" + name + ", " + type.xmlName + ", " + tuples() + " x " + components + "]";
    }
}
