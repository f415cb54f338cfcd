package org.kapitza.io.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.fv.Probe;
import org.kapitza.io.AtomicFile;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The probes of a transient run over time: {@code probes.csv} (time in s, then one column per probe in K)
 * and {@code probes.png}, temperatures on the left axis and interface jumps, which are far smaller, on
 * the right. Both written atomically.
 */
public final class ProbeFiles {
    private static final Color[] PALETTE = {new Color(0xB22222), new Color(0x1F5FAF), new Color(0x2E8B57), new Color(0xD2691E),
        new Color(0x6A3D9A), new Color(0x008B8B), new Color(0x8B8000), new Color(0x444444)};

    private ProbeFiles() {
    }

    /** Rows are {time, value of probe 0, value of probe 1, ...}. */
    public static void csv(Path file, List<Probe> probes, List<double[]> rows) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            StringBuilder header = new StringBuilder("time_s");
            for (Probe p : probes) header.append(',').append(csvName(p.name() + "_K"));
            w.println(header);
            for (double[] row : rows) {
                StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.12g", row[0]));
                for (int i = 1; i < row.length; i++) s.append(String.format(Locale.ROOT, ",%.10g", row[i]));
                w.println(s);
            }
            w.flush();
        });
    }

    /** The colour of series i. */
    static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /**
     * The line style of series i: solid, dashed, dotted, dash-dot, long dash, each with its own colour, so that
     * no series hides another where they coincide (a stage's mean and its top surface while it is isothermal).
     */
    static BasicStroke stroke(int i) {
        float[][] dash = {null, {9f, 5f}, {2f, 4f}, {9f, 4f, 2f, 4f}, {16f, 6f}};
        // the solid lines wide, so that a dashed series drawn on top of one leaves it visible on both sides
        float width = i % dash.length == 0 ? 4.0f : 1.8f;
        float[] d = dash[i % dash.length];
        return d == null ? new BasicStroke(width) : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
    }

    /**
     * The probes against time in seconds, as in {@code probes.csv} and the console. Each series has its own
     * colour and line style; a probe's threshold is drawn as a horizontal line in its colour and the first
     * time the probe reaches it is marked.
     */
    public static void png(Path file, List<Probe> probes, List<double[]> rows, String title) throws IOException {
        chart(file, probes, rows, title);
        double[] w = detailWindow(probes, rows);
        if (w != null) {
            List<double[]> inside = new ArrayList<>();
            for (double[] row : rows) if (row[0] >= w[0] && row[0] <= w[1]) inside.add(row);
            String name = file.getFileName().toString();
            String stem = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
            chart(file.resolveSibling(stem + "-detail.png"), probes, inside,
                    String.format(Locale.ROOT, "%s, detail: t = %.4g to %.4g s", title, w[0], w[1]));
        }
    }

    /**
     * Where the temperatures change: from the time 1 % of the probes' total variation Σ|ΔT| has happened to
     * the time 99 % has, widened by a tenth on each side; null when that is more than 40 % of the run (the
     * whole plot shows it well) or there is no variation. A power burst of a few seconds in a 30 s run gets a
     * plot of its own, {@code probes-detail.png}.
     */
    static double[] detailWindow(List<Probe> probes, List<double[]> rows) {
        if (rows.size() < 3) return null;
        double[] cumulative = new double[rows.size()];
        for (int r = 1; r < rows.size(); r++) {
            double d = 0;
            for (int i = 0; i < probes.size(); i++) {
                if (probes.get(i).kind() == Probe.Kind.INTERFACE_JUMP) continue;
                d += Math.abs(rows.get(r)[i + 1] - rows.get(r - 1)[i + 1]);
            }
            cumulative[r] = cumulative[r - 1] + d;
        }
        double total = cumulative[rows.size() - 1];
        if (!(total > 0)) return null;
        int a = 0;
        while (cumulative[a] < 0.01 * total) a++;
        int b = rows.size() - 1;
        while (b > 0 && cumulative[b - 1] >= 0.99 * total) b--;
        double t0 = rows.get(Math.max(0, a - 1))[0];
        double t1 = rows.get(b)[0];
        double start = rows.get(0)[0];
        double end = rows.get(rows.size() - 1)[0];
        if (t1 - t0 > 0.4 * (end - start) || !(t1 > t0)) return null;
        double pad = 0.1 * (t1 - t0);
        return new double[] {Math.max(start, t0 - pad), Math.min(end, t1 + pad)};
    }

    private static void chart(Path file, List<Probe> probes, List<double[]> rows, String title) throws IOException {
        XYChart chart = new XYChartBuilder().width(1040).height(620).title(title).xAxisTitle("t (s)")
                .yAxisTitle("T (K)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setMarkerSize(rows.size() > 200 ? 0 : 4);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        boolean anyJump = false;
        for (int i = 0; i < probes.size(); i++) {
            List<Double> x = new ArrayList<>(rows.size());
            List<Double> y = new ArrayList<>(rows.size());
            for (double[] row : rows) {
                x.add(row[0]);
                y.add(row[i + 1]);
            }
            Probe p = probes.get(i);
            boolean jump = p.kind() == Probe.Kind.INTERFACE_JUMP;
            anyJump |= jump;
            XYSeries s = chart.addSeries(p.name() + (jump ? " (jump, right axis)" : ""), x, y);
            s.setMarker(rows.size() > 200 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            Color c = PALETTE[i % PALETTE.length];
            s.setLineColor(c);
            s.setMarkerColor(c);
            s.setLineStyle(stroke(i));
            if (jump) s.setYAxisGroup(1);
            double threshold = p.threshold();
            if (!jump && Double.isFinite(threshold) && rows.size() > 1) {
                XYSeries t = chart.addSeries(String.format(Locale.ROOT, "%s threshold %.4g K", p.name(), threshold),
                        List.of(rows.get(0)[0], rows.get(rows.size() - 1)[0]), List.of(threshold, threshold));
                t.setMarker(SeriesMarkers.NONE);
                t.setLineColor(c);
                t.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
                double when = firstCrossing(rows, i + 1, threshold);
                if (!Double.isNaN(when)) {
                    // a vertical line from the threshold across the probe's range, at the time it is reached
                    double lo = threshold;
                    double hi = threshold;
                    for (double[] row : rows) {
                        lo = Math.min(lo, row[i + 1]);
                        hi = Math.max(hi, row[i + 1]);
                    }
                    XYSeries w = chart.addSeries(String.format(Locale.ROOT, "%s reaches %.4g K at t = %.5g s", p.name(),
                            threshold, when), List.of(when, when), List.of(lo, hi));
                    w.setMarker(SeriesMarkers.NONE);
                    w.setLineColor(Color.BLACK);
                    w.setLineStyle(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 3f}, 0f));
                }
            }
        }
        if (anyJump) {
            chart.setYAxisGroupTitle(1, "interface jump (K)");
            chart.getStyler().putYAxisGroupDecimalPatternMap(1, "0.0##");
            chart.getStyler().setYAxisGroupPosition(1, org.knowm.xchart.style.Styler.YAxisPosition.Right);
        }
        if (probes.isEmpty()) chart.addSeries("no probes", new double[] {0}, new double[] {0});
        AxisLabels.plain(chart);
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    /** The first time column {@code col} reaches {@code level}, as the report computes it ({@link Probe#firstCrossing}). */
    static double firstCrossing(List<double[]> rows, int col, double level) {
        double[][] series = new double[rows.size()][];
        for (int r = 0; r < series.length; r++) series[r] = new double[] {rows.get(r)[0], rows.get(r)[col]};
        return Probe.firstCrossing(series, level);
    }

    private static String csvName(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
