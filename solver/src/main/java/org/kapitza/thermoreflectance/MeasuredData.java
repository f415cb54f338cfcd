package org.kapitza.thermoreflectance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.InputException;
import org.kapitza.io.units.Units;

/**
 * A measured sweep read from CSV: a header naming the columns with their units in brackets or
 * parentheses ({@code frequency [MHz], phase [deg]}; {@code delay (ps), ratio}) or after an underscore
 * ({@code frequency_Hz, phase_deg}, as a harmonic run's {@code harmonic.csv} has them), then one row of numbers
 * per point; blank lines and lines starting with {@code #} are skipped. A column without a unit is SI
 * (Hz, s, and for phase degrees). Any further columns are ignored.
 *
 * @param x      the swept variable in SI (Hz or s), increasing order not required
 * @param y      the signal: FDTR phase in degrees, or the TDTR ratio −V_in/V_out
 * @param source the file, for messages
 */
public record MeasuredData(double[] x, double[] y, Path source) {

    /** The swept and measured columns an FDTR or TDTR file must have. */
    public enum Kind {
        FDTR("frequency", "Hz", "phase", "deg"), TDTR("delay", "s", "ratio", "1");

        final String xName;
        final String xUnit;
        final String yName;
        final String yUnit;

        Kind(String xName, String xUnit, String yName, String yUnit) {
            this.xName = xName;
            this.xUnit = xUnit;
            this.yName = yName;
            this.yUnit = yUnit;
        }
    }

    /** Reads a data file; every mistake names the file, line and column. */
    public static MeasuredData read(Path file, Kind kind) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage());
        }
        int xCol = -1;
        int yCol = -1;
        double xScale = 1;
        double yScale = 1;
        List<double[]> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cells = line.split(",", -1);
            if (xCol < 0) {
                List<String> names = new ArrayList<>();
                for (int c = 0; c < cells.length; c++) {
                    String[] nu = nameAndUnit(cells[c]);
                    names.add(nu[0]);
                    if (nu[0].equals(kind.xName)) {
                        xCol = c;
                        xScale = scale(file, n + 1, cells[c], nu[1], kind.xUnit);
                    } else if (nu[0].equals(kind.yName)) {
                        yCol = c;
                        yScale = scale(file, n + 1, cells[c], nu[1], kind.yUnit);
                    }
                }
                if (xCol < 0 || yCol < 0) {
                    throw new InputException(file + ":" + (n + 1) + ": the header must name columns '" + kind.xName
                            + "' and '" + kind.yName + "' with units, e.g. '" + kind.xName + " [" + (kind == Kind.FDTR ? "kHz" : "ps")
                            + "], " + kind.yName + (kind == Kind.FDTR ? " [deg]" : "") + "'; found: " + String.join(", ", names));
                }
                continue;
            }
            if (cells.length <= Math.max(xCol, yCol)) {
                throw new InputException(file + ":" + (n + 1) + ": " + cells.length + " values, but the header has columns up to "
                        + (Math.max(xCol, yCol) + 1));
            }
            double xv = number(file, n + 1, kind.xName, cells[xCol]) * xScale;
            double yv = number(file, n + 1, kind.yName, cells[yCol]) * yScale;
            if (!(xv > 0)) throw new InputException(file + ":" + (n + 1) + ": " + kind.xName + " " + cells[xCol].strip() + " must be positive");
            rows.add(new double[] {xv, yv});
        }
        if (xCol < 0) throw new InputException(file + ": no header and no data");
        if (rows.size() < 2) throw new InputException(file + ": " + rows.size() + " data rows; a fit needs more points than parameters");
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = rows.get(i)[0];
            y[i] = rows.get(i)[1];
        }
        return new MeasuredData(x, y, file);
    }

    /** "phase [deg]" → {"phase", "deg"}; "ratio" → {"ratio", ""}. */
    static String[] nameAndUnit(String cell) {
        String c = cell.strip();
        for (String[] br : new String[][] {{"[", "]"}, {"(", ")"}}) {
            int open = c.indexOf(br[0]);
            if (open > 0 && c.endsWith(br[1])) {
                return new String[] {c.substring(0, open).strip().toLowerCase(Locale.ROOT),
                                     c.substring(open + 1, c.length() - 1).strip()};
            }
        }
        // "phase_deg", "frequency_Hz": the name_unit form of Kapitza's own CSV files (harmonic.csv)
        int bar = c.indexOf('_');
        if (bar > 0) return new String[] {c.substring(0, bar).toLowerCase(Locale.ROOT), c.substring(bar + 1)};
        return new String[] {c.toLowerCase(Locale.ROOT), ""};
    }

    private static double scale(Path file, int line, String cell, String unit, String si) {
        if (unit.isEmpty() || unit.equals("1") || unit.equals("-")) return 1;
        try {
            return Units.toSI("1 " + unit, si);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ":" + line + ": column '" + cell.strip() + "': " + e.getMessage());
        }
    }

    private static double number(Path file, int line, String column, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(file + ":" + line + ": " + column + " '" + text.strip() + "' is not a finite number");
    }
}
