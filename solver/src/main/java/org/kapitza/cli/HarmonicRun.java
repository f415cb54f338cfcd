package org.kapitza.cli;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.kapitza.Numbers;
import org.kapitza.fv.GaussianSpot;
import org.kapitza.fv.HarmonicResult;
import org.kapitza.fv.HarmonicSolver;
import org.kapitza.io.AtomicFile;
import org.kapitza.io.casefile.Case;
import org.kapitza.io.casefile.CaseFile;
import org.kapitza.io.casefile.CaseFileReader;
import org.kapitza.io.vtk.CollectionWriter;
import org.kapitza.io.vtk.RectilinearGridWriter;
import org.kapitza.io.vtk.VtkArray;
import org.kapitza.io.vtk.VtkCompression;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.RectilinearGrid;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Runs a case's {@code harmonic} section: one complex solve per frequency ({@link HarmonicSolver}) under
 * a Gaussian spot on the top surface; writes the probe's amplitude and phase against frequency
 * ({@code harmonic.csv}, a Bode plot {@code harmonic.png}) and the amplitude and phase fields (one
 * {@code .vtr} per frequency in {@code <name>.pvd}, the frequency as the "time").
 */
final class HarmonicRun {
    private HarmonicRun() {
    }

    /** The section as bound, with its frequencies. */
    record Spec(double[] frequencies, double radius, double power, double x, double y, double probe) {
    }

    /** What the run did, for the terminal and the file list. */
    record Report(String table, List<String> files) {
    }

    /** The harmonic section of a case file, checked, or null when it has none. */
    static Spec spec(CaseFileReader.Located<CaseFile> at) {
        CaseFile.Harmonic h = at.value().harmonic();
        if (h == null) return null;
        if (at.value().transientRun() != null) throw at.error("harmonic", "a case is either transient or harmonic, not both");
        double[] f;
        if (h.frequencies() != null) {
            if (h.from() != null || h.to() != null || h.count() != null) {
                throw at.error("harmonic.frequencies", "give either frequencies or from/to/count, not both");
            }
            if (h.frequencies().isEmpty()) throw at.error("harmonic.frequencies", "give at least one frequency");
            f = h.frequencies().stream().mapToDouble(Double::doubleValue).toArray();
        } else {
            if (h.from() == null || h.to() == null || h.count() == null) {
                throw at.error("harmonic", "give frequencies: [...] or from, to and count (log-spaced)");
            }
            if (!(h.from() > 0) || !(h.to() > h.from())) throw at.error("harmonic.to", "need 0 < from < to");
            if (h.count() < 2 || h.count() > 1000) throw at.error("harmonic.count", "between 2 and 1000");
            f = new double[h.count()];
            for (int i = 0; i < f.length; i++) f[i] = h.from() * Math.pow(h.to() / h.from(), i / (double) (f.length - 1));
        }
        for (double v : f) if (!(v > 0) || !Double.isFinite(v)) throw at.error("harmonic.frequencies", "frequencies must be positive, got " + v);
        CaseFile.Spot s = h.spot();
        if (!(s.radius() > 0)) throw at.error("harmonic.spot.radius", "must be positive");
        double power = s.power() == null ? 1 : s.power();
        if (!(power > 0)) throw at.error("harmonic.spot.power", "must be positive");
        double x = Double.NaN;
        double y = Double.NaN;
        if (s.position() != null) {
            if (s.position().size() != 2) throw at.error("harmonic.spot.position", "give [x, y] on the top surface");
            x = s.position().get(0);
            y = s.position().get(1);
        }
        double probe = h.probe() == null ? s.radius() : h.probe();
        if (!(probe > 0)) throw at.error("harmonic.probe", "must be positive");
        return new Spec(f, s.radius(), power, x, y, probe);
    }

    /** Refuses a mesh the spot cannot heat. */
    static void checkMesh(Case kase) {
        if (kase.mesh().grid().dimension() != 3) {
            throw new org.kapitza.InputException("harmonic analysis heats the top (z max) surface: it needs a 3D mesh");
        }
    }

    static Report run(Case kase, Spec spec, Path out, boolean vtk, boolean compress, PrintStream log) throws IOException {
        Mesh mesh = kase.mesh();
        RectilinearGrid g = mesh.grid();
        checkMesh(kase);
        double x = Double.isNaN(spec.x()) ? 0.5 * (g.min(0) + g.max(0)) : spec.x();
        double y = Double.isNaN(spec.y()) ? 0.5 * (g.min(1) + g.max(1)) : spec.y();
        HarmonicSolver solver = new HarmonicSolver(kase.problem(), kase.solver().linearTolerance(),
                Math.max(1000, kase.solver().maxLinearIterations()));
        double[] pump = new GaussianSpot(x, y, spec.radius()).weights(mesh);
        double[] probe = new GaussianSpot(x, y, spec.probe()).weights(mesh);
        double[] qr = new double[pump.length];
        for (int c = 0; c < qr.length; c++) qr[c] = spec.power() * pump[c];
        double[] qi = new double[pump.length];
        double[] f = spec.frequencies();
        double[] amp = new double[f.length];
        double[] phase = new double[f.length];
        int[] its = new int[f.length];
        double[] imbalance = new double[f.length];
        double[] seconds = new double[f.length];
        List<String> files = new ArrayList<>();
        CollectionWriter pvd = new CollectionWriter();
        boolean[] active = new boolean[g.cellCount()];
        for (int c = 0; c < active.length; c++) active[c] = mesh.isActive(c);
        for (int i = 0; i < f.length; i++) {
            HarmonicResult r = solver.solve(2 * Math.PI * f[i], qr, qi);
            double[] t = solver.surfaceAverage(r, qr, qi, probe);
            amp[i] = Math.hypot(t[0], t[1]);
            phase[i] = Math.toDegrees(Math.atan2(t[1], t[0]));
            its[i] = r.iterations();
            imbalance[i] = r.energyImbalance();
            seconds[i] = r.setupSeconds() + r.solveSeconds();
            log.printf(Locale.ROOT, "harmonic %d/%d: %s Hz, %d %s iterations, energy imbalance %.1e%n", i + 1, f.length,
                    Numbers.format(f[i], 4), its[i], solver.linearised() ? "BiCGStab" : "COCG", imbalance[i]);
            if (vtk) {
                double[] a = new double[r.re().length];
                double[] p = new double[a.length];
                for (int c = 0; c < a.length; c++) {
                    a[c] = r.amplitude(c);
                    p[c] = Math.toDegrees(r.phase(c));
                }
                String name = String.format(Locale.ROOT, "%s_f%02d.vtr", kase.name(), i);
                Path file = out.resolve(name);
                new RectilinearGridWriter(g.nodes(0), g.nodes(1), g.nodes(2)).activeCells(active)
                        .compression(compress ? VtkCompression.ZLIB : VtkCompression.NONE)
                        .write(file, VtkArray.scalars("amplitude_K", a), VtkArray.scalars("phase_deg", p),
                                VtkArray.scalars("re_K", r.re()), VtkArray.scalars("im_K", r.im()));
                pvd.add(f[i], 0, file);
                files.add(name);
            }
        }
        if (vtk) {
            pvd.write(out.resolve(kase.name() + ".pvd"));
            files.add(kase.name() + ".pvd");
        }
        AtomicFile.write(out.resolve("harmonic.csv"), o -> {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8));
            w.println("frequency_Hz,amplitude_K,phase_deg,cocg_iterations,energy_imbalance,seconds");
            for (int i = 0; i < f.length; i++) {
                w.printf(Locale.ROOT, "%.10g,%.10g,%.10g,%d,%.3e,%.4f%n", f[i], amp[i], phase[i], its[i], imbalance[i], seconds[i]);
            }
            w.flush();
        });
        files.add("harmonic.csv");
        bode(out.resolve("harmonic.png"), kase.name(), f, amp, phase);
        files.add("harmonic.png");
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Harmonic analysis of %s: spot %s m (1/e²) of %s W at (%s, %s) m, probe %s m; %d cells%n",
                kase.name(), Numbers.format(spec.radius(), 4), Numbers.format(spec.power(), 4), Numbers.format(x, 4),
                Numbers.format(y, 4), Numbers.format(spec.probe(), 4), mesh.activeCellCount()));
        t.append(String.format(Locale.ROOT, "  %12s %14s %10s %6s %10s%n", "f (Hz)", "amplitude (K)", "phase (°)", "iter", "imbalance"));
        for (int i = 0; i < f.length; i++) {
            t.append(String.format(Locale.ROOT, "  %12.5g %14.6g %10.4f %6d %10.1e%n", f[i], amp[i], phase[i], its[i], imbalance[i]));
        }
        return new Report(t.toString(), files);
    }

    /** Amplitude (log-log) above phase (log frequency). */
    static void bode(Path file, String name, double[] f, double[] amp, double[] phase) throws IOException {
        List<Double> fx = new ArrayList<>();
        List<Double> a = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            fx.add(f[i]);
            a.add(amp[i]);
            p.add(phase[i]);
        }
        XYChart top = new XYChartBuilder().width(900).height(380).title(name + ": probe amplitude and phase")
                .xAxisTitle("frequency (Hz)").yAxisTitle("amplitude (K)").build();
        XYChart bottom = new XYChartBuilder().width(900).height(320).xAxisTitle("frequency (Hz)").yAxisTitle("phase (°)").build();
        for (XYChart c : new XYChart[] {top, bottom}) {
            c.getStyler().setXAxisLogarithmic(true);
            c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            c.getStyler().setPlotGridLinesVisible(true);
            c.getStyler().setLegendVisible(false);
        }
        top.getStyler().setYAxisLogarithmic(true);
        XYSeries s1 = top.addSeries("amplitude", fx, a);
        s1.setMarker(SeriesMarkers.CIRCLE);
        XYSeries s2 = bottom.addSeries("phase", fx, p);
        s2.setMarker(SeriesMarkers.CIRCLE);
        org.kapitza.io.report.AxisLabels.plain(bottom);
        BufferedImage upper = BitmapEncoder.getBufferedImage(top);
        BufferedImage lower = BitmapEncoder.getBufferedImage(bottom);
        BufferedImage image = new BufferedImage(900, upper.getHeight() + lower.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = image.createGraphics();
        gr.drawImage(upper, 0, 0, null);
        gr.drawImage(lower, 0, upper.getHeight(), null);
        gr.dispose();
        AtomicFile.write(file, o -> ImageIO.write(image, "png", o));
    }
}
