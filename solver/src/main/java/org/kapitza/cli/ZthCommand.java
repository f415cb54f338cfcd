package org.kapitza.cli;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kapitza.io.AtomicFile;
import org.kapitza.io.casefile.Case;
import org.kapitza.zth.CauerNetwork;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kapitza zth}: the transient thermal impedance Zth(t) of a power step and its cumulative structure
 * function; with {@code --compare}, a second run (JESD51-14's second interface) and θ_JC where the two structure
 * functions separate.
 */
@Command(name = "zth", mixinStandardHelpOptions = true,
        description = "Transient thermal impedance Zth(t) of a power step, its Foster fit and cumulative structure function"
                + " (JESD51-14); with --compare a dual-interface run and θ_JC where the structure functions separate.")
final class ZthCommand implements Callable<Integer> {
    private static final Color[] COLOURS = {new Color(0xB22222), new Color(0x1F5FAF)};

    @Parameters(index = "0", paramLabel = "CASE", description = "a steady case file with heat capacities for every material")
    Path caseFile;

    @Option(names = "--block", description = "step this floorplan block's power only (default: all the case's power)")
    String block;

    @Option(names = "--from", description = "first sample time in s (default ${DEFAULT-VALUE})", defaultValue = "1e-6")
    double from;

    @Option(names = "--to", description = "last sample time in s (default ${DEFAULT-VALUE})", defaultValue = "100")
    double to;

    @Option(names = "--per-decade", description = "samples and Foster time constants per decade (default ${DEFAULT-VALUE})",
            defaultValue = "10")
    int perDecade;

    @Option(names = "--tolerance", description = "local error per time step in K (default ${DEFAULT-VALUE})", defaultValue = "1e-3")
    double tolerance;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a case-file value (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--compare", paramLabel = "KEY=VALUE", description = "a second run with these overrides too (e.g. the"
            + " TIM's conductivity), for the dual-interface θ_JC (repeatable)")
    List<String> compare = new ArrayList<>();

    @Option(names = "--epsilon", description = "relative difference of R_Σ at equal C_Σ at which the structure functions separate"
            + " (default ${DEFAULT-VALUE})", defaultValue = "0.1")
    double epsilon;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "directory for zth.csv, zth.png, structure.csv,"
            + " structure.png (default: results/<name>-zth)")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Settings settings = Settings.load();
        settings.validate();
        org.kapitza.linalg.Parallel.setShared(settings.threads());
        Pipeline pipeline = new Pipeline(settings);
        Case kase = pipeline.prepare(caseFile, sets);
        Path out = output != null ? output : Path.of("results", kase.name() + "-zth");
        Pipeline.checkWritable(out);
        List<ThermalImpedance.Curve> curves = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        curves.add(ThermalImpedance.measure(kase, block, from, to, perDecade, tolerance));
        labels.add(kase.name());
        if (!compare.isEmpty()) {
            List<String> second = new ArrayList<>(sets);
            second.addAll(compare);
            curves.add(ThermalImpedance.measure(pipeline.prepare(caseFile, second), block, from, to, perDecade, tolerance));
            labels.add(String.join(", ", compare));
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%nTransient thermal impedance of %s%s%n", kase.name(), block == null ? "" : " (block " + block + ")");
        for (int k = 0; k < curves.size(); k++) {
            ThermalImpedance.Curve c = curves.get(k);
            double last = c.zth()[c.zth().length - 1];
            o.printf(Locale.ROOT, "  %s: P = %.5g W, T_A = %.4f K; Zth(%.3g s) = %.5g K/W, steady θ_JA = %.5g K/W (%.2f %% reached);"
                            + " Foster fit: %d terms, Σ R = %.5g K/W; Cauer: %d stages%n", labels.get(k), c.power(), c.ambient(), to,
                    last, c.steadyTheta(), 100 * last / c.steadyTheta(), c.foster().resistances().length, c.foster().total(),
                    c.cauer().resistances().length);
        }
        double thetaJC = Double.NaN;
        if (curves.size() == 2) {
            thetaJC = ThermalImpedance.separation(curves.get(0).cauer(), curves.get(1).cauer(), epsilon);
            o.printf(Locale.ROOT, "  the structure functions separate (R_Σ apart by more than %.0f %% at equal C_Σ) at R_Σ ="
                    + " %.5g K/W: θ_JC by the dual-interface method%n", 100 * epsilon, thetaJC);
        }
        writeZth(out.resolve("zth.csv"), curves);
        writeStructure(out.resolve("structure.csv"), curves);
        zthPng(out.resolve("zth.png"), curves, labels, kase.name());
        structurePng(out.resolve("structure.png"), curves, labels, kase.name(), thetaJC);
        o.println("Results in " + out.toAbsolutePath().normalize() + ": zth.csv, zth.png, structure.csv, structure.png");
        o.flush();
        return Main.OK;
    }

    private static void writeZth(Path file, List<ThermalImpedance.Curve> curves) throws IOException {
        AtomicFile.write(file, os -> {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
            StringBuilder h = new StringBuilder("time_s");
            for (int k = 0; k < curves.size(); k++) h.append(",zth").append(k + 1).append("_K_per_W,foster").append(k + 1).append("_K_per_W");
            w.println(h);
            double[] t = curves.get(0).times();
            for (int i = 0; i < t.length; i++) {
                w.print(num(t[i]));
                for (ThermalImpedance.Curve c : curves) w.print("," + num(c.zth()[i]) + "," + num(c.foster().zth(t[i])));
                w.println();
            }
            w.flush();
        });
    }

    private static void writeStructure(Path file, List<ThermalImpedance.Curve> curves) throws IOException {
        AtomicFile.write(file, os -> {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
            w.println("curve,stage,R_K_per_W,C_J_per_K,R_cumulative_K_per_W,C_cumulative_J_per_K");
            for (int k = 0; k < curves.size(); k++) {
                CauerNetwork c = curves.get(k).cauer();
                double[] rs = c.cumulativeResistance();
                double[] cs = c.cumulativeCapacitance();
                for (int i = 0; i < rs.length; i++) {
                    w.printf(Locale.ROOT, "%d,%d,%s,%s,%s,%s%n", k + 1, i + 1, num(c.resistances()[i]), num(c.capacitances()[i]),
                            num(rs[i]), num(cs[i]));
                }
            }
            w.flush();
        });
    }

    private static void zthPng(Path file, List<ThermalImpedance.Curve> curves, List<String> labels, String name) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(name + ": transient thermal impedance of a power step")
                .xAxisTitle("t (s)").yAxisTitle("Zth (K/W)").build();
        style(chart);
        chart.getStyler().setXAxisLogarithmic(true);
        for (int k = 0; k < curves.size(); k++) {
            ThermalImpedance.Curve c = curves.get(k);
            XYSeries s = chart.addSeries("Zth " + labels.get(k), c.times(), c.zth());
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(COLOURS[k]);
            s.setMarkerColor(COLOURS[k]);
            double[] fit = new double[c.times().length];
            for (int i = 0; i < fit.length; i++) fit[i] = c.foster().zth(c.times()[i]);
            XYSeries f = chart.addSeries("Foster fit " + labels.get(k), c.times(), fit);
            f.setMarker(SeriesMarkers.NONE);
            f.setLineColor(Color.DARK_GRAY);
            XYSeries st = chart.addSeries("steady θ_JA " + labels.get(k), new double[] {c.times()[0], c.times()[c.times().length - 1]},
                    new double[] {c.steadyTheta(), c.steadyTheta()});
            st.setMarker(SeriesMarkers.NONE);
            st.setLineColor(COLOURS[k].brighter());
            st.setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
        }
        org.kapitza.io.report.AxisLabels.plain(chart);
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    private static void structurePng(Path file, List<ThermalImpedance.Curve> curves, List<String> labels, String name,
                                     double thetaJC) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(name + ": cumulative structure function")
                .xAxisTitle("cumulative thermal resistance R_Σ (K/W)").yAxisTitle("cumulative thermal capacitance C_Σ (J/K)").build();
        style(chart);
        chart.getStyler().setYAxisLogarithmic(true);
        double cMin = Double.POSITIVE_INFINITY;
        double cMax = 0;
        for (int k = 0; k < curves.size(); k++) {
            CauerNetwork c = curves.get(k).cauer();
            // The step function: C_Σ holds from R_Σ(i−1) to R_Σ(i).
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            double[] rs = c.cumulativeResistance();
            double[] cs = c.cumulativeCapacitance();
            double r0 = 0;
            for (int i = 0; i < rs.length; i++) {
                x.add(r0);
                y.add(cs[i]);
                x.add(rs[i]);
                y.add(cs[i]);
                r0 = rs[i];
                cMin = Math.min(cMin, cs[i]);
                cMax = Math.max(cMax, cs[i]);
            }
            XYSeries s = chart.addSeries(labels.get(k), x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(COLOURS[k]);
        }
        if (Double.isFinite(thetaJC)) {
            XYSeries s = chart.addSeries(String.format(Locale.ROOT, "separation: θ_JC = %.4g K/W", thetaJC),
                    new double[] {thetaJC, thetaJC}, new double[] {cMin, cMax});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Color.BLACK);
        }
        org.kapitza.io.report.AxisLabels.plain(chart);
        AtomicFile.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    private static void style(XYChart chart) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.10g", v) : "";
    }
}
