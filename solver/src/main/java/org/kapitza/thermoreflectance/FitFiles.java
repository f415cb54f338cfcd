package org.kapitza.thermoreflectance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.kapitza.Numbers;
import org.kapitza.io.AtomicFile;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What a thermoreflectance run writes: the fit table (CSV), data with fit and residuals (PNG), the
 * sensitivities (CSV and PNG), the fitted values with intervals and correlations ({@code fit.json}), and the
 * text table printed on the terminal.
 */
public final class FitFiles {
    private FitFiles() {
    }

    /** The fit as text: values, 95 % intervals, correlations, χ² and warnings. */
    public static String table(FitResult r, ForwardModel forward) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Fit (%s model, Levenberg–Marquardt): %d points, %d iterations, χ² = %s, χ²/dof = %s%n",
                forward.name(), r.points(), r.iterations(), Numbers.format(r.chiSquare(), 4), Numbers.format(r.reducedChiSquare(), 3)));
        s.append(String.format(Locale.ROOT, "  %-28s %12s %12s %12s %9s  %s%n", "parameter", "value", "95% low", "95% high", "±1σ", "unit"));
        for (int j = 0; j < r.parameters().size(); j++) {
            s.append(String.format(Locale.ROOT, "  %-28s %12.5g %12.5g %12.5g %8.2f%%  %s%n", r.parameters().get(j), r.values()[j],
                    r.low()[j], r.high()[j], 100 * r.sigmaLog()[j], r.model().unit(r.parameters().get(j))));
        }
        if (r.parameters().size() > 1) {
            s.append("Correlations (of ln p):\n");
            for (int a = 0; a < r.parameters().size(); a++) {
                s.append(String.format(Locale.ROOT, "  %-28s", r.parameters().get(a)));
                for (int b = 0; b < r.parameters().size(); b++) s.append(String.format(Locale.ROOT, " %7.3f", r.correlation()[a][b]));
                s.append('\n');
            }
        }
        s.append("Singular values of the weighted sensitivity matrix:");
        for (double v : r.singularValues()) s.append(' ').append(Numbers.format(v, 3));
        s.append('\n');
        for (String w : r.warnings()) s.append("warning: ").append(w).append('\n');
        return s.toString();
    }

    /** sweep, data, model, residual. */
    public static void fitCsv(Path file, ForwardModel forward, double[] x, double[] data, double[] model) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.println(header(forward.sweep()) + "," + header("data " + forward.signal()) + "," + header("model " + forward.signal())
                    + "," + header("residual " + forward.signal()));
            for (int i = 0; i < x.length; i++) {
                w.printf(Locale.ROOT, "%.10g,%.10g,%.10g,%.10g%n", x[i], data == null ? Double.NaN : data[i], model[i],
                        data == null ? Double.NaN : data[i] - model[i]);
            }
            w.flush();
        });
    }

    /** The sensitivity table: sweep, then one column per parameter. */
    public static void sensitivityCsv(Path file, ForwardModel forward, double[] x, List<String> parameters, double[][] s) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            StringBuilder h = new StringBuilder(header(forward.sweep()));
            for (String p : parameters) h.append(",S_").append(p.replace(',', '_'));
            w.println(h);
            for (int i = 0; i < x.length; i++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%.10g", x[i]));
                for (int j = 0; j < parameters.size(); j++) row.append(String.format(Locale.ROOT, ",%.8g", s[i][j]));
                w.println(row);
            }
            w.flush();
        });
    }

    /** "frequency (Hz)" → "frequency [Hz]", the units-in-brackets form the data reader accepts. */
    private static String header(String label) {
        return label.replace('(', '[').replace(')', ']');
    }

    /** Data and fit (top), residuals (bottom), against the sweep on a log axis. */
    public static void fitPng(Path file, String title, ForwardModel forward, double[] x, double[] data, double[] model,
                              double[] sigma, String modelLabel) throws IOException {
        double xs = forward.sweep().startsWith("delay") ? 1e9 : 1;
        String xLabel = forward.sweep().startsWith("delay") ? "delay (ns)" : "frequency (Hz)";
        XYChart top = chart(title, xLabel, forward.signal(), 900, 480);
        List<Double> xv = list(x, xs);
        if (data != null) {
            XYSeries d = top.addSeries("data", xv, list(data, 1));
            d.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            d.setMarker(SeriesMarkers.CIRCLE);
            d.setMarkerColor(Color.BLACK);
        }
        XYSeries m = top.addSeries(modelLabel, xv, list(model, 1));
        m.setMarker(SeriesMarkers.NONE);
        m.setLineColor(new Color(200, 40, 40));
        BufferedImage upper = BitmapEncoder.getBufferedImage(top);
        BufferedImage lower = null;
        if (data != null) {
            XYChart bottom = chart(null, xLabel, "residual " + forward.signal(), 900, 260);
            double[] res = new double[x.length];
            for (int i = 0; i < x.length; i++) res[i] = data[i] - model[i];
            XYSeries r = bottom.addSeries("data − model", xv, list(res, 1));
            r.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            r.setMarker(SeriesMarkers.CIRCLE);
            r.setMarkerColor(Color.BLACK);
            double[] plus = new double[x.length];
            double[] minus = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                plus[i] = sigma[i];
                minus[i] = -sigma[i];
            }
            XYSeries p = bottom.addSeries("±1σ stated noise", xv, list(plus, 1));
            p.setMarker(SeriesMarkers.NONE);
            p.setLineColor(Color.GRAY);
            XYSeries q = bottom.addSeries(" ", xv, list(minus, 1));
            q.setMarker(SeriesMarkers.NONE);
            q.setLineColor(Color.GRAY);
            q.setShowInLegend(false);
            lower = BitmapEncoder.getBufferedImage(bottom);
        }
        BufferedImage image = new BufferedImage(900, upper.getHeight() + (lower == null ? 0 : lower.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.drawImage(upper, 0, 0, null);
        if (lower != null) g.drawImage(lower, 0, upper.getHeight(), null);
        g.dispose();
        AtomicFile.write(file, out -> ImageIO.write(image, "png", out));
    }

    /** Sensitivities against the sweep, one line per parameter. */
    public static void sensitivityPng(Path file, String title, ForwardModel forward, double[] x, List<String> parameters,
                                      double[][] s) throws IOException {
        double xs = forward.sweep().startsWith("delay") ? 1e9 : 1;
        String xLabel = forward.sweep().startsWith("delay") ? "delay (ns)" : "frequency (Hz)";
        String yLabel = forward.relative() ? "S = ∂ln(ratio)/∂ln(p)" : "S = ∂φ/∂ln(p) (deg)";
        XYChart c = chart(title, xLabel, yLabel, 900, 560);
        List<Double> xv = list(x, xs);
        for (int j = 0; j < parameters.size(); j++) {
            double[] col = new double[x.length];
            for (int i = 0; i < x.length; i++) col[i] = s[i][j];
            XYSeries series = c.addSeries(parameters.get(j), xv, list(col, 1));
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(c, out, BitmapEncoder.BitmapFormat.PNG));
    }

    /** The fit as JSON. */
    public static void json(Path file, String name, FitResult r, ForwardModel forward) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("name", name);
        root.put("model", forward.name());
        root.put("signal", forward.signal());
        root.put("points", r.points());
        root.put("iterations", r.iterations());
        root.put("chiSquare", r.chiSquare());
        root.put("reducedChiSquare", r.reducedChiSquare());
        ArrayNode params = root.putArray("parameters");
        for (int j = 0; j < r.parameters().size(); j++) {
            ObjectNode p = params.addObject();
            p.put("name", r.parameters().get(j));
            p.put("value", r.values()[j]);
            p.put("unit", r.model().unit(r.parameters().get(j)));
            p.put("relativeSigma", r.sigmaLog()[j]);
            p.put("low95", r.low()[j]);
            p.put("high95", r.high()[j]);
        }
        ArrayNode corr = root.putArray("correlation");
        for (double[] row : r.correlation()) {
            ArrayNode a = corr.addArray();
            for (double v : row) a.add(v);
        }
        ArrayNode sv = root.putArray("singularValues");
        for (double v : r.singularValues()) sv.add(v);
        ArrayNode w = root.putArray("warnings");
        for (String s : r.warnings()) w.add(s);
        AtomicFile.write(file, out -> json.writeValue(out, root));
    }

    private static XYChart chart(String title, String x, String y, int width, int height) {
        XYChartBuilder b = new XYChartBuilder().width(width).height(height).xAxisTitle(x).yAxisTitle(y);
        if (title != null) b.title(title);
        XYChart c = b.build();
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesVisible(true);
        c.getStyler().setMarkerSize(6);
        return c;
    }

    private static List<Double> list(double[] a, double scale) {
        List<Double> l = new ArrayList<>(a.length);
        for (double v : a) l.add(v * scale);
        return l;
    }
}
