package org.kapitza.io.report;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kapitza.InputException;
import org.kapitza.io.AtomicFile;
import org.kapitza.io.vtk.CollectionWriter;
import org.kapitza.io.vtk.RectilinearGridWriter;
import org.kapitza.io.vtk.UnstructuredGridWriter;
import org.kapitza.io.vtk.VtkArray;
import org.kapitza.io.vtk.VtkCompression;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.multitemp.Carrier;
import org.kapitza.multitemp.MultiTemperatureResult;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The files of a multi-temperature run, each written atomically: {@code <name>.vtr} (or {@code .vtu})
 * with every carrier's temperature (T_p, T_e, T_up, T_down; NaN where a cell has no such carrier), the
 * one-temperature T (conductivity-weighted), the carriers' separation and spin accumulation, region and
 * material; {@code <name>.pvd}; {@code profile.csv} and {@code profile.png} (every carrier along a line);
 * {@code summary.json}.
 */
public final class MultiTemperatureFiles {
    private static final Map<Carrier, Color> COLOUR = new EnumMap<>(Map.of(Carrier.PHONONS, new Color(0x1F4E9A),
            Carrier.ELECTRONS, new Color(0xB22222), Carrier.SPIN_UP, new Color(0xD2691E), Carrier.SPIN_DOWN, new Color(0x2E8B57)));

    private MultiTemperatureFiles() {
    }

    /** Writes the volume file and its collection; returns their names. */
    public static List<String> vtk(Path dir, String name, MultiTemperatureResult r, boolean compress) throws IOException {
        VtkCompression c = compress ? VtkCompression.ZLIB : VtkCompression.NONE;
        Mesh m = r.mesh();
        RectilinearGrid g = m.grid();
        int n = m.cellCount();
        List<VtkArray> arrays = new ArrayList<>();
        Set<Carrier> present = r.carriers();
        for (Carrier k : present) {
            double[] t = new double[n];
            for (int cell = 0; cell < n; cell++) t[cell] = r.temperature(cell, k);
            arrays.add(VtkArray.scalars(k.field(), t));
        }
        double[] tw = new double[n];
        double[] sep = new double[n];
        double[] spin = new double[n];
        int[] region = new int[n];
        int[] material = new int[n];
        for (int cell = 0; cell < n; cell++) {
            tw[cell] = r.weightedTemperature(cell);
            sep[cell] = r.separation(cell);
            spin[cell] = r.spinAccumulation(cell);
            region[cell] = m.region(cell);
            material[cell] = m.material(cell);
        }
        arrays.add(VtkArray.scalars("T", tw));
        arrays.add(VtkArray.scalars("carrier_separation", sep));
        if (present.contains(Carrier.SPIN_UP)) arrays.add(VtkArray.scalars("spin_accumulation", spin));
        arrays.add(VtkArray.scalars("region", region));
        arrays.add(VtkArray.scalars("material", material));
        String volume;
        if (m.activeCellCount() == n) {
            volume = name + ".vtr";
            new RectilinearGridWriter(g.nodes(0), g.nodes(1), g.nodes(2)).compression(c).write(dir.resolve(volume), arrays);
        } else {
            volume = name + ".vtu";
            int[] active = new int[m.activeCellCount()];
            for (int cell = 0, q = 0; cell < n; cell++) if (m.isActive(cell)) active[q++] = cell;
            List<VtkArray> selected = new ArrayList<>();
            for (VtkArray a : arrays) selected.add(a.select(active));
            new UnstructuredGridWriter(g.nodes(0), g.nodes(1), g.nodes(2)).compression(c).write(dir.resolve(volume), active, selected);
        }
        String pvd = name + ".pvd";
        new CollectionWriter().add(0, 0, dir.resolve(volume)).write(dir.resolve(pvd));
        return new ArrayList<>(List.of(volume, pvd));
    }

    /**
     * The cells along an axis-parallel line (those whose centres lie between {@code from} and {@code to}, or when those are null
     * along z for 3D grids and x otherwise, through the cell with the hottest one-temperature T).
     */
    public static int[] line(MultiTemperatureResult r, List<Double> from, List<Double> to) {
        Mesh m = r.mesh();
        RectilinearGrid g = m.grid();
        int axis;
        double[] p = new double[3];
        if (from == null) {
            int hottest = -1;
            for (int c = 0; c < m.cellCount(); c++) {
                if (m.isActive(c) && (hottest < 0 || r.weightedTemperature(c) > r.weightedTemperature(hottest))) hottest = c;
            }
            axis = g.dimension() == 3 ? 2 : 0;
            for (int a = 0; a < 3; a++) p[a] = m.centre(hottest, a);
        } else {
            axis = -1;
            for (int a = 0; a < 3; a++) {
                p[a] = from.get(a);
                if (Math.abs(from.get(a) - to.get(a)) > 0) {
                    if (axis >= 0) throw new InputException("output.line: from and to must differ along one axis only (x, y or z)");
                    axis = a;
                }
            }
            if (axis < 0) throw new InputException("output.line: from and to are the same point");
        }
        double lo = from == null ? Double.NEGATIVE_INFINITY : Math.min(from.get(axis), to.get(axis));
        double hi = from == null ? Double.POSITIVE_INFINITY : Math.max(from.get(axis), to.get(axis));
        int[] idx = new int[3];
        for (int a = 0; a < 3; a++) idx[a] = locate(g.nodes(a), p[a]);
        int count = g.nodes(axis).length - 1;
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            idx[axis] = i;
            int cell = g.index(idx[0], idx[1], idx[2]);
            double x = m.centre(cell, axis);
            if (m.isActive(cell) && x >= lo && x <= hi) cells.add(cell);
        }
        int[] out = new int[cells.size() + 1];
        out[0] = axis;
        for (int i = 0; i < cells.size(); i++) out[i + 1] = cells.get(i);
        return out;
    }

    private static int locate(double[] nodes, double v) {
        for (int i = 0; i + 1 < nodes.length; i++) if (v <= nodes[i + 1]) return i;
        return nodes.length - 2;
    }

    /** Position and every carrier's temperature at the cell centres along the line. */
    public static void profileCsv(Path file, MultiTemperatureResult r, int[] line) throws IOException {
        int axis = line[0];
        Mesh m = r.mesh();
        Set<Carrier> present = r.carriers();
        AtomicFile.write(file, out -> {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            StringBuilder h = new StringBuilder("position_m,region");
            for (Carrier k : present) h.append(',').append(k.field()).append("_K");
            w.println(h.append(",T_K,separation_K"));
            for (int i = 1; i < line.length; i++) {
                int c = line[i];
                StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.10g,%s", m.centre(c, axis), m.regionName(m.region(c))));
                for (Carrier k : present) {
                    double t = r.temperature(c, k);
                    s.append(',').append(Double.isNaN(t) ? "" : String.format(Locale.ROOT, "%.10g", t));
                }
                s.append(String.format(Locale.ROOT, ",%.10g,%.6g", r.weightedTemperature(c), r.separation(c)));
                w.println(s);
            }
            w.flush();
        });
    }

    /**
     * Every carrier's temperature along the line, a series per carrier and region, so that the jumps at
     * interfaces and the carriers' separation next to them show; optionally (a second panel's worth of
     * information on the same axes would hide it) the spin accumulation is in the CSV and VTK only.
     */
    public static void profilePng(Path file, MultiTemperatureResult r, int[] line, String title) throws IOException {
        int axis = line[0];
        Mesh m = r.mesh();
        double extent = 0;
        for (int i = 1; i < line.length; i++) extent = Math.max(extent, Math.abs(m.centre(line[i], axis)));
        double scale = extent >= 0.5 ? 1 : extent >= 0.5e-3 ? 1e3 : extent >= 0.5e-6 ? 1e6 : 1e9;
        String unit = scale == 1 ? "m" : scale == 1e3 ? "mm" : scale == 1e6 ? "µm" : "nm";
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title)
                .xAxisTitle("xyz".charAt(axis) + " (" + unit + ")").yAxisTitle("T (K)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        chart.getStyler().setYAxisDecimalPattern("0.###");
        for (Carrier k : r.carriers()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            int segment = 0;
            int lastRegion = -1;
            for (int i = 1; i < line.length; i++) {
                int c = line[i];
                double t = r.temperature(c, k);
                if (m.region(c) != lastRegion || Double.isNaN(t)) {
                    segment = add(chart, k, x, y, segment);
                    lastRegion = m.region(c);
                }
                if (Double.isNaN(t)) continue;
                x.add(m.centre(c, axis) * scale);
                y.add(t);
            }
            add(chart, k, x, y, segment);
        }
        AxisLabels.plain(chart);
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    /**
     * The spin heat accumulation T↑ − T↓ along the line (mK), a series per region, for meshes with spin
     * channels: how it builds up at each ferromagnet/normal-metal interface and decays over λ_s.
     */
    public static void spinPng(Path file, MultiTemperatureResult r, int[] line, String title) throws IOException {
        int axis = line[0];
        Mesh m = r.mesh();
        double extent = 0;
        for (int i = 1; i < line.length; i++) extent = Math.max(extent, Math.abs(m.centre(line[i], axis)));
        double scale = extent >= 0.5 ? 1 : extent >= 0.5e-3 ? 1e3 : extent >= 0.5e-6 ? 1e6 : 1e9;
        String unit = scale == 1 ? "m" : scale == 1e3 ? "mm" : scale == 1e6 ? "µm" : "nm";
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title)
                .xAxisTitle("xyz".charAt(axis) + " (" + unit + ")").yAxisTitle("T↑ − T↓ (mK)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int lastRegion = -1;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int i = 1; i <= line.length; i++) {
            int c = i < line.length ? line[i] : -1;
            if (c < 0 || m.region(c) != lastRegion) {
                if (!x.isEmpty()) {
                    String material = m.materialName(m.regionMaterial(lastRegion));
                    XYSeries sr = chart.addSeries(m.regionName(lastRegion) + " (" + material + ")", new ArrayList<>(x), new ArrayList<>(y));
                    sr.setMarker(SeriesMarkers.NONE);
                    sr.setLineWidth(2f);
                    sr.setLineColor(material.equals(m.materialName(m.regionMaterial(m.region(line[1])))) ? new Color(0x1F4E9A) : new Color(0xB22222));
                    named.add(material);
                    x.clear();
                    y.clear();
                }
                if (c < 0) break;
                lastRegion = m.region(c);
            }
            double d = r.spinAccumulation(c);
            if (Double.isNaN(d)) continue;
            x.add(m.centre(c, axis) * scale);
            y.add(d * 1e3);
        }
        AxisLabels.plain(chart);
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    private static int add(XYChart chart, Carrier k, List<Double> x, List<Double> y, int segment) {
        if (x.isEmpty()) return segment;
        String label = segment == 0 ? k.id() + " " + k.field() : k.id() + " " + segment;
        XYSeries s = chart.addSeries(label, new ArrayList<>(x), new ArrayList<>(y));
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(COLOUR.get(k));
        s.setLineWidth(2f);
        s.setShowInLegend(segment == 0);
        x.clear();
        y.clear();
        return segment + 1;
    }

    public static void summaryJson(Path file, MultiTemperatureReport report) throws IOException {
        AtomicFile.write(file, out -> {
            java.io.OutputStream keep = new java.io.FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            ReportFiles.JSON.writeValue(keep, report); // NaN and infinities as null, as every summary.json
        });
    }
}
