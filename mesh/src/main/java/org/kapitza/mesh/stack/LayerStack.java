package org.kapitza.mesh.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.MeshException;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.mesh.SurfaceRegion;

/**
 * A stack of layers on a rectangular base (chip package, cryogenic assembly), meshed as a 3D
 * rectilinear grid. The base spans [0, baseX] x [0, baseY]; layers are stacked from z = 0 upwards.
 *
 * <p>In-plane grid lines pass exactly through every footprint edge and every floorplan-block edge and
 * are graded between them ({@link GridLines#snapped}). Across each layer the cells are uniform or
 * geometrically graded. Cells of a layer outside its footprint are inactive, so footprints of different
 * sizes share one grid; each layer becomes a region, each floorplan block a patch.
 */
public final class LayerStack {
    private final double baseX;
    private final double baseY;
    private final int cellsX;
    private final int cellsY;
    private final double maxCellXY;
    private final double growth;
    private final List<Layer> layers;
    private final List<FloorplanBlock> blocks;

    private LayerStack(Builder b) {
        this.baseX = b.baseX;
        this.baseY = b.baseY;
        this.cellsX = b.cellsX;
        this.cellsY = b.cellsY;
        this.maxCellXY = b.maxCellXY;
        this.growth = b.growth;
        this.layers = List.copyOf(b.layers);
        this.blocks = List.copyOf(b.blocks);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Layer> layers() {
        return layers;
    }

    /** Lower z of a layer (m). */
    public double bottomOf(String layer) {
        double z = 0;
        for (Layer l : layers) {
            if (l.name().equals(layer)) return z;
            z += l.thickness();
        }
        throw new MeshException("no layer named '" + layer + "'");
    }

    /** Total height of the stack (m). */
    public double height() {
        double z = 0;
        for (Layer l : layers) z += l.thickness();
        return z;
    }

    /** Builds the mesh. */
    public Mesh mesh() {
        return meshBuilder().build();
    }

    /**
     * A builder with the grid, regions and surface regions of this stack, ready for grains to be added
     * (a polycrystalline layer) before {@link MeshBuilder#build()}.
     */
    public MeshBuilder meshBuilder() {
        validate();
        List<Double> snapX = new ArrayList<>();
        List<Double> snapY = new ArrayList<>();
        for (Layer l : layers) {
            Footprint f = l.footprint();
            if (f == null) continue;
            snapX.add(f.x0(baseX));
            snapX.add(f.x0(baseX) + f.sizeX());
            snapY.add(f.y0(baseY));
            snapY.add(f.y0(baseY) + f.sizeY());
        }
        for (FloorplanBlock b : blocks) {
            Layer l = layer(b.layer());
            double ox = l.footprint() == null ? 0 : l.footprint().x0(baseX);
            double oy = l.footprint() == null ? 0 : l.footprint().y0(baseY);
            snapX.add(ox + b.x0());
            snapX.add(ox + b.x1());
            snapY.add(oy + b.y0());
            snapY.add(oy + b.y1());
        }
        double[] x = GridLines.snapped("base x", 0, baseX, toArray(snapX), cellsX, maxCellXY, growth);
        double[] y = GridLines.snapped("base y", 0, baseY, toArray(snapY), cellsY, maxCellXY, growth);
        double[] z = zNodes();
        MeshBuilder mb = new MeshBuilder(RectilinearGrid.of3D(x, y, z));
        double zb = 0;
        double inf = Double.POSITIVE_INFINITY;
        for (Layer l : layers) {
            int r = mb.addRegion(l.name(), l.material());
            Footprint f = l.footprint();
            double x0 = f == null ? -inf : f.x0(baseX);
            double y0 = f == null ? -inf : f.y0(baseY);
            double x1 = f == null ? inf : x0 + f.sizeX();
            double y1 = f == null ? inf : y0 + f.sizeY();
            mb.fill(r, new Box(x0, x1, y0, y1, zb, zb + l.thickness()));
            zb += l.thickness();
        }
        for (FloorplanBlock b : blocks) {
            Layer l = layer(b.layer());
            double ox = l.footprint() == null ? 0 : l.footprint().x0(baseX);
            double oy = l.footprint() == null ? 0 : l.footprint().y0(baseY);
            mb.addSurfaceRegion(new SurfaceRegion(b.patchName(), mb.regionId(l.name()), b.side(), ox + b.x0(),
                    ox + b.x1(), oy + b.y0(), oy + b.y1()));
        }
        return mb;
    }

    private double[] zNodes() {
        List<double[]> parts = new ArrayList<>();
        int total = 0;
        double zb = 0;
        for (Layer l : layers) {
            int n = l.cells() > 0 ? l.cells() : (int) Math.max(1, Math.ceil(l.thickness() / l.maxCell() - 1e-9));
            double[] nodes = GridLines.geometric(zb, zb + l.thickness(), n, l.grading());
            parts.add(nodes);
            total += n;
            zb += l.thickness();
        }
        double[] z = new double[total + 1];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, z, at, p.length);
            at += p.length - 1;
        }
        z[total] = zb;
        return z;
    }

    private Layer layer(String name) {
        for (Layer l : layers) if (l.name().equals(name)) return l;
        return null;
    }

    private void validate() {
        positive("base x", baseX);
        positive("base y", baseY);
        if (cellsX < 0 || cellsY < 0 || (cellsX == 0 || cellsY == 0) && !(maxCellXY > 0)) {
            throw new MeshException("base: give cells along x and y (at least 1 each) or a positive maximum cell size; got cells "
                    + cellsX + " x " + cellsY + (Double.isNaN(maxCellXY) ? "" : ", max cell " + maxCellXY + " m"));
        }
        if (layers.isEmpty()) throw new MeshException("stack: no layers; give at least one layer");
        double tol = 1e-9 * Math.max(baseX, baseY);
        for (Layer l : layers) {
            String what = "layer '" + l.name() + "'";
            if (!(l.thickness() > 0) || !Double.isFinite(l.thickness())) {
                throw new MeshException(what + ": thickness must be a positive length, got " + mm(l.thickness()));
            }
            if (l.cells() < 0 || l.cells() == 0 && !(l.maxCell() > 0 && Double.isFinite(l.maxCell()))) {
                throw new MeshException(what + ": number of cells must be at least 1 (or give a positive maximum cell size), got "
                        + (l.cells() != 0 ? String.valueOf(l.cells()) : "cells 0, max cell " + l.maxCell()));
            }
            if (!(l.grading() > 0) || !Double.isFinite(l.grading())) {
                throw new MeshException(what + ": grading ratio must be a positive number, got " + l.grading());
            }
            Footprint f = l.footprint();
            if (f == null) continue;
            if (!(f.sizeX() > 0) || !(f.sizeY() > 0) || !Double.isFinite(f.sizeX()) || !Double.isFinite(f.sizeY())) {
                throw new MeshException(what + ": footprint must have positive size, got " + mm(f.sizeX()) + " x " + mm(f.sizeY()));
            }
            double x0 = f.x0(baseX);
            double y0 = f.y0(baseY);
            if (Double.isInfinite(x0) || Double.isInfinite(y0) || x0 < -tol || y0 < -tol
                    || x0 + f.sizeX() > baseX + tol || y0 + f.sizeY() > baseY + tol) {
                throw new MeshException(what + ": footprint " + mm(f.sizeX()) + " x " + mm(f.sizeY()) + " at ("
                        + mm(x0) + ", " + mm(y0) + ") lies outside the base " + mm(baseX) + " x " + mm(baseY));
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            FloorplanBlock b = blocks.get(i);
            String what = "floorplan block '" + b.name() + "' on " + b.layer() + "." + b.side().label();
            Layer l = layer(b.layer());
            if (l == null) {
                throw new MeshException(what + ": there is no layer '" + b.layer() + "'");
            }
            for (double v : new double[] {b.x0(), b.x1(), b.y0(), b.y1()}) {
                if (!Double.isFinite(v)) throw new MeshException(what + ": coordinate " + v + " is not a finite number");
            }
            if (!(b.x1() > b.x0()) || !(b.y1() > b.y0())) {
                throw new MeshException(what + ": x " + range(b.x0(), b.x1()) + " and y " + range(b.y0(), b.y1())
                        + " must each have lower < upper");
            }
            double fx = l.footprint() == null ? baseX : l.footprint().sizeX();
            double fy = l.footprint() == null ? baseY : l.footprint().sizeY();
            if (b.x0() < -tol || b.y0() < -tol || b.x1() > fx + tol || b.y1() > fy + tol) {
                throw new MeshException(what + ": x " + range(b.x0(), b.x1()) + ", y " + range(b.y0(), b.y1())
                        + " lies outside the layer's footprint [0, " + mm(fx) + "] x [0, " + mm(fy)
                        + "] (block coordinates are relative to the footprint's lower-left corner)");
            }
            for (int j = 0; j < i; j++) {
                FloorplanBlock o = blocks.get(j);
                if (!o.layer().equals(b.layer()) || o.side() != b.side()) continue;
                if (o.name().equals(b.name())) throw new MeshException(what + ": declared twice");
                double ox = Math.min(b.x1(), o.x1()) - Math.max(b.x0(), o.x0());
                double oy = Math.min(b.y1(), o.y1()) - Math.max(b.y0(), o.y0());
                if (ox > tol && oy > tol) {
                    throw new MeshException(what + " overlaps block '" + o.name() + "' by " + mm(ox) + " x " + mm(oy)
                            + "; floorplan blocks on one surface must not overlap");
                }
            }
        }
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) throw new MeshException(what + ": must be a positive length, got " + mm(v));
    }

    private static String range(double a, double b) {
        return "[" + mm(a) + ", " + mm(b) + "]";
    }

    /** A length for a message: millimetres, which is how package drawings are dimensioned. */
    static String mm(double metres) {
        if (!Double.isFinite(metres)) return metres + " m";
        return String.format(Locale.ROOT, "%.6g mm", metres * 1e3);
    }

    private static double[] toArray(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = list.get(i);
        return a;
    }

    /** Collects the base, the layers and the floorplan blocks. */
    public static final class Builder {
        private double baseX = Double.NaN;
        private double baseY = Double.NaN;
        private int cellsX;
        private int cellsY;
        private double maxCellXY = Double.NaN;
        private double growth = 1.25;
        private final List<Layer> layers = new ArrayList<>();
        private final List<FloorplanBlock> blocks = new ArrayList<>();

        /** Base extent in metres. */
        public Builder base(double x, double y) {
            this.baseX = x;
            this.baseY = y;
            return this;
        }

        /** Number of in-plane cells along x and y (snapping may shift them between intervals). */
        public Builder baseCells(int nx, int ny) {
            this.cellsX = nx;
            this.cellsY = ny;
            return this;
        }

        /** Largest in-plane cell size (m), instead of cell counts. */
        public Builder baseMaxCell(double h) {
            this.cellsX = 0;
            this.cellsY = 0;
            this.maxCellXY = h;
            return this;
        }

        /** Largest ratio of neighbouring in-plane cell sizes where the grid is graded (default 1.25). */
        public Builder growth(double g) {
            this.growth = g;
            return this;
        }

        /** Adds a layer on top of the previous ones. */
        public Builder layer(Layer l) {
            layers.add(l);
            return this;
        }

        public Builder block(FloorplanBlock b) {
            blocks.add(b);
            return this;
        }

        public LayerStack build() {
            return new LayerStack(this);
        }
    }
}
