package org.kapitza.mesh.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.MeshException;
import org.kapitza.mesh.gmsh.GmshFile;

/**
 * Builds a {@link PolyMesh} from a Gmsh file: physical volumes become regions (or grains of a region
 * that groups several), physical surfaces become patches, faces are matched between cells and
 * classified, and the geometry is computed and checked.
 *
 * <p>A 2D mesh (triangles and quadrangles in the plane z = 0) is extruded by {@code depth} into prisms
 * and hexahedra; physical surfaces are then the regions and physical curves the patches.
 *
 * <p>Refused, with the element and entity named: elements in no physical group, faces shared by more
 * than two cells, faces that coincide without sharing nodes (a non-conforming mesh), surface elements
 * that are no cell's face, inverted or degenerate cells, and cells whose centroids lie on the same side
 * of their common face.
 */
public final class PolyMeshBuilder {
    /** A region of the case: its name, material, and the physical volumes it is made of. */
    public record RegionSpec(String name, String material, List<String> volumes) {
    }

    /** Patch holding boundary faces in no physical surface. */
    public static final String UNASSIGNED = "unassigned";

    // Local faces of the Gmsh reference elements, each going round so that its normal points out.
    private static final int[][] TET = {{0, 2, 1}, {0, 1, 3}, {0, 3, 2}, {1, 2, 3}};
    private static final int[][] HEX = {{0, 3, 2, 1}, {4, 5, 6, 7}, {0, 1, 5, 4}, {1, 2, 6, 5}, {2, 3, 7, 6}, {3, 0, 4, 7}};
    private static final int[][] PRISM = {{0, 2, 1}, {3, 4, 5}, {0, 1, 4, 3}, {1, 2, 5, 4}, {2, 0, 3, 5}};
    private static final int[][] PYRAMID = {{0, 3, 2, 1}, {0, 1, 4}, {1, 2, 4}, {2, 3, 4}, {3, 0, 4}};

    private final GmshFile file;
    private final double depth;

    /**
     * @param depth thickness (m) a 2D mesh is extruded to; ignored for 3D meshes
     */
    public PolyMeshBuilder(GmshFile file, double depth) {
        this.file = file;
        this.depth = depth;
    }

    private MeshException error(String what) {
        return new MeshException("gmsh mesh " + file.file() + ": " + what);
    }

    private static String kind(int dim) {
        return new String[] {"point", "curve", "surface", "volume"}[dim];
    }

    /** Physical-group names of an element, from its entity (4.1) or its own tag (2.2). */
    private List<String> groupsOf(GmshFile.Elements el, int e, int dim) {
        List<String> out = new ArrayList<>(1);
        if (el.physical() != null) {
            int p = el.physical()[e];
            if (p != 0) out.add(file.physicalNames().getOrDefault(GmshFile.key(dim, p), Integer.toString(p)));
            return out;
        }
        int[] tags = file.entityGroups().get(GmshFile.key(dim, el.entity()[e]));
        if (tags == null) return out;
        for (int p : tags) out.add(file.physicalNames().getOrDefault(GmshFile.key(dim, Math.abs(p)), Integer.toString(Math.abs(p))));
        return out;
    }

    /** Builds the mesh with each region's physical volumes (or surfaces, for a 2D mesh). */
    public PolyMesh build(List<RegionSpec> regions) {
        int dim = file.dimension();
        if (dim < 2) throw error("the file has no surface or volume elements");
        GmshFile.Elements cellsIn = file.elements()[dim];
        GmshFile.Elements facesIn = file.elements()[dim - 1];
        double[] xyz = file.xyz();
        boolean extruded = dim == 2;
        int nn = file.nodeCount();
        if (extruded) {
            if (!(depth > 0)) throw error("a 2D mesh needs a positive depth");
            for (int i = 0; i < nn; i++) {
                if (Math.abs(xyz[3 * i + 2]) > 1e-12 * (1 + Math.abs(xyz[3 * i]) + Math.abs(xyz[3 * i + 1]))) {
                    throw error("2D mesh node " + file.nodeTag()[i] + " has z = " + xyz[3 * i + 2] + "; a 2D mesh must lie in the plane z = 0");
                }
            }
            double[] x2 = new double[6 * nn];
            System.arraycopy(xyz, 0, x2, 0, 3 * nn);
            for (int i = 0; i < nn; i++) {
                x2[3 * (nn + i)] = xyz[3 * i];
                x2[3 * (nn + i) + 1] = xyz[3 * i + 1];
                x2[3 * (nn + i) + 2] = depth;
            }
            xyz = x2;
        }

        // Physical volumes -> regions and grains.
        Map<String, Integer> regionOfVolume = new LinkedHashMap<>();
        Map<String, Integer> materialIds = new LinkedHashMap<>();
        String[] regionNames = new String[regions.size()];
        int[] regionMaterial = new int[regions.size()];
        boolean[] polycrystal = new boolean[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            RegionSpec s = regions.get(r);
            regionNames[r] = s.name();
            regionMaterial[r] = materialIds.computeIfAbsent(s.material(), k -> materialIds.size());
            List<String> vols = s.volumes() == null || s.volumes().isEmpty() ? List.of(s.name()) : s.volumes();
            polycrystal[r] = vols.size() > 1;
            for (String v : vols) {
                Integer prev = regionOfVolume.put(v, r);
                if (prev != null) throw error("physical " + kind(dim) + " '" + v + "' is in two regions, '" + regionNames[prev] + "' and '" + s.name() + "'");
            }
        }
        List<String> physicalVolumes = new ArrayList<>();
        for (Map.Entry<Long, String> e : file.physicalNames().entrySet()) {
            if ((int) (e.getKey() >> 32) == dim) physicalVolumes.add(e.getValue());
        }
        for (String v : regionOfVolume.keySet()) {
            if (!physicalVolumes.contains(v)) {
                throw error("no physical " + kind(dim) + " named '" + v + "'; the file has "
                        + (physicalVolumes.isEmpty() ? "none (add Physical " + (dim == 3 ? "Volume" : "Surface") + "(\"name\") = {...} to the .geo)"
                        : String.join(", ", physicalVolumes)));
            }
        }
        Map<String, Integer> grainOfVolume = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : regionOfVolume.entrySet()) {
            if (polycrystal[e.getValue()]) grainOfVolume.put(e.getKey(), grainOfVolume.size() + 1);
        }

        // Cells.
        int nc = cellsIn.count();
        byte[] gtype = new byte[nc];
        int[] start = new int[nc + 1];
        int[] nodes;
        {
            int total = 0;
            for (int c = 0; c < nc; c++) total += extruded ? 2 * (cellsIn.start()[c + 1] - cellsIn.start()[c]) : cellsIn.start()[c + 1] - cellsIn.start()[c];
            nodes = new int[total];
        }
        int[] cellRegion = new int[nc];
        int[] cellGrain = new int[nc];
        for (int c = 0; c < nc; c++) {
            int t = cellsIn.type()[c];
            List<String> groups = groupsOf(cellsIn, c, dim);
            int region = -1;
            String volume = null;
            for (String g : groups) {
                Integer r = regionOfVolume.get(g);
                if (r == null) continue;
                if (region >= 0 && r != region) {
                    throw error("element " + cellsIn.tag()[c] + " of entity " + kind(dim) + " " + cellsIn.entity()[c]
                            + " is in physical " + kind(dim) + "s '" + volume + "' and '" + g + "' of different regions");
                }
                region = r;
                volume = g;
            }
            if (region < 0) {
                throw error("element " + cellsIn.tag()[c] + " of entity " + kind(dim) + " " + cellsIn.entity()[c]
                        + (groups.isEmpty() ? " is in no physical " + kind(dim) + "; add Physical " + (dim == 3 ? "Volume" : "Surface")
                        + "(\"name\") = {" + cellsIn.entity()[c] + "} to the .geo"
                        : " is in physical " + kind(dim) + " '" + String.join("', '", groups) + "', which no region of the case names; regions name "
                        + String.join(", ", regionOfVolume.keySet())));
            }
            cellRegion[c] = region;
            cellGrain[c] = grainOfVolume.getOrDefault(volume, 0);
            int s = cellsIn.start()[c];
            int k = cellsIn.start()[c + 1] - s;
            int at = start[c];
            if (extruded) {
                // Counter-clockwise seen from +z, so the prism or hexahedron is positively oriented.
                double a2 = 0;
                for (int i = 0; i < k; i++) {
                    int p = cellsIn.nodes()[s + i];
                    int q = cellsIn.nodes()[s + (i + 1) % k];
                    a2 += xyz[3 * p] * xyz[3 * q + 1] - xyz[3 * q] * xyz[3 * p + 1];
                }
                for (int i = 0; i < k; i++) {
                    int p = cellsIn.nodes()[s + (a2 >= 0 ? i : k - 1 - i)];
                    nodes[at + i] = p;
                    nodes[at + k + i] = p + nn;
                }
                gtype[c] = (byte) (t == 2 ? 6 : 5);
                start[c + 1] = at + 2 * k;
            } else {
                System.arraycopy(cellsIn.nodes(), s, nodes, at, k);
                gtype[c] = (byte) t;
                start[c + 1] = at + k;
            }
        }

        // Local faces of every cell.
        int occ = 0;
        for (int c = 0; c < nc; c++) occ += localFaces(gtype[c]).length;
        int[] occCell = new int[occ];
        byte[] occLocal = new byte[occ];
        int[] key = new int[4 * occ];
        int o = 0;
        for (int c = 0; c < nc; c++) {
            int[][] lf = localFaces(gtype[c]);
            for (int l = 0; l < lf.length; l++) {
                occCell[o] = c;
                occLocal[o] = (byte) l;
                sortedKey(nodes, start[c], lf[l], key, 4 * o);
                o++;
            }
        }
        int[] match = new int[occ];
        Arrays.fill(match, -1);
        int cap = Integer.highestOneBit(Math.max(16, 2 * occ)) << 1;
        int[] table = new int[cap];
        Arrays.fill(table, -1);
        for (o = 0; o < occ; o++) {
            int slot = hash(key, 4 * o) & (cap - 1);
            while (true) {
                int t = table[slot];
                if (t < 0) {
                    table[slot] = o;
                    break;
                }
                if (sameKey(key, 4 * t, 4 * o)) {
                    if (match[t] >= 0) {
                        throw error("a face of element " + cellsIn.tag()[occCell[o]] + " (entity " + kind(dim) + " "
                                + cellsIn.entity()[occCell[o]] + ") is shared by three cells (elements "
                                + cellsIn.tag()[occCell[t]] + ", " + cellsIn.tag()[occCell[match[t]]] + " too): duplicated elements or faces");
                    }
                    match[t] = o;
                    match[o] = t;
                    break;
                }
                slot = (slot + 1) & (cap - 1);
            }
        }

        // Duplicated elements: two cells with the same nodes match on every face.
        for (o = 0; o < occ; o++) {
            int t = match[o];
            if (t < o) continue;
            int a = occCell[o];
            int b = occCell[t];
            int[] na = Arrays.copyOfRange(nodes, start[a], start[a + 1]);
            int[] nb = Arrays.copyOfRange(nodes, start[b], start[b + 1]);
            Arrays.sort(na);
            Arrays.sort(nb);
            if (Arrays.equals(na, nb)) {
                throw error("elements " + cellsIn.tag()[a] + " and " + cellsIn.tag()[b] + " (entity " + kind(dim) + " "
                        + cellsIn.entity()[a] + ") have the same nodes: a duplicated element");
            }
        }

        // Cell geometry.
        double[] vol = new double[nc];
        double[] cen = new double[3 * nc];
        double[] scratch = new double[6];
        for (int c = 0; c < nc; c++) cellGeometry(xyz, nodes, start[c], start[c + 1], localFaces(gtype[c]), vol, cen, c, scratch);
        for (int c = 0; c < nc; c++) {
            double h = cellSize(xyz, nodes, start[c], start[c + 1]);
            String what = "element " + cellsIn.tag()[c] + " (a " + typeName(gtype[c]) + " of entity " + kind(dim) + " " + cellsIn.entity()[c] + ")";
            if (vol[c] < 0 && Math.abs(vol[c]) > 1e-9 * h * h * h) {
                throw error(what + " is inverted (volume " + fmt(vol[c]) + " m³): its nodes go the wrong way round; re-mesh it (Gmsh orients elements positively)");
            }
            if (!(Math.abs(vol[c]) > 1e-9 * h * h * h)) {
                throw error(what + " is degenerate (volume " + fmt(vol[c]) + " m³ for a size of " + fmt(h) + " m): its nodes are (nearly) flat");
            }
        }

        // Faces: one per matched pair or unmatched occurrence.
        int nf = 0;
        for (o = 0; o < occ; o++) if (match[o] < 0 || match[o] > o) nf++;
        int[] fOcc = new int[nf];
        byte[] fClass = new byte[nf];
        int f = 0;
        for (o = 0; o < occ; o++) {
            if (match[o] >= 0 && match[o] < o) continue;
            fOcc[f] = o;
            if (match[o] < 0) {
                fClass[f] = (byte) FaceClass.BOUNDARY.ordinal();
            } else {
                int a = occCell[o];
                int b = occCell[match[o]];
                fClass[f] = (byte) (cellRegion[a] != cellRegion[b] ? FaceClass.INTERFACE.ordinal()
                        : cellGrain[a] != cellGrain[b] ? FaceClass.GRAIN_BOUNDARY.ordinal() : FaceClass.BULK.ordinal());
            }
            f++;
        }
        int[] classStart = new int[5];
        for (f = 0; f < nf; f++) classStart[fClass[f] + 1]++;
        for (int k = 0; k < 4; k++) classStart[k + 1] += classStart[k];
        int[] next = Arrays.copyOf(classStart, 4);
        int[] order = new int[nf]; // new index -> old
        for (f = 0; f < nf; f++) order[next[fClass[f]]++] = fOcc[f];
        int[] faceOfOcc = new int[occ];
        Arrays.fill(faceOfOcc, -1);

        int[] owner = new int[nf];
        int[] neighbour = new int[nf];
        double[] area = new double[nf];
        double[] normal = new double[3 * nf];
        double[] fc = new double[3 * nf];
        double[] dO = new double[nf];
        double[] dN = new double[nf];
        int[] fStart = new int[nf + 1];
        int totalFaceNodes = 0;
        for (f = 0; f < nf; f++) totalFaceNodes += localFaces(gtype[occCell[order[f]]])[occLocal[order[f]]].length;
        int[] fNodes = new int[totalFaceNodes];
        double maxAngle = 0;
        double angleSum = 0;
        double areaSum = 0;
        double[] s = new double[6];
        for (f = 0; f < nf; f++) {
            int oc = order[f];
            faceOfOcc[oc] = f;
            if (match[oc] >= 0) faceOfOcc[match[oc]] = f;
            int c = occCell[oc];
            int[] lf = localFaces(gtype[c])[occLocal[oc]];
            fStart[f + 1] = fStart[f] + lf.length;
            for (int i = 0; i < lf.length; i++) fNodes[fStart[f] + i] = nodes[start[c] + lf[i]];
            faceGeometry(xyz, fNodes, fStart[f], fStart[f + 1], s);
            double a = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
            owner[f] = c;
            area[f] = a;
            for (int i = 0; i < 3; i++) {
                normal[3 * f + i] = s[i] / a;
                fc[3 * f + i] = s[3 + i];
            }
            double d = 0;
            for (int i = 0; i < 3; i++) d += (fc[3 * f + i] - cen[3 * c + i]) * normal[3 * f + i];
            dO[f] = d;
            String what = "element " + cellsIn.tag()[c] + " (entity " + kind(dim) + " " + cellsIn.entity()[c] + ")";
            if (!(d > 0)) throw error(what + ": its centroid is not inside its face " + occLocal[oc] + "; the element is too distorted");
            if (match[oc] < 0) {
                neighbour[f] = -1;
                continue;
            }
            int m = occCell[match[oc]];
            neighbour[f] = m;
            double e = 0;
            double len2 = 0;
            for (int i = 0; i < 3; i++) {
                e += (cen[3 * m + i] - fc[3 * f + i]) * normal[3 * f + i];
                double dx = cen[3 * m + i] - cen[3 * c + i];
                len2 += dx * dx;
            }
            dN[f] = e;
            if (!(e > 0)) {
                throw error("elements " + cellsIn.tag()[c] + " and " + cellsIn.tag()[m] + " (entity " + kind(dim) + " "
                        + cellsIn.entity()[c] + "): both centroids lie on one side of their shared face; the elements are too distorted");
            }
            double cos = Math.min(1, (d + e) / Math.sqrt(len2));
            double angle = Math.toDegrees(Math.acos(cos));
            maxAngle = Math.max(maxAngle, angle);
            angleSum += angle * a;
            areaSum += a;
        }

        // Non-conforming meshes: two boundary faces in the same place that share no nodes.
        checkConforming(nf, classStart, fc, area, owner, cellsIn, dim);

        // Interface pairs.
        int ifs = classStart[1];
        int ife = classStart[2];
        int[] pairOfFace = new int[ife - ifs];
        Map<Long, Integer> pairIds = new LinkedHashMap<>();
        List<InterfacePair> pairs = new ArrayList<>();
        for (f = ifs; f < ife; f++) {
            int ra = cellRegion[owner[f]];
            int rb = cellRegion[neighbour[f]];
            int lo = Math.min(ra, rb);
            int hi = Math.max(ra, rb);
            Integer id = pairIds.get(((long) lo << 32) | hi);
            if (id == null) {
                id = pairs.size();
                pairIds.put(((long) lo << 32) | hi, id);
                pairs.add(new InterfacePair(id, lo, hi));
            }
            pairOfFace[f - ifs] = id;
        }

        // Patches from physical surfaces (curves of a 2D mesh).
        Map<String, List<Integer>> patches = new LinkedHashMap<>();
        boolean[] inPatch = new boolean[nf];
        if (facesIn != null) {
            int[] fk = new int[4];
            int[] local = {0, 1, 2, 3};
            for (int e = 0; e < facesIn.count(); e++) {
                List<String> groups = groupsOf(facesIn, e, dim - 1);
                if (groups.isEmpty()) continue;
                int s0 = facesIn.start()[e];
                int k = facesIn.start()[e + 1] - s0;
                int[] fn;
                if (extruded) {
                    int p = facesIn.nodes()[s0];
                    int q = facesIn.nodes()[s0 + 1];
                    fn = new int[] {p, q, q + nn, p + nn};
                } else {
                    fn = Arrays.copyOfRange(facesIn.nodes(), s0, s0 + k);
                }
                sortedKey(fn, 0, Arrays.copyOf(local, fn.length), fk, 0);
                int hit = lookup(table, cap, key, fk);
                if (hit < 0) {
                    throw error(kind(dim - 1) + " element " + facesIn.tag()[e] + " of entity " + kind(dim - 1) + " "
                            + facesIn.entity()[e] + " (physical '" + groups.get(0) + "') is not a face of any " + kind(dim)
                            + " element; the mesh is not conforming (fragment the geometry so parts share their surfaces)");
                }
                int face = faceOfOcc[hit];
                if (face < classStart[3]) continue; // an internal surface: not a patch
                for (String g : groups) patches.computeIfAbsent(g, x -> new ArrayList<>()).add(face);
                inPatch[face] = true;
            }
        }
        List<Integer> unassigned = new ArrayList<>();
        for (f = classStart[3]; f < nf; f++) {
            if (inPatch[f]) continue;
            if (extruded && Math.abs(Math.abs(normal[3 * f + 2]) - 1) < 1e-12) continue; // front and back: adiabatic
            unassigned.add(f);
        }
        if (!unassigned.isEmpty()) patches.put(UNASSIGNED, unassigned);
        String[] patchNames = patches.keySet().toArray(new String[0]);
        int[][] patchFaces = new int[patchNames.length][];
        for (int p = 0; p < patchNames.length; p++) {
            List<Integer> l = patches.get(patchNames[p]);
            patchFaces[p] = l.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        }

        // Cells in VTK order.
        byte[] vtkType = new byte[nc];
        for (int c = 0; c < nc; c++) {
            vtkType[c] = switch (gtype[c]) {
                case 4 -> (byte) 10;
                case 5 -> (byte) 12;
                case 6 -> (byte) 13;
                default -> (byte) 14;
            };
            if (gtype[c] == 6) { // VTK's wedge goes the other way round its triangles
                int a = start[c];
                int t = nodes[a + 1];
                nodes[a + 1] = nodes[a + 2];
                nodes[a + 2] = t;
                t = nodes[a + 4];
                nodes[a + 4] = nodes[a + 5];
                nodes[a + 5] = t;
            }
        }
        long[] cellTag = cellsIn.tag().clone();
        String[] grainNames = grainOfVolume.keySet().toArray(new String[0]);
        return new PolyMesh(xyz, vtkType, start, nodes, cellTag, cellRegion, cellGrain, vol, cen, regionNames, regionMaterial,
                materialIds.keySet().toArray(new String[0]), grainNames, owner, neighbour, area, normal, fc, dO, dN, fStart,
                fNodes, classStart, pairOfFace, pairs.toArray(new InterfacePair[0]), patchNames, patchFaces, maxAngle,
                areaSum > 0 ? angleSum / areaSum : 0);
    }

    private void checkConforming(int nf, int[] classStart, double[] fc, double[] area, int[] owner, GmshFile.Elements cellsIn, int dim) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int f = classStart[3]; f < nf; f++) {
            double h = Math.sqrt(area[f]) * 1e-6;
            String k = Math.round(fc[3 * f] / h) + "," + Math.round(fc[3 * f + 1] / h) + "," + Math.round(fc[3 * f + 2] / h);
            Integer g = seen.put(k, f);
            if (g != null) {
                throw error("unmatched faces: a face of element " + cellsIn.tag()[owner[f]] + " (entity " + kind(dim) + " "
                        + cellsIn.entity()[owner[f]] + ") lies on a face of element " + cellsIn.tag()[owner[g]] + " (entity "
                        + kind(dim) + " " + cellsIn.entity()[owner[g]] + ") without sharing its nodes; the mesh is not"
                        + " conforming (use BooleanFragments or Coherence so parts share their surfaces)");
            }
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String typeName(int gtype) {
        return switch (gtype) {
            case 4 -> "tetrahedron";
            case 5 -> "hexahedron";
            case 6 -> "prism";
            default -> "pyramid";
        };
    }

    private static int[][] localFaces(int gtype) {
        return switch (gtype) {
            case 4 -> TET;
            case 5 -> HEX;
            case 6 -> PRISM;
            case 7 -> PYRAMID;
            default -> throw new IllegalArgumentException("gmsh type " + gtype);
        };
    }

    /** The face's nodes sorted ascending into key[at .. at+4), -1 in the fourth slot of a triangle. */
    private static void sortedKey(int[] nodes, int base, int[] local, int[] key, int at) {
        int k = local.length;
        for (int i = 0; i < 4; i++) key[at + i] = i < k ? nodes[base + local[i]] : Integer.MAX_VALUE;
        Arrays.sort(key, at, at + 4);
        if (k == 3) key[at + 3] = -1;
    }

    private static int hash(int[] key, int at) {
        int h = key[at];
        for (int i = 1; i < 4; i++) h = 31 * h + key[at + i];
        return h ^ (h >>> 15) ^ (h * 0x9E3779B1);
    }

    private static boolean sameKey(int[] key, int a, int b) {
        return key[a] == key[b] && key[a + 1] == key[b + 1] && key[a + 2] == key[b + 2] && key[a + 3] == key[b + 3];
    }

    private static int lookup(int[] table, int cap, int[] key, int[] probe) {
        int slot = hash(probe, 0) & (cap - 1);
        while (true) {
            int t = table[slot];
            if (t < 0) return -1;
            if (key[4 * t] == probe[0] && key[4 * t + 1] == probe[1] && key[4 * t + 2] == probe[2] && key[4 * t + 3] == probe[3]) return t;
            slot = (slot + 1) & (cap - 1);
        }
    }

    /** Largest node distance from the vertex average, a length scale for the degeneracy test. */
    private static double cellSize(double[] xyz, int[] nodes, int from, int to) {
        double[] c = new double[3];
        for (int i = from; i < to; i++) for (int a = 0; a < 3; a++) c[a] += xyz[3 * nodes[i] + a] / (to - from);
        double h = 0;
        for (int i = from; i < to; i++) {
            double d = 0;
            for (int a = 0; a < 3; a++) d += Math.pow(xyz[3 * nodes[i] + a] - c[a], 2);
            h = Math.max(h, Math.sqrt(d));
        }
        return h;
    }

    /**
     * Area vector (s[0..3)) and centre (s[3..6)) of a polygon: the sum of the triangles joining each edge to
     * the vertex average, the centre their area-weighted centroid.
     */
    static void faceGeometry(double[] xyz, int[] nodes, int from, int to, double[] s) {
        int k = to - from;
        double cx = 0, cy = 0, cz = 0;
        for (int i = from; i < to; i++) {
            cx += xyz[3 * nodes[i]];
            cy += xyz[3 * nodes[i] + 1];
            cz += xyz[3 * nodes[i] + 2];
        }
        cx /= k;
        cy /= k;
        cz /= k;
        double sx = 0, sy = 0, sz = 0, mx = 0, my = 0, mz = 0, wsum = 0;
        for (int i = 0; i < k; i++) {
            int p = nodes[from + i];
            int q = nodes[from + (i + 1) % k];
            double ax = xyz[3 * p] - cx, ay = xyz[3 * p + 1] - cy, az = xyz[3 * p + 2] - cz;
            double bx = xyz[3 * q] - cx, by = xyz[3 * q + 1] - cy, bz = xyz[3 * q + 2] - cz;
            double nx = 0.5 * (ay * bz - az * by), ny = 0.5 * (az * bx - ax * bz), nz = 0.5 * (ax * by - ay * bx);
            sx += nx;
            sy += ny;
            sz += nz;
            double w = Math.sqrt(nx * nx + ny * ny + nz * nz);
            mx += w * (cx + xyz[3 * p] + xyz[3 * q]) / 3;
            my += w * (cy + xyz[3 * p + 1] + xyz[3 * q + 1]) / 3;
            mz += w * (cz + xyz[3 * p + 2] + xyz[3 * q + 2]) / 3;
            wsum += w;
        }
        s[0] = sx;
        s[1] = sy;
        s[2] = sz;
        s[3] = wsum > 0 ? mx / wsum : cx;
        s[4] = wsum > 0 ? my / wsum : cy;
        s[5] = wsum > 0 ? mz / wsum : cz;
    }

    /** Signed volume and centroid of a cell from the pyramids on its outward faces. */
    private static void cellGeometry(double[] xyz, int[] nodes, int from, int to, int[][] faces, double[] vol, double[] cen,
                                     int c, double[] s) {
        int k = to - from;
        double ox = 0, oy = 0, oz = 0;
        for (int i = from; i < to; i++) {
            ox += xyz[3 * nodes[i]];
            oy += xyz[3 * nodes[i] + 1];
            oz += xyz[3 * nodes[i] + 2];
        }
        ox /= k;
        oy /= k;
        oz /= k;
        double v = 0, mx = 0, my = 0, mz = 0;
        int[] fn = new int[4];
        for (int[] lf : faces) {
            for (int i = 0; i < lf.length; i++) fn[i] = nodes[from + lf[i]];
            faceGeometry(xyz, fn, 0, lf.length, s);
            // pyramid of the face on the vertex average: V = S·(x_f − o)/3, centroid o + 3/4 (x_f − o)
            double pv = (s[0] * (s[3] - ox) + s[1] * (s[4] - oy) + s[2] * (s[5] - oz)) / 3;
            v += pv;
            mx += pv * (ox + 0.75 * (s[3] - ox));
            my += pv * (oy + 0.75 * (s[4] - oy));
            mz += pv * (oz + 0.75 * (s[5] - oz));
        }
        vol[c] = v;
        boolean ok = Math.abs(v) > 0;
        cen[3 * c] = ok ? mx / v : ox;
        cen[3 * c + 1] = ok ? my / v : oy;
        cen[3 * c + 2] = ok ? mz / v : oz;
    }
}
