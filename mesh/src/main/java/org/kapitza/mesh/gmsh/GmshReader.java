package org.kapitza.mesh.gmsh;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kapitza.mesh.MeshException;

/**
 * Reads Gmsh mesh files: MSH 4.1 in ASCII and binary, and MSH 2.2 in ASCII (Gmsh reference manual,
 * "MSH file format", https://gmsh.info/doc/texinfo/gmsh.html#MSH-file-format).
 *
 * <p>Only linear elements are accepted: points, lines, triangles, quadrangles, tetrahedra, hexahedra,
 * prisms and pyramids. Curved (second- or higher-order) elements are refused by name, since their faces
 * are not the planar polygons the finite-volume geometry assumes; so are partitioned files. Every
 * refusal is one line naming the file, the element or entity, and what to do.
 */
public final class GmshReader {
    /** Nodes of each linear Gmsh element type (0 where not linear or unknown). */
    private static final int[] LINEAR_NODES = new int[16];
    /** Names of element types, for messages. */
    private static final Map<Integer, String> TYPE_NAMES = new HashMap<>();

    static {
        LINEAR_NODES[1] = 2;
        LINEAR_NODES[2] = 3;
        LINEAR_NODES[3] = 4;
        LINEAR_NODES[4] = 4;
        LINEAR_NODES[5] = 8;
        LINEAR_NODES[6] = 6;
        LINEAR_NODES[7] = 5;
        LINEAR_NODES[15] = 1;
        String[] names = {"", "line", "triangle", "quadrangle", "tetrahedron", "hexahedron", "prism", "pyramid",
            "second-order line", "second-order triangle", "second-order quadrangle", "second-order tetrahedron",
            "second-order hexahedron", "second-order prism", "second-order pyramid", "point",
            "second-order quadrangle (8 nodes)", "second-order hexahedron (20 nodes)", "second-order prism (15 nodes)",
            "second-order pyramid (13 nodes)"};
        for (int t = 1; t < names.length; t++) TYPE_NAMES.put(t, names[t]);
    }

    /** Dimension of a Gmsh element type (-1 if unknown). */
    static int dimensionOf(int type) {
        switch (type) {
            case 15: return 0;
            case 1: case 8: case 26: case 27: case 28: return 1;
            case 2: case 3: case 9: case 10: case 16: case 20: case 21: case 22: case 23: case 24: case 25: return 2;
            case 4: case 5: case 6: case 7: case 11: case 12: case 13: case 14: case 17: case 18: case 19: case 29:
            case 30: case 31: case 92: case 93: return 3;
            default: return -1;
        }
    }

    private final double scale;

    /** @param scale factor applied to every coordinate (1e-3 for a mesh drawn in millimetres) */
    public GmshReader(double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) throw new MeshException("gmsh scale must be a positive number, got " + scale);
        this.scale = scale;
    }

    /**
     * Reads a mesh file.
     *
     * @throws MeshException one line naming the file and what is wrong
     */
    public GmshFile read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new Parse(file, new Tokens(in, file)).run();
        } catch (NoSuchFileException e) {
            throw new MeshException("gmsh mesh " + file + ": no such file");
        } catch (EOFException e) {
            throw new MeshException("gmsh mesh " + file + ": the file ends in the middle of a section; it is truncated");
        } catch (IOException e) {
            throw new MeshException("gmsh mesh " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** Element type name for messages. */
    static String typeName(int type) {
        return TYPE_NAMES.getOrDefault(type, "element type " + type);
    }

    private final class Parse {
        final Path file;
        final Tokens in;
        String version;
        boolean binary;
        double[] xyz = new double[0];
        long[] nodeTag = new long[0];
        int nodes;
        /** Dense index of a node tag; tags beyond the array go through the map. */
        int[] denseOfTag = new int[0];
        final Map<Long, String> physicalNames = new HashMap<>();
        final Map<Long, int[]> entityGroups = new HashMap<>();
        final ElementBuilder[] elements = new ElementBuilder[4];

        Parse(Path file, Tokens in) {
            this.file = file;
            this.in = in;
        }

        MeshException error(String what) {
            return new MeshException("gmsh mesh " + file + (binary ? "" : " line " + in.line) + ": " + what);
        }

        GmshFile run() throws IOException {
            String first = in.word();
            if (first == null || !first.equals("$MeshFormat")) {
                throw error("not a Gmsh mesh file: it must start with $MeshFormat (save it from Gmsh as Version 4 or 2 (.msh))");
            }
            version = in.word();
            int fileType = (int) in.integer();
            int dataSize = (int) in.integer();
            if (!version.equals("4.1") && !version.equals("2.2")) {
                throw error("MSH version " + version + " is not supported; save as MSH 4.1 (gmsh -format msh41) or 2.2 (msh22)");
            }
            binary = fileType == 1;
            if (binary && version.equals("2.2")) throw error("binary MSH 2.2 is not supported; save as MSH 4.1 (binary or ASCII) or ASCII 2.2");
            if (binary && dataSize != 8) throw error("binary data size " + dataSize + " is not supported (Gmsh writes 8)");
            if (binary) {
                // the word "8" took the newline after it: the integer 1 follows directly
                int one = in.int32();
                if (one != 1) throw error("binary mesh of the other byte order; re-save it on this machine");
            }
            expectEnd("$EndMeshFormat");
            while (true) {
                String section = in.word();
                if (section == null) break;
                switch (section) {
                    case "$PhysicalNames" -> physicalNames();
                    case "$Entities" -> entities();
                    case "$Nodes" -> { if (version.equals("4.1")) nodes41(); else nodes22(); }
                    case "$Elements" -> { if (version.equals("4.1")) elements41(); else elements22(); }
                    case "$PartitionedEntities" -> throw error("partitioned meshes are not supported; save the whole mesh unpartitioned");
                    default -> {
                        if (!section.startsWith("$")) throw error("expected a section ($Nodes, $Elements, ...), found '" + section + "'");
                        skipSection(section);
                    }
                }
            }
            if (nodes == 0) throw error("the file has no $Nodes section");
            GmshFile.Elements[] out = new GmshFile.Elements[4];
            for (int d = 0; d < 4; d++) if (elements[d] != null) out[d] = elements[d].build();
            return new GmshFile(file, version, Arrays.copyOf(xyz, 3 * nodes), Arrays.copyOf(nodeTag, nodes), physicalNames,
                    entityGroups, out);
        }

        void expectEnd(String end) throws IOException {
            String w = in.word();
            if (!end.equals(w)) throw error("expected " + end + ", found '" + w + "'");
        }

        void skipSection(String section) throws IOException {
            String end = "$End" + section.substring(1);
            // Unknown sections ($NodeData, $Periodic, ...) are skipped line by line; they are ASCII or the
            // binary payload does not contain the end marker at a line start in practice.
            while (true) {
                String line = in.rawLine();
                if (line == null) throw error("section " + section + " has no " + end);
                if (line.trim().equals(end)) return;
            }
        }

        void physicalNames() throws IOException {
            int n = (int) in.integer();
            for (int i = 0; i < n; i++) {
                int dim = (int) in.integer();
                int tag = (int) in.integer();
                String name = in.quoted();
                physicalNames.put(GmshFile.key(dim, tag), name);
            }
            expectEnd("$EndPhysicalNames");
        }

        void entities() throws IOException {
            long[] counts = new long[4];
            for (int d = 0; d < 4; d++) counts[d] = binary ? in.int64() : in.integer();
            for (int d = 0; d < 4; d++) {
                for (long i = 0; i < counts[d]; i++) {
                    int tag = binary ? in.int32() : (int) in.integer();
                    int boxValues = d == 0 ? 3 : 6;
                    for (int v = 0; v < boxValues; v++) { if (binary) in.float64(); else in.real(); }
                    int np = (int) (binary ? in.int64() : in.integer());
                    int[] groups = new int[np];
                    for (int p = 0; p < np; p++) groups[p] = binary ? in.int32() : (int) in.integer();
                    entityGroups.put(GmshFile.key(d, tag), groups);
                    if (d > 0) {
                        int nb = (int) (binary ? in.int64() : in.integer());
                        for (int b = 0; b < nb; b++) { if (binary) in.int32(); else in.integer(); }
                    }
                }
            }
            expectEnd("$EndEntities");
        }

        void ensureNodes(long total) {
            if (total > Integer.MAX_VALUE / 3) throw error(total + " nodes are more than Kapitza can hold");
            xyz = Arrays.copyOf(xyz, (int) (3 * total));
            nodeTag = Arrays.copyOf(nodeTag, (int) total);
        }

        void addNode(long tag, double x, double y, double z) {
            if (tag < 1) throw error("node tag " + tag + " is not positive");
            xyz[3 * nodes] = x * scale;
            xyz[3 * nodes + 1] = y * scale;
            xyz[3 * nodes + 2] = z * scale;
            nodeTag[nodes] = tag;
            if (tag < (1L << 28)) {
                if (tag >= denseOfTag.length) {
                    int old = denseOfTag.length;
                    denseOfTag = Arrays.copyOf(denseOfTag, (int) Math.max(tag + 1, 2L * old));
                    Arrays.fill(denseOfTag, old, denseOfTag.length, -1);
                }
                if (denseOfTag[(int) tag] >= 0) throw error("node " + tag + " is defined twice");
                denseOfTag[(int) tag] = nodes;
            } else {
                throw error("node tag " + tag + " is too large; renumber the mesh (Gmsh: Mesh.RenumberNodes / -renumber)");
            }
            nodes++;
        }

        int dense(long tag, long element) {
            int d = tag > 0 && tag < denseOfTag.length ? denseOfTag[(int) tag] : -1;
            if (d < 0) throw error("element " + element + " uses node " + tag + ", which is not in $Nodes");
            return d;
        }

        void nodes41() throws IOException {
            long blocks = binary ? in.int64() : in.integer();
            long total = binary ? in.int64() : in.integer();
            if (binary) { in.int64(); in.int64(); } else { in.integer(); in.integer(); }
            ensureNodes(nodes + total);
            for (long b = 0; b < blocks; b++) {
                int dim = binary ? in.int32() : (int) in.integer();
                int entity = binary ? in.int32() : (int) in.integer();
                int parametric = binary ? in.int32() : (int) in.integer();
                int count = (int) (binary ? in.int64() : in.integer());
                long[] tags = new long[count];
                for (int i = 0; i < count; i++) tags[i] = binary ? in.int64() : in.integer();
                int extra = parametric == 0 ? 0 : dim;
                for (int i = 0; i < count; i++) {
                    double x = binary ? in.float64() : in.real();
                    double y = binary ? in.float64() : in.real();
                    double z = binary ? in.float64() : in.real();
                    for (int e = 0; e < extra; e++) { if (binary) in.float64(); else in.real(); }
                    addNode(tags[i], x, y, z);
                }
            }
            expectEnd("$EndNodes");
        }

        void nodes22() throws IOException {
            long total = in.integer();
            ensureNodes(nodes + total);
            for (long i = 0; i < total; i++) {
                long tag = in.integer();
                addNode(tag, in.real(), in.real(), in.real());
            }
            expectEnd("$EndNodes");
        }

        ElementBuilder builder(int dim) {
            if (elements[dim] == null) elements[dim] = new ElementBuilder(version.equals("2.2"));
            return elements[dim];
        }

        int checkedNodes(int type, long element, String entity) {
            int nn = type > 0 && type < LINEAR_NODES.length ? LINEAR_NODES[type] : 0;
            if (nn > 0) return nn;
            int dim = dimensionOf(type);
            if (dim < 0) throw error("element " + element + " of " + entity + " has unknown element type " + type);
            throw error("element " + element + " of " + entity + " is a " + typeName(type)
                    + " (Gmsh type " + type + "): curved, higher-order elements are not supported; mesh with linear"
                    + " elements (Mesh.ElementOrder = 1, gmsh -order 1)");
        }

        void elements41() throws IOException {
            long blocks = binary ? in.int64() : in.integer();
            if (binary) { in.int64(); in.int64(); in.int64(); } else { in.integer(); in.integer(); in.integer(); }
            for (long b = 0; b < blocks; b++) {
                int dim = binary ? in.int32() : (int) in.integer();
                int entity = binary ? in.int32() : (int) in.integer();
                int type = binary ? in.int32() : (int) in.integer();
                long count = binary ? in.int64() : in.integer();
                String entityName = entityName(dim, entity);
                if (count == 0) continue;
                if (dim < 0 || dim > 3 || dimensionOf(type) != dim) {
                    throw error("element block of " + entityName + " has element type " + type + " of another dimension");
                }
                long firstTag = 0;
                int nn = LINEAR_NODES.length > type && type > 0 ? LINEAR_NODES[type] : 0;
                if (nn == 0) {
                    firstTag = binary ? in.int64() : in.integer();
                    checkedNodes(type, firstTag, entityName);
                }
                ElementBuilder eb = builder(dim);
                long[] row = new long[nn];
                for (long i = 0; i < count; i++) {
                    long tag = binary ? in.int64() : in.integer();
                    for (int k = 0; k < nn; k++) row[k] = binary ? in.int64() : in.integer();
                    eb.add(type, entity, -1, tag, row, nn, this);
                }
            }
            expectEnd("$EndElements");
        }

        void elements22() throws IOException {
            long total = in.integer();
            for (long i = 0; i < total; i++) {
                long tag = in.integer();
                int type = (int) in.integer();
                int ntags = (int) in.integer();
                int physical = 0;
                int entity = 0;
                for (int t = 0; t < ntags; t++) {
                    long v = in.integer();
                    if (t == 0) physical = (int) v;
                    if (t == 1) entity = (int) v;
                }
                int dim = dimensionOf(type);
                String entityName = entityName(Math.max(dim, 0), entity);
                int nn = checkedNodes(type, tag, entityName);
                long[] row = new long[nn];
                for (int k = 0; k < nn; k++) row[k] = in.integer();
                builder(dim).add(type, entity, physical, tag, row, nn, this);
            }
            expectEnd("$EndElements");
        }
    }

    /** "volume 3" etc., for messages. */
    static String entityName(int dim, int tag) {
        String[] kinds = {"point", "curve", "surface", "volume"};
        return "entity " + kinds[Math.max(0, Math.min(3, dim))] + " " + tag;
    }

    /** Growable primitive arrays of the elements of one dimension. */
    private static final class ElementBuilder {
        byte[] type = new byte[1024];
        int[] entity = new int[1024];
        int[] physical;
        long[] tag = new long[1024];
        int[] start = new int[1025];
        int[] nodes = new int[4096];
        int count;

        ElementBuilder(boolean perElementPhysical) {
            physical = perElementPhysical ? new int[1024] : null;
        }

        void add(int t, int e, int p, long elementTag, long[] row, int nn, Parse parse) {
            if (count == type.length) {
                int cap = 2 * count;
                type = Arrays.copyOf(type, cap);
                entity = Arrays.copyOf(entity, cap);
                tag = Arrays.copyOf(tag, cap);
                start = Arrays.copyOf(start, cap + 1);
                if (physical != null) physical = Arrays.copyOf(physical, cap);
            }
            int s = start[count];
            if (s + nn > nodes.length) nodes = Arrays.copyOf(nodes, Math.max(2 * nodes.length, s + nn));
            for (int k = 0; k < nn; k++) nodes[s + k] = parse.dense(row[k], elementTag);
            type[count] = (byte) t;
            entity[count] = e;
            tag[count] = elementTag;
            if (physical != null) physical[count] = p;
            start[count + 1] = s + nn;
            count++;
        }

        GmshFile.Elements build() {
            return new GmshFile.Elements(Arrays.copyOf(type, count), Arrays.copyOf(entity, count),
                    physical == null ? null : Arrays.copyOf(physical, count), Arrays.copyOf(tag, count),
                    Arrays.copyOf(start, count + 1), Arrays.copyOf(nodes, start[count]));
        }
    }

    /** Whitespace-separated ASCII tokens and little-endian binary values from one stream. */
    private static final class Tokens {
        final InputStream in;
        final Path file;
        int line = 1;
        private final byte[] buf = new byte[8];
        private final StringBuilder sb = new StringBuilder();

        Tokens(InputStream in, Path file) {
            this.in = in;
            this.file = file;
        }

        private int read() throws IOException {
            int c = in.read();
            if (c == '\n') line++;
            return c;
        }

        /** The next whitespace-delimited word, or null at the end of the file. */
        String word() throws IOException {
            int c;
            do {
                c = read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
            if (c < 0) return null;
            sb.setLength(0);
            while (c >= 0 && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                sb.append((char) c);
                c = read();
            }
            return sb.toString();
        }

        long integer() throws IOException {
            String w = word();
            if (w == null) throw new EOFException();
            try {
                return Long.parseLong(w);
            } catch (NumberFormatException e) {
                throw new MeshException("gmsh mesh " + file + " line " + line + ": expected a whole number, found '" + w + "'");
            }
        }

        double real() throws IOException {
            String w = word();
            if (w == null) throw new EOFException();
            try {
                return Double.parseDouble(w);
            } catch (NumberFormatException e) {
                throw new MeshException("gmsh mesh " + file + " line " + line + ": expected a number, found '" + w + "'");
            }
        }

        /** A double-quoted name (may contain spaces). */
        String quoted() throws IOException {
            int c;
            do {
                c = read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
            if (c != '"') throw new MeshException("gmsh mesh " + file + " line " + line + ": expected a quoted physical name");
            ByteArrayBuilder b = new ByteArrayBuilder();
            while ((c = read()) != '"') {
                if (c < 0) throw new EOFException();
                b.add(c);
            }
            return b.string();
        }

        void restOfLine() throws IOException {
            int c;
            do {
                c = read();
            } while (c >= 0 && c != '\n');
        }

        String rawLine() throws IOException {
            ByteArrayBuilder b = new ByteArrayBuilder();
            int c = read();
            if (c < 0) return null;
            while (c >= 0 && c != '\n') {
                b.add(c);
                c = read();
            }
            return b.string();
        }

        private void fill(int n) throws IOException {
            int got = in.readNBytes(buf, 0, n);
            if (got < n) throw new EOFException();
        }

        int int32() throws IOException {
            fill(4);
            return (buf[0] & 0xff) | (buf[1] & 0xff) << 8 | (buf[2] & 0xff) << 16 | (buf[3] & 0xff) << 24;
        }

        long int64() throws IOException {
            fill(8);
            long v = 0;
            for (int i = 7; i >= 0; i--) v = (v << 8) | (buf[i] & 0xff);
            return v;
        }

        double float64() throws IOException {
            return Double.longBitsToDouble(int64());
        }
    }

    private static final class ByteArrayBuilder {
        byte[] b = new byte[64];
        int n;

        void add(int c) {
            if (n == b.length) b = Arrays.copyOf(b, 2 * n);
            b[n++] = (byte) c;
        }

        String string() {
            return new String(b, 0, n, StandardCharsets.UTF_8).replace("\r", "");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GmshReader(scale %g)", scale);
    }
}
