package org.kapitza.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.AtomicFile;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes summary.json (steady or transient), interfaces.csv, profile.csv and profile.png, each atomically. */
public final class ReportFiles {
    /** JSON has no NaN or Infinity: an undetermined or infinite number is written as null. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("finite-or-null")
                    .addSerializer(Double.class, new FiniteOrNull())
                    .addSerializer(double.class, new FiniteOrNull()))
            .build();

    private static final class FiniteOrNull extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        FiniteOrNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, com.fasterxml.jackson.core.JsonGenerator g,
                              com.fasterxml.jackson.databind.SerializerProvider p) throws IOException {
            if (v == null || !Double.isFinite(v)) g.writeNull();
            else g.writeNumber(v);
        }
    }

    private ReportFiles() {
    }

    /** Any report as indented JSON, written atomically, with undetermined or infinite numbers as null. */
    public static void json(Path file, Object report) throws IOException {
        AtomicFile.write(file, out -> JSON.writeValue(new NonClosing(out), report));
    }

    /** summary.json's content as a tree, without writing it: what parameter studies read responses from. */
    public static com.fasterxml.jackson.databind.JsonNode summaryTree(Object report) {
        return JSON.valueToTree(report);
    }

    public static void summaryJson(Path file, RunReport report) throws IOException {
        AtomicFile.write(file, out -> JSON.writeValue(new NonClosing(out), report));
    }

    public static void summaryJson(Path file, TransientReport report) throws IOException {
        AtomicFile.write(file, out -> JSON.writeValue(new NonClosing(out), report));
    }

    /** blocks.csv: one row per floorplan block, its power and the mean and maximum temperature of its face. */
    public static void blocksCsv(Path file, List<BlockReport> blocks) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = writer(out);
            w.println("block,surface,area_m2,power_W,mean_K,max_K");
            for (BlockReport b : blocks) {
                w.printf(Locale.ROOT, "%s,%s,%s,%s,%s,%s%n", csv(b.block()), csv(b.surface()), num(b.area()), num(b.power()),
                        num(b.mean()), num(b.max()));
            }
            w.flush();
        });
    }

    /**
     * {@code <name>.steady} in HotSpot's format, for scripts that read HotSpot's output: one line per block,
     * {@code name<TAB>temperature} (K), the block's mean temperature, in floorplan order.
     */
    public static void hotspotSteady(Path file, List<BlockReport> blocks) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = writer(out);
            for (BlockReport b : blocks) w.printf(Locale.ROOT, "%s\t%.2f%n", b.block(), b.mean());
            w.flush();
        });
    }

    /**
     * {@code <name>.ttrace} in HotSpot's transient-trace format: a header of block names, then one row per output
     * time of the blocks' mean temperatures (K), tab-separated, as HotSpot writes it (no time column: row i is the
     * i-th output time, as listed in the run's {@code .pvd}; HotSpot's rows are one per sampling interval).
     *
     * @param rows {time, mean of each block} per output time (the time is not written)
     */
    public static void hotspotTtrace(Path file, List<String> blocks, List<double[]> rows) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = writer(out);
            w.println(String.join("\t", blocks));
            for (double[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i < row.length; i++) line.append(i > 1 ? "\t" : "").append(String.format(Locale.ROOT, "%.2f", row[i]));
                w.println(line);
            }
            w.flush();
        });
    }

    /** summary.json of a run on a Gmsh mesh. */
    public static void summaryJson(Path file, GmshReport report) throws IOException {
        AtomicFile.write(file, out -> JSON.writeValue(new NonClosing(out), report));
    }

    private static final String INTERFACES_HEADER = "kind,name,region_a,region_b,area_m2,heat_flow_W,mean_jump_K,max_jump_K,"
            + "R_area_m2K_per_W,h_W_per_m2K,model,cutoff";

    private static void interfaceRows(PrintWriter w, List<SteadyResult.InterfaceStats> interfaces) {
        for (SteadyResult.InterfaceStats i : interfaces) {
            w.printf(Locale.ROOT, "interface,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%n", csv(i.name()), csv(i.regionA()),
                    csv(i.regionB()), num(i.area()), num(i.heatFlow()), num(i.meanJump()), num(i.maxJump()),
                    num(i.resistanceArea()), num(i.h()), csv(i.model()), csv(orEmpty(i.cutoff())));
        }
    }

    /**
     * {@code interfaces.csv} of a run on a Gmsh mesh: the same columns as a grid run's; the grain boundaries,
     * when the mesh has any, as one row of totals (faces of all regions together: area, heat crossing, mean jump,
     * and the R·A and h those imply).
     */
    public static void interfacesCsv(Path file, GmshReport r) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = writer(out);
            w.println(INTERFACES_HEADER);
            interfaceRows(w, r.interfaces());
            GmshReport.GrainBoundaries g = r.grainBoundaries();
            if (g != null && g.faces() > 0) {
                // R·A as the grid reports it for a region's boundaries: mean jump over mean flux q/A.
                double ra = g.meanJump() * g.area() / g.heatCrossing();
                w.printf(Locale.ROOT, "grain-boundaries,%s,,,%s,%s,%s,,%s,%s,,%n", csv("grain boundaries"), num(g.area()),
                        num(g.heatCrossing()), num(g.meanJump()), num(ra), num(1 / ra));
            }
            w.flush();
        });
    }

    public static void interfacesCsv(Path file, RunReport r) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = writer(out);
            w.println(INTERFACES_HEADER);
            interfaceRows(w, r.interfaces());
            // A material pair's rows span several region pairs: no region columns; its model is its interfaces'
            // (each distinct one, joined by "; "), its cutoff theirs.
            for (SteadyResult.MaterialPairStats p : r.materialPairs()) {
                w.printf(Locale.ROOT, "material-pair,%s,,,%s,%s,%s,%s,%s,%s,%s,%s%n", csv(p.name()), num(p.area()),
                        num(p.heatFlow()), num(p.meanJump()), num(p.maxJump()), num(p.resistanceArea()), num(p.h()),
                        csv(String.join("; ", p.models())), csv(orEmpty(p.cutoff())));
            }
            for (SteadyResult.GrainBoundaryStats g : r.grainBoundaries()) {
                w.printf(Locale.ROOT, "grain-boundaries,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%n", csv("grain boundaries of "
                        + g.region()), csv(g.region()), csv(g.region()), num(g.trueArea()), num(g.heatCrossing()),
                        num(g.meanJump()), num(g.maxJump()), num(1 / g.h()), num(g.h()), csv(g.model()),
                        csv(orEmpty(g.cutoff())));
            }
            w.flush();
        });
    }

    public static void profileCsv(Path file, Profile p) throws IOException {
        AtomicFile.write(file, out -> {
            PrintWriter w = writer(out);
            w.println("position_m,T_K,kind");
            for (Profile.Point pt : p.points()) {
                w.printf(Locale.ROOT, "%.10g,%s,%s%n", pt.position(), Double.isNaN(pt.temperature()) ? "" :
                        String.format(Locale.ROOT, "%.10g", pt.temperature()), pt.kind());
            }
            w.flush();
        });
    }

    /** The temperature along the profile line; jumps at interfaces show as vertical steps. */
    public static void profilePng(Path file, Profile p, String title) throws IOException {
        ProfilePlot.write(file, p, title);
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** A CSV number, or an empty field where it is undetermined or infinite (a perfect contact's h). */
    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.10g", v) : "";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Jackson closes the stream it writes to; AtomicFile closes it itself. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
