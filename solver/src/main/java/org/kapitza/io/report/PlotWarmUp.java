package org.kapitza.io.report;

import java.io.OutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Prepares the plotting machinery on a background thread while the case is read and solved. The first PNG
 * of a process pays for Java 2D's start (fonts, the Marlin rasteriser, the PNG encoder) and for loading the
 * chart library: about a third of a second on a quiet machine, most of a small case's output phase. Drawn on
 * the second core while the first parses, meshes and solves, it is paid before it is needed.
 *
 * <p>The warm-up draws a throw-away chart into memory and writes nothing; if it fails (no fonts on a minimal
 * system, say) it stays silent, and the real plot then reports the problem where it can name the file.
 */
public final class PlotWarmUp {
    private PlotWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once (not with -Dkapitza.plot.warmup=false, for timing it). */
    public static void startInBackground() {
        if (!Boolean.parseBoolean(System.getProperty("kapitza.plot.warmup", "true"))) return;
        Thread t = new Thread(PlotWarmUp::draw, "kapitza-plot-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void draw() {
        try {
            XYChart chart = new XYChartBuilder().width(320).height(200).title("warm-up").xAxisTitle("x (m)")
                    .yAxisTitle("T (K)").build();
            chart.addSeries("T", new double[] {0, 0.5, 1}, new double[] {300, 350, 400});
            BitmapEncoder.saveBitmap(chart, OutputStream.nullOutputStream(), BitmapEncoder.BitmapFormat.PNG);
        } catch (Throwable ignored) {
            // Only a head start: the real plot reports what went wrong, naming its file.
        }
    }
}
