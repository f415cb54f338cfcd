package org.kapitza.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kapitza.Numbers;
import org.kapitza.io.AtomicFile;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A study's PNG plots: each response against each parameter (log axes where the values are
 * log-spaced or log-distributed; with an ensemble, the mean over the seeds with ±1 standard deviation
 * bars), a histogram of each response for sampled designs, and a tornado chart of each response's
 * sensitivities.
 */
public final class StudyPlots {
    private static final Color[] COLOURS = {new Color(0xB22222), new Color(0x1F77B4), new Color(0x2CA02C), new Color(0xFF7F0E),
        new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F)};
    private static final int MAX_SERIES = 8;

    private StudyPlots() {
    }

    /** Writes every plot into {@code dir} and returns the file names. */
    public static List<String> write(Path dir, StudyPlan plan, Collection<PointResult> results) throws IOException {
        List<String> files = new ArrayList<>();
        List<PointResult> design = new ArrayList<>();
        for (PointResult r : results) if (r.ok() && plan.point(r.index()).role() == StudyPlan.Role.DESIGN) design.add(r);
        design.sort(java.util.Comparator.comparingInt(PointResult::index));
        for (int ri = 0; ri < plan.responses().size(); ri++) {
            Response resp = plan.responses().get(ri);
            for (int pi = 0; pi < plan.parameters().size(); pi++) {
                Parameter p = plan.parameters().get(pi);
                if (!p.numeric() || !p.swept() || design.isEmpty()) continue;
                if (!plan.sampled() && p.texts() != null && p.texts().size() < 2) continue;
                String name = file(resp.name() + "-vs-" + p.name());
                save(dir.resolve(name), against(plan, design, ri, pi));
                files.add(name);
            }
            if (plan.sampled() && design.size() >= 2) {
                String name = file("histogram-" + resp.name());
                CategoryChart h = histogram(plan, design, ri);
                if (h != null) {
                    save(dir.resolve(name), h);
                    files.add(name);
                }
            }
        }
        for (StudyStatistics.Ranking r : StudyStatistics.sensitivities(plan, results)) {
            if (r.parameters().isEmpty()) continue;
            String name = file("tornado-" + r.response());
            save(dir.resolve(name), tornado(plan, r));
            files.add(name);
        }
        return files;
    }

    static String file(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "") + ".png";
    }

    private static void save(Path file, Chart<?, ?> chart) throws IOException {
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    private static String axis(Parameter p) {
        return p.name() + (p.caseKey().unit().equals("1") ? "" : " (" + unit(p.caseKey().unit()) + ")");
    }

    /** A UCUM unit as engineers write it: m2.K/W → m²·K/W. */
    static String unit(String ucum) {
        return ucum.replace("m2", "m²").replace("m3", "m³").replace("K4", "K⁴").replace("K2", "K²").replace('.', '·');
    }

    private static XYChart base(String title, String x, String y) {
        XYChart c = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(x).yAxisTitle(y).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesVisible(true);
        c.getStyler().setxAxisTickLabelsFormattingFunction(v -> Numbers.format(v, 3));
        c.getStyler().setyAxisTickLabelsFormattingFunction(v -> Numbers.format(v, 4));
        return c;
    }

    /**
     * One response against one parameter: a line per combination of the other parameters' values (up to
     * eight, else markers only), ensemble means with ±1σ bars.
     */
    static XYChart against(StudyPlan plan, List<PointResult> design, int ri, int pi) {
        Parameter p = plan.parameters().get(pi);
        Response resp = plan.responses().get(ri);
        XYChart c = base(plan.name() + ": " + resp.name() + " against " + p.name(), axis(p), resp.name() + unitSuffix(resp));
        if (p.logarithmic()) {
            // XChart hands a formatting function the wrong tick values on a log axis: a pattern instead
            c.getStyler().setxAxisTickLabelsFormattingFunction(null);
            c.getStyler().setXAxisLogarithmic(true);
            c.getStyler().setXAxisDecimalPattern("0.###E0");
        }
        // group → ensemble mean, std
        Map<Integer, List<PointResult>> groups = new LinkedHashMap<>();
        for (PointResult r : design) groups.computeIfAbsent(plan.point(r.index()).group(), k -> new ArrayList<>()).add(r);
        Map<String, List<double[]>> series = new LinkedHashMap<>(); // label → (x, mean, std)
        for (List<PointResult> g : groups.values()) {
            StudyPlan.Point pt = plan.point(g.get(0).index());
            StringBuilder label = new StringBuilder();
            for (int j = 0; j < plan.parameters().size(); j++) {
                if (j == pi || plan.sampled()) continue;
                if (label.length() > 0) label.append(", ");
                label.append(plan.parameters().get(j).name()).append(" = ").append(shown(plan.parameters().get(j), pt, j));
            }
            StudyStatistics.Summary s = StudyStatistics.Summary.of(StudyStatistics.values(g, ri));
            if (s.n() == 0) continue;
            series.computeIfAbsent(label.toString(), k -> new ArrayList<>()).add(new double[] {pt.numbers()[pi], s.mean(),
                s.n() > 1 ? s.std() : 0});
        }
        boolean lines = series.size() <= MAX_SERIES && !plan.sampled();
        boolean bars = plan.members() > 1;
        if (!lines) {
            List<double[]> all = new ArrayList<>();
            for (List<double[]> v : series.values()) all.addAll(v);
            series.clear();
            series.put(plan.sampled() ? "samples" : "points", all);
        }
        c.getStyler().setLegendVisible(series.size() > 1);
        int k = 0;
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            List<double[]> v = e.getValue();
            v.sort(java.util.Comparator.comparingDouble(a -> a[0]));
            double[] x = new double[v.size()];
            double[] y = new double[v.size()];
            double[] err = new double[v.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = v.get(i)[0];
                y[i] = v.get(i)[1];
                err[i] = v.get(i)[2];
            }
            String label = e.getKey().isEmpty() ? resp.name() : e.getKey();
            XYSeries s = bars ? c.addSeries(label, x, y, err) : c.addSeries(label, x, y);
            Color col = COLOURS[k++ % COLOURS.length];
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(col);
            s.setLineColor(col);
            if (!lines) s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        if (bars) c.setTitle(c.getTitle() + " (mean ±1σ over " + plan.members() + " seeds)");
        return c;
    }

    private static String shown(Parameter p, StudyPlan.Point pt, int j) {
        double x = pt.numbers()[j];
        if (Double.isNaN(x)) return pt.values().get(j);
        return Numbers.format(x, 4) + (p.caseKey().unit().equals("1") ? "" : " " + unit(p.caseKey().unit()));
    }

    /** A histogram of one response over a sampled design, with its mean and 5–95 % range in the title. */
    static CategoryChart histogram(StudyPlan plan, List<PointResult> design, int ri) {
        List<Double> v = new ArrayList<>();
        for (PointResult r : design) if (Double.isFinite(r.responses()[ri])) v.add(r.responses()[ri]);
        if (v.size() < 2) return null;
        StudyStatistics.Summary s = StudyStatistics.Summary.of(v.stream().mapToDouble(Double::doubleValue).toArray());
        if (!(s.max() > s.min())) return null;
        int bins = Math.max(5, Math.min(40, (int) Math.round(Math.sqrt(v.size()))));
        Histogram h = new Histogram(v, bins, s.min(), s.max());
        Response resp = plan.responses().get(ri);
        CategoryChart c = new CategoryChartBuilder().width(900).height(560).title(String.format(Locale.ROOT,
                "%s: %s over %d samples — mean %s ± %s, 5–95 %%: %s … %s", plan.name(), resp.name(), s.n(),
                Numbers.format(s.mean(), 5), Numbers.format(s.std(), 3), Numbers.format(s.q05(), 5), Numbers.format(s.q95(), 5)))
                .xAxisTitle(resp.name() + unitSuffix(resp) + ", bin centres").yAxisTitle("points").build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setAvailableSpaceFill(0.98);
        c.getStyler().setOverlapped(true);
        c.getStyler().setXAxisLabelRotation(45);
        c.getStyler().setxAxisTickLabelsFormattingFunction(x -> Numbers.format(x, 4));
        c.getStyler().setSeriesColors(new Color[] {new Color(0x1F77B4)});
        c.addSeries("points", h.getxAxisData(), h.getyAxisData());
        return c;
    }

    /**
     * A tornado chart: for each parameter (largest effect on top), the first-order response over the
     * parameter's range (its values, its law's 5–95 %, or ±sensitivities.range of the base value), all
     * others at the base point.
     */
    static XYChart tornado(StudyPlan plan, StudyStatistics.Ranking r) {
        Response resp = response(plan, r.response());
        XYChart c = base(plan.name() + ": sensitivity of " + r.response() + " at the base point (" + Numbers.format(r.baseValue(), 5)
                + ")", r.response() + unitSuffix(resp) + ", each parameter over its range, first order", "");
        c.getStyler().setYAxisTicksVisible(false);
        c.getStyler().setLegendVisible(false);
        List<StudyStatistics.Sensitivity> s = r.parameters();
        int n = s.size();
        double lo = r.baseValue();
        double hi = r.baseValue();
        for (StudyStatistics.Sensitivity x : s) {
            if (!Double.isFinite(x.derivative())) continue;
            lo = Math.min(lo, Math.min(x.low(), x.high()));
            hi = Math.max(hi, Math.max(x.low(), x.high()));
        }
        double pad = Math.max(1e-9 * Math.abs(r.baseValue()), 0.05 * (hi - lo));
        float width = Math.max(6f, Math.min(40f, 240f / (n + 1)));
        for (int i = 0; i < n; i++) {
            StudyStatistics.Sensitivity x = s.get(i);
            double y = n - i;
            Parameter p = parameter(plan, x.key());
            String u = p == null || p.caseKey().unit().equals("1") ? "" : " " + unit(p.caseKey().unit());
            String label = Double.isFinite(x.derivative()) ? String.format(Locale.ROOT, "%s from %s to %s%s: ∂y/∂x = %s, elasticity %s",
                    x.name(), Numbers.format(p.low(), 3), Numbers.format(p.high(), 3), u, Numbers.format(x.derivative(), 4),
                    Numbers.format(x.elasticity(), 3)) : x.name() + ": no derivative (its step points failed)";
            if (Double.isFinite(x.derivative())) {
                XYSeries bar = c.addSeries(x.name(), new double[] {Math.min(x.low(), x.high()), Math.max(x.low(), x.high())},
                        new double[] {y, y});
                Color col = COLOURS[i % COLOURS.length];
                bar.setLineColor(col);
                bar.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                bar.setMarker(SeriesMarkers.NONE);
            }
            c.addAnnotation(new AnnotationText(label, (lo + hi) / 2, y + 0.42, false));
        }
        XYSeries base = c.addSeries("base point", new double[] {r.baseValue(), r.baseValue()}, new double[] {0.3, n + 0.7});
        base.setLineColor(Color.BLACK);
        base.setMarker(SeriesMarkers.NONE);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(n + 1.0);
        c.getStyler().setXAxisMin(lo - pad);
        c.getStyler().setXAxisMax(hi + pad);
        return c;
    }

    private static Response response(StudyPlan plan, String name) {
        for (Response r : plan.responses()) if (r.name().equals(name)) return r;
        return null;
    }

    private static String unitSuffix(Response r) {
        return r == null || r.unit().isEmpty() ? "" : " (" + r.unit() + ")";
    }

    private static Parameter parameter(StudyPlan plan, String key) {
        for (Parameter p : plan.parameters()) if (p.key().equals(key)) return p;
        return null;
    }

}
