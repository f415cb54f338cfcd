package org.kapitza.io.report;

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

    /** The probes against time, in the time unit that suits the run's length. */
    public static void png(Path file, List<Probe> probes, List<double[]> rows, String title) throws IOException {
        double end = rows.isEmpty() ? 1 : rows.get(rows.size() - 1)[0];
        String unit;
        double scale;
        if (end < 1e-3) {
            unit = "µs";
            scale = 1e6;
        } else if (end < 1) {
            unit = "ms";
            scale = 1e3;
        } else if (end <= 600) {
            unit = "s";
            scale = 1;
        } else if (end <= 36_000) {
            unit = "min";
            scale = 1.0 / 60;
        } else {
            unit = "h";
            scale = 1.0 / 3600;
        }
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle("t (" + unit + ")")
                .yAxisTitle("T (K)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setMarkerSize(rows.size() > 200 ? 0 : 4);
        boolean anyJump = false;
        for (int i = 0; i < probes.size(); i++) {
            List<Double> x = new ArrayList<>(rows.size());
            List<Double> y = new ArrayList<>(rows.size());
            for (double[] row : rows) {
                x.add(row[0] * scale);
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
            if (jump) s.setYAxisGroup(1);
        }
        if (anyJump) {
            chart.setYAxisGroupTitle(1, "interface jump (K)");
            chart.getStyler().setYAxisGroupPosition(1, org.knowm.xchart.style.Styler.YAxisPosition.Right);
        }
        if (probes.isEmpty()) chart.addSeries("no probes", new double[] {0}, new double[] {0});
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    private static String csvName(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
