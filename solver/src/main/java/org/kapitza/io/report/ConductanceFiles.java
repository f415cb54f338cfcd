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
import org.kapitza.io.AtomicFile;
import org.kapitza.phonon.BoundaryConductanceTable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes a {@link ConductanceComparison} as CSV and as a log-log plot of h against T, each atomically. */
public final class ConductanceFiles {
    private ConductanceFiles() {
    }

    /**
     * One row per temperature: {@code T_K}, then for each column (model and convention, e.g. {@code dmm_B})
     * h (W m⁻² K⁻¹), R (m² K/W) and R·T³ (K⁴ m²/W), ten significant digits.
     */
    public static void csv(Path file, ConductanceComparison c) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            StringBuilder header = new StringBuilder("T_K");
            for (ConductanceComparison.Column col : c.columns()) {
                String id = col.label().replace(' ', '_');
                header.append(',').append(id).append("_h_W_per_m2K,").append(id).append("_R_m2K_per_W,").append(id)
                        .append("_RT3_K4m2_per_W");
            }
            w.println(header);
            double[] t = c.temperatures();
            for (int i = 0; i < t.length; i++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%.10g", t[i]));
                for (ConductanceComparison.Column col : c.columns()) {
                    BoundaryConductanceTable.Value v = col.values().get(i);
                    row.append(String.format(Locale.ROOT, ",%.10g,%.10g,%.10g", v.conductance(), v.resistance(), v.resistanceT3()));
                }
                w.println(row);
            }
            w.flush();
        });
    }

    /**
     * h against T on log-log axes, one line per model and convention, measured values as points.
     *
     * @param measured measured (T, h) pairs to mark, possibly empty
     */
    public static void png(Path file, ConductanceComparison c, List<double[]> measured) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(600)
                .title("Thermal boundary conductance " + c.side1().name() + " | " + c.side2().name())
                .xAxisTitle("T (K)").yAxisTitle("h (W m⁻² K⁻¹)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        // log axes draw a line at every 1..9 × 10ⁿ: faint and thin, so the curves stay in front
        chart.getStyler().setPlotGridLinesColor(new Color(0xE4E4E4));
        chart.getStyler().setPlotGridLinesStroke(new java.awt.BasicStroke(0.6f));
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        List<Double> t = new ArrayList<>();
        for (double x : c.temperatures()) t.add(x);
        for (ConductanceComparison.Column col : c.columns()) {
            List<Double> h = new ArrayList<>();
            for (BoundaryConductanceTable.Value v : col.values()) h.add(v.conductance());
            XYSeries s = chart.addSeries(col.longLabel(), new ArrayList<>(t), h);
            // A single temperature is a point, not a line.
            s.setMarker(t.size() == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            // Each model its own colour and dash, the first solid and wide: amm lies within a few per cent of the
            // radiation limit and would otherwise vanish under it.
            int i = chart.getSeriesMap().size() - 1;
            s.setLineStyle(ProbeFiles.stroke(i));
            s.setLineColor(ProbeFiles.color(i));
            s.setMarkerColor(ProbeFiles.color(i));
        }
        if (!measured.isEmpty()) {
            List<Double> mt = new ArrayList<>();
            List<Double> mh = new ArrayList<>();
            for (double[] p : measured) {
                mt.add(p[0]);
                mh.add(p[1]);
            }
            XYSeries s = chart.addSeries("measured", mt, mh);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setMarkerColor(Color.BLACK);
        }
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }
}
