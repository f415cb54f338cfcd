package org.kapitza.io.casefile;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A floorplan in HotSpot's {@code .flp} format: one functional block per line,
 * {@code <name> <width> <height> <left-x> <bottom-y>} in metres, whitespace separated; blank lines and
 * lines whose first word starts with {@code #} are skipped; a line of two names and a number is
 * connectivity (wire density, used by HotFloorplan only) and is skipped, as HotSpot skips it. HotSpot
 * 6's optional sixth and seventh columns (a block's own volumetric heat capacity and resistivity) are
 * read and reported in {@link #ownMaterials()}, since a block of its own material is not a power map.
 * As HotSpot does ({@code flp_translate}), the floorplan is moved so that its lower-left corner is the
 * origin; its bounding box is the die.
 *
 * <p>Source of the format: HotSpot {@code flp.c} ({@code read_flp}, {@code flp_populate_blks}), University
 * of Virginia LAVA lab, and its README.
 */
public final class HotSpotFloorplan {
    /**
     * One block, with coordinates relative to the floorplan's lower-left corner (m). Edges that agree to
     * 1e-9 of the die (0.0016 + 0.0032 against 0.0048) are one edge, so neighbours share it exactly.
     */
    public record Unit(String name, double left, double bottom, double right, double top, int line) {
        public double width() {
            return right - left;
        }

        public double height() {
            return top - bottom;
        }
    }

    private final String file;
    private final List<Unit> units;
    private final List<String> ownMaterials;
    private final double width;
    private final double height;

    private HotSpotFloorplan(String file, List<Unit> units, List<String> ownMaterials) {
        this.file = file;
        this.units = List.copyOf(units);
        this.ownMaterials = List.copyOf(ownMaterials);
        double w = 0;
        double h = 0;
        for (Unit u : units) {
            w = Math.max(w, u.right());
            h = Math.max(h, u.top());
        }
        this.width = w;
        this.height = h;
    }

    /** Reads a {@code .flp} file; each mistake is one {@link CaseFileException} naming the file and line. */
    public static HotSpotFloorplan read(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) throw new CaseFileException(name, 0, null, "no floorplan file here");
        List<Unit> raw = new ArrayList<>();
        List<String> own = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] w = t.split("\\s+");
                if (w.length == 3 && !isNumber(w[1]) && isNumber(w[2])) continue; // connectivity: name name density
                if (w.length != 5 && w.length != 7) {
                    throw new CaseFileException(name, lineNo, null, "a block line is '<name> <width> <height> <left-x>"
                            + " <bottom-y>' in metres (optionally two more: heat capacity and resistivity), got "
                            + w.length + " words: '" + t + "'");
                }
                double[] v = new double[w.length - 1];
                String[] what = {"width", "height", "left-x", "bottom-y", "volumetric heat capacity", "resistivity"};
                for (int i = 0; i < v.length; i++) {
                    v[i] = isNumber(w[i + 1]) ? Double.parseDouble(w[i + 1]) : Double.NaN;
                    if (!Double.isFinite(v[i])) {
                        throw new CaseFileException(name, lineNo, null, "block '" + w[0] + "': " + what[i] + " '" + w[i + 1]
                                + "' is not a number (metres)");
                    }
                }
                if (!(v[0] > 0) || !(v[1] > 0)) {
                    throw new CaseFileException(name, lineNo, null, "block '" + w[0] + "': width and height must be positive,"
                            + " got " + w[1] + " x " + w[2] + " m");
                }
                if (!seen.add(w[0])) throw new CaseFileException(name, lineNo, null, "block '" + w[0] + "' appears twice");
                if (w.length == 7) {
                    own.add(w[0] + " (line " + lineNo + ": heat capacity " + w[5] + " J/(m³K), resistivity " + w[6] + " mK/W)");
                }
                raw.add(new Unit(w[0], v[2], v[3], v[2] + v[0], v[3] + v[1], lineNo));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CaseFileException(name, 0, null, "is not UTF-8 text; a floorplan is a text file");
        } catch (IOException e) {
            throw new CaseFileException(name, 0, null, "cannot be read: " + e.getMessage());
        }
        if (raw.isEmpty()) throw new CaseFileException(name, 0, null, "holds no blocks ('<name> <width> <height> <left-x> <bottom-y>')");
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        for (Unit u : raw) {
            x0 = Math.min(x0, u.left());
            y0 = Math.min(y0, u.bottom());
        }
        double size = 0;
        for (Unit u : raw) size = Math.max(size, Math.max(u.right() - x0, u.top() - y0));
        double tol = 1e-9 * size;
        double[] xs = snapTargets(raw, true, x0, tol);
        double[] ys = snapTargets(raw, false, y0, tol);
        List<Unit> units = new ArrayList<>();
        for (Unit u : raw) {
            units.add(new Unit(u.name(), snap(u.left() - x0, xs, tol), snap(u.bottom() - y0, ys, tol),
                    snap(u.right() - x0, xs, tol), snap(u.top() - y0, ys, tol), u.line()));
        }
        return new HotSpotFloorplan(name, units, own);
    }

    /** The distinct edge coordinates along one axis, those within tol of a smaller one merged into it. */
    private static double[] snapTargets(List<Unit> raw, boolean x, double origin, double tol) {
        double[] all = new double[2 * raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            Unit u = raw.get(i);
            all[2 * i] = (x ? u.left() : u.bottom()) - origin;
            all[2 * i + 1] = (x ? u.right() : u.top()) - origin;
        }
        Arrays.sort(all);
        List<Double> kept = new ArrayList<>();
        // A literal coordinate (as written in the file) is preferred to a sum: take the shortest decimal.
        int i = 0;
        while (i < all.length) {
            int j = i;
            double best = all[i];
            while (j < all.length && all[j] - all[i] <= tol) {
                if (Double.toString(all[j]).length() < Double.toString(best).length()) best = all[j];
                j++;
            }
            kept.add(best);
            i = j;
        }
        return kept.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double snap(double v, double[] targets, double tol) {
        for (double t : targets) if (Math.abs(v - t) <= tol) return t;
        return v;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The file, as named when read. */
    public String file() {
        return file;
    }

    /** The blocks in file order, relative to the lower-left corner. */
    public List<Unit> units() {
        return units;
    }

    /** The block names in file order. */
    public List<String> names() {
        return units.stream().map(Unit::name).toList();
    }

    /** Width of the bounding box: the die (m). */
    public double width() {
        return width;
    }

    /** Height of the bounding box: the die (m). */
    public double height() {
        return height;
    }

    /** Blocks that carry their own heat capacity and resistivity (HotSpot 6's seven-column lines). */
    public List<String> ownMaterials() {
        return ownMaterials;
    }

    /**
     * Checks that the blocks tile a die of {@code dieX} × {@code dieY} (m) without overlap: every block
     * inside, no two overlapping, no point of the die uncovered. Returns null when they do, else one
     * sentence naming the blocks at fault (or, for a gap, its rectangle and the blocks around it).
     */
    public String tilingProblem(double dieX, double dieY) {
        double tol = 1e-9 * Math.max(dieX, dieY);
        if (Math.abs(width - dieX) > tol || Math.abs(height - dieY) > tol) {
            return "the blocks span " + mm(width) + " x " + mm(height) + " but the die is " + mm(dieX) + " x " + mm(dieY)
                    + "; a floorplan must tile its die";
        }
        for (int i = 0; i < units.size(); i++) {
            Unit a = units.get(i);
            for (int j = 0; j < i; j++) {
                Unit b = units.get(j);
                double ox = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
                double oy = Math.min(a.top(), b.top()) - Math.max(a.bottom(), b.bottom());
                if (ox > tol && oy > tol) {
                    return "blocks '" + b.name() + "' (line " + b.line() + ") and '" + a.name() + "' (line " + a.line()
                            + ") overlap by " + mm(ox) + " x " + mm(oy) + " at (" + mm(Math.max(a.left(), b.left())) + ", "
                            + mm(Math.max(a.bottom(), b.bottom())) + "); blocks of a floorplan must not overlap";
                }
            }
        }
        // Without overlaps, the blocks tile the die when no cell of the grid of their edges is uncovered.
        double[] xs = edges(units, true, dieX, tol);
        double[] ys = edges(units, false, dieY, tol);
        for (int j = 0; j + 1 < ys.length; j++) {
            for (int i = 0; i + 1 < xs.length; i++) {
                double cx = 0.5 * (xs[i] + xs[i + 1]);
                double cy = 0.5 * (ys[j] + ys[j + 1]);
                boolean covered = false;
                for (Unit u : units) {
                    if (cx > u.left() && cx < u.right() && cy > u.bottom() && cy < u.top()) {
                        covered = true;
                        break;
                    }
                }
                if (covered) continue;
                List<String> near = new ArrayList<>();
                for (Unit u : units) {
                    boolean touchX = u.left() <= xs[i + 1] + tol && u.right() >= xs[i] - tol;
                    boolean touchY = u.bottom() <= ys[j + 1] + tol && u.top() >= ys[j] - tol;
                    if (touchX && touchY) near.add("'" + u.name() + "'");
                }
                return "the blocks leave x " + mm(xs[i]) + "–" + mm(xs[i + 1]) + ", y " + mm(ys[j]) + "–" + mm(ys[j + 1])
                        + " of the die uncovered (a gap next to " + (near.isEmpty() ? "no block" : String.join(", ", near))
                        + "); a floorplan must tile its die";
            }
        }
        return null;
    }

    private static double[] edges(List<Unit> units, boolean x, double size, double tol) {
        TreeSet<Double> s = new TreeSet<>();
        s.add(0.0);
        s.add(size);
        for (Unit u : units) {
            s.add(x ? u.left() : u.bottom());
            s.add(x ? u.right() : u.top());
        }
        List<Double> merged = new ArrayList<>();
        for (double v : s) if (merged.isEmpty() || v - merged.get(merged.size() - 1) > tol) merged.add(v);
        return merged.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static String mm(double metres) {
        return String.format(Locale.ROOT, "%.6g mm", metres * 1e3);
    }

    @Override
    public String toString() {
        return file + " " + Arrays.toString(names().toArray());
    }
}
