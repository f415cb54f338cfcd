package org.kapitza.io.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.io.AtomicFile;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code profile.png}: the temperature along the profile line, with what a reader needs to read it: the
 * regions it crosses named above the curve and separated by dashed lines, every jump larger than 1 % of the
 * temperature range labelled with its ΔT, and the hottest point on the line (the junction, in a package)
 * marked and given in the legend. Where a region is thinner than 8 % of the line (a 20 µm TIM under a
 * 7 mm sink), the axis is stretched piecewise so each region is drawn at least that wide; the tick labels
 * stay true positions and the axis title says so.
 */
final class ProfilePlot {
    private static final Color CURVE = new Color(0xB22222);
    private static final Color BOUNDARY = new Color(0x808080);
    private static final int WIDTH = 960;
    private static final int HEIGHT = 600;

    /** Smallest share of the axis a region is drawn with. */
    private static final double MIN_SHARE = 0.08;

    private ProfilePlot() {
    }

    /** A piecewise-linear map from positions to drawn positions, widening thin intervals. */
    static final class Stretch {
        private final double[] knots;
        private final double[] shown;
        final boolean stretched;

        Stretch(List<Profile.Span> spans) {
            java.util.TreeSet<Double> k = new java.util.TreeSet<>();
            for (Profile.Span s : spans) {
                k.add(s.from());
                k.add(s.to());
            }
            if (k.size() < 2) {
                k.add(0.0);
                k.add(1.0);
            }
            knots = k.stream().mapToDouble(Double::doubleValue).toArray();
            double total = knots[knots.length - 1] - knots[0];
            int n = knots.length - 1;
            int thin = 0;
            double wide = 0;
            for (int i = 0; i < n; i++) {
                double width = knots[i + 1] - knots[i];
                if (width < MIN_SHARE * total) thin++;
                else wide += width;
            }
            stretched = thin > 0;
            // thin intervals drawn MIN_SHARE wide, the others sharing the rest in proportion (equal widths when
            // the thin ones alone would fill the axis)
            double rest = total * (1 - thin * MIN_SHARE);
            shown = new double[knots.length];
            shown[0] = knots[0];
            for (int i = 0; i < n; i++) {
                double width = knots[i + 1] - knots[i];
                double drawn;
                if (!stretched) drawn = width;
                else if (rest <= 0 || wide == 0) drawn = total / n;
                else drawn = width < MIN_SHARE * total ? MIN_SHARE * total : width * rest / wide;
                shown[i + 1] = shown[i] + drawn;
            }
        }

        double forward(double pos) {
            return map(pos, knots, shown);
        }

        double back(double drawn) {
            return map(drawn, shown, knots);
        }

        private static double map(double v, double[] from, double[] to) {
            int n = from.length;
            int i = 0;
            while (i < n - 2 && v > from[i + 1]) i++;
            double span = from[i + 1] - from[i];
            return to[i] + (span == 0 ? 0 : (v - from[i]) * (to[i + 1] - to[i]) / span);
        }
    }

    static void write(Path file, Profile p, String title) throws IOException {
        String axis = "xyz".substring(p.axis(), p.axis() + 1);
        double extent = 0;
        for (Profile.Point pt : p.points()) extent = Math.max(extent, Math.abs(pt.position()));
        // Lengths in the unit a drawing of this size would use: m, mm or µm.
        double scale = extent >= 0.5 ? 1 : extent >= 0.5e-3 ? 1e3 : 1e6;
        String unit = scale == 1 ? "m" : scale == 1e3 ? "mm" : "µm";
        Stretch st = new Stretch(p.regions());
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(axis + " (" + unit + ")" + (st.stretched ? ", thin regions drawn wider: tick labels are true positions"
                        : "")).yAxisTitle("T (K)").build();
        if (st.stretched) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(v -> AxisLabels.format(st.back(v / scale) * scale, 4));
        }
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setAnnotationTextFontColor(Color.DARK_GRAY);
        chart.getStyler().setAnnotationLineColor(BOUNDARY);
        chart.getStyler().setAnnotationLineStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5f, 4f}, 0f));

        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        Profile.Point hottest = null;
        for (Profile.Point pt : p.points()) {
            if (Double.isNaN(pt.temperature())) continue;
            tMin = Math.min(tMin, pt.temperature());
            tMax = Math.max(tMax, pt.temperature());
            if (hottest == null || pt.temperature() > hottest.temperature()) hottest = pt;
        }
        double range = tMax - tMin;
        // room above the curve for the region names
        double pad = range > 0 ? 0.18 * range : Math.max(1e-3, 1e-3 * Math.abs(tMax));
        chart.getStyler().setYAxisMin(tMin - 0.04 * (range > 0 ? range : pad));
        chart.getStyler().setYAxisMax(tMax + pad);

        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int segment = 0;
        for (Profile.Point pt : p.points()) {
            if (Double.isNaN(pt.temperature())) {
                addSegment(chart, x, y, segment++);
                continue;
            }
            x.add(st.forward(pt.position()) * scale);
            y.add(pt.temperature());
        }
        addSegment(chart, x, y, segment);

        // Regions: boundaries as dashed lines, names above the curve, staggered in two rows where narrow.
        List<Profile.Span> spans = p.regions();
        double from = spans.isEmpty() ? 0 : spans.get(0).from();
        double to = spans.isEmpty() ? 1 : spans.get(spans.size() - 1).to();
        double pxPerUnit = 0.85 * WIDTH / Math.max(1e-300, st.forward(to) - st.forward(from));
        for (int i = 0; i < spans.size(); i++) {
            Profile.Span s = spans.get(i);
            if (i > 0) chart.addAnnotation(new AnnotationLine(st.forward(s.from()) * scale, true, false));
            double a = st.forward(s.from());
            double b = st.forward(s.to());
            double widthPx = (b - a) * pxPerUnit;
            double row = widthPx < 7.5 * s.region().length() && i % 2 == 1 ? 0.5 : 0.8;
            chart.addAnnotation(new AnnotationText(s.region(), 0.5 * (a + b) * scale, tMax + row * pad, false));
        }
        // Jumps: ΔT beside each step larger than 1 % of the range.
        List<Profile.Point> pts = p.points();
        for (int i = 1; i < pts.size(); i++) {
            Profile.Point a = pts.get(i - 1);
            Profile.Point b = pts.get(i);
            if (!"face".equals(a.kind()) || !"face".equals(b.kind()) || a.position() != b.position()) continue;
            double jump = a.temperature() - b.temperature();
            if (!(Math.abs(jump) > 0.01 * range)) continue;
            String label = String.format(Locale.ROOT, "ΔT = %.3g K", Math.abs(jump));
            // beside the step, on its left (the text is centred on its x)
            double offset = (3.7 * label.length() + 8) / pxPerUnit;
            chart.addAnnotation(new AnnotationText(label, (st.forward(a.position()) - offset) * scale,
                    0.5 * (a.temperature() + b.temperature()), false));
        }
        if (hottest != null) {
            XYSeries h = chart.addSeries(String.format(Locale.ROOT, "hottest on the line: %.4g K", hottest.temperature()),
                    List.of(st.forward(hottest.position()) * scale), List.of(hottest.temperature()));
            h.setMarker(SeriesMarkers.DIAMOND);
            h.setMarkerColor(Color.BLACK);
            h.setLineColor(Color.BLACK);
            h.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        AxisLabels.plain(chart);
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    private static void addSegment(XYChart chart, List<Double> x, List<Double> y, int segment) {
        if (x.isEmpty()) return;
        XYSeries s = chart.addSeries(segment == 0 ? "T (cell centres, faces; jumps as steps)" : "T, part " + (segment + 1),
                new ArrayList<>(x), new ArrayList<>(y));
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineColor(CURVE);
        s.setMarkerColor(CURVE);
        if (segment > 0) s.setShowInLegend(false);
        x.clear();
        y.clear();
    }
}
