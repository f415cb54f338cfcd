package org.kapitza.io.report;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.SteadyResult;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;

/**
 * The junction-to-ambient resistance of a layer stack and its parts along the heat path, in K/W, every
 * row oriented from the junction towards ambient.
 *
 * <p>Definitions (JEDEC JESD51-1 and JESD51-14): the junction temperature T_J is the hottest point of the
 * body (the hottest cell or boundary surface, which for a power map is a point of the die's active face);
 * θ_JA = (T_J − T_A)/P with T_A the ambient (the one temperature of the case's convection and fixed-temperature
 * boundaries) and P the power dissipated; θ_JC = (T_J − T_C)/P with T_C the mean temperature of a named case
 * surface. The heat path runs from the junction's layer to the layer through which the heat leaves. Its parts,
 * each ΔT over the heat Q that crosses it:
 * <ul>
 *   <li>{@code hot-spot}: T_J over the mean of the face where the heat enters the junction's layer;</li>
 *   <li>{@code layer}: the mean of a layer's entry face over the mean of its exit face (as {@link LayerReport});</li>
 *   <li>{@code interface}: the area-mean jump across a declared interface, over the heat crossing it;</li>
 *   <li>{@code spreading}: at a contact, the exit-face mean of the upper layer, less the interface jump, over the
 *       entry-face mean of the next layer: the constriction and spreading where footprints differ;</li>
 *   <li>{@code ambient}: the exit-face mean of the last layer over T_A: 1/(hA) for uniform convection.</li>
 * </ul>
 * The temperature differences telescope to T_J − T_A. The resistances add up to θ_JA when all of P crosses
 * every part; where heat leaves by another path they do not, and {@link #addsUp()} says so. The spreading
 * resistance is what remains of θ_JA after the layers, interfaces and the ambient row; the check compares it
 * with the sum of the explicit spreading and hot-spot rows (0.1 %).
 *
 * @param power         P, the heat generated or entering (W)
 * @param junction      T_J (K)
 * @param junctionLayer the layer holding it
 * @param ambient       T_A (K)
 * @param thetaJA       (T_J − T_A)/P (K/W)
 * @param caseSurface   the named case surface, or null
 * @param caseMean      T_C, its mean temperature (K), or NaN
 * @param thetaJC       (T_J − T_C)/P (K/W), or NaN
 * @param rows          the parts along the heat path
 * @param sumOfParts    Σ of the rows' resistances (K/W)
 * @param spreading     θ_JA − Σ of the layer, interface and ambient rows: the spreading resistance (K/W)
 * @param mismatch      |Σ of parts − θ_JA| / θ_JA
 * @param addsUp        whether the mismatch is at most 0.1 %
 */
public record ResistanceBudget(double power, double junction, String junctionLayer, double ambient, double thetaJA,
                               String caseSurface, double caseMean, double thetaJC, List<Row> rows, double sumOfParts,
                               double spreading, double mismatch, boolean addsUp) {
    /** Parts must add up to the total within this fraction. */
    public static final double TOLERANCE = 1e-3;

    /**
     * One part of the heat path.
     *
     * @param kind       {@code hot-spot}, {@code layer}, {@code interface}, {@code spreading} or {@code ambient}
     * @param name       the layer, interface ({@code upper|lower}) or surface
     * @param deltaT     its temperature drop along the path (K)
     * @param heat       the heat crossing it (W)
     * @param resistance deltaT / heat (K/W)
     * @param cumulative Σ of the resistances from the junction to here (K/W)
     */
    public record Row(String kind, String name, double deltaT, double heat, double resistance, double cumulative) {
    }

    /**
     * The budget of a solved 3D layer stack, or null when it has none: no heat, no single ambient, or no path
     * from the junction's layer to the layer the heat leaves by.
     *
     * @param ambient     T_A (K), or NaN when the boundaries hold several temperatures
     * @param caseSurface {@code <layer>.top} or {@code <layer>.bottom}, or null
     * @param declared    the names of the declared interfaces' region pairs, as "a|b" either way round
     */
    public static ResistanceBudget of(SteadyResult r, double ambient, String caseSurface, java.util.Set<String> declared) {
        Mesh m = r.mesh();
        double p = r.energyBalance().heatIn();
        if (!(p > 0) || !Double.isFinite(ambient) || m.grid().dimension() != 3) return null;
        int nr = m.regionCount();
        double[] topA = new double[nr];
        double[] topT = new double[nr];
        double[] botA = new double[nr];
        double[] botT = new double[nr];
        double[] down = new double[nr];
        double[] outTop = new double[nr];
        double[] outBottom = new double[nr];
        // Contacts between consecutive layers (lower region id r below r+1 in a stack): area, heat down, Σ jump·area.
        double[] cA = new double[nr];
        double[] cQ = new double[nr];
        double[] cJ = new double[nr];
        boolean[] consecutive = new boolean[nr];
        java.util.Arrays.fill(consecutive, true);
        double tJ = Double.NEGATIVE_INFINITY;
        int jRegion = -1;
        for (int c = 0; c < m.cellCount(); c++) {
            if (m.isActive(c) && r.temperature(c) > tJ) {
                tJ = r.temperature(c);
                jRegion = m.region(c);
            }
        }
        int bStart = m.faceStart(FaceClass.BOUNDARY);
        for (int f = bStart; f < m.faceCount(); f++) {
            double t = r.surfaceTemperature(f);
            if (t > tJ) {
                tJ = t;
                jRegion = m.region(m.owner(f));
            }
        }
        for (int f = 0; f < m.faceCount(); f++) {
            if (m.axis(f) != 2) continue;
            double a = m.area(f);
            int o = m.owner(f);
            if (f >= bStart) {
                double t = r.surfaceTemperature(f);
                int reg = m.region(o);
                double q = r.boundaryOutflow(f);
                if (m.normalSign(f) > 0) {
                    topA[reg] += a;
                    topT[reg] += a * t;
                    outTop[reg] += q;
                } else {
                    botA[reg] += a;
                    botT[reg] += a * t;
                    outBottom[reg] += q;
                    down[reg] += q;
                }
                continue;
            }
            int n = m.neighbour(f);
            int below = m.region(o);
            int above = m.region(n);
            if (below == above) continue;
            double[] t = r.sideTemperatures(f);
            double q = r.faceFlow(f); // upward
            topA[below] += a;
            topT[below] += a * t[0];
            botA[above] += a;
            botT[above] += a * t[1];
            down[above] -= q;
            if (above != below + 1) {
                consecutive[below] = false;
                continue;
            }
            cA[below] += a;
            cQ[below] -= q;
            cJ[below] += a * (t[1] - t[0]);
        }
        // The layer the heat leaves by: the largest outflow, through its top or its bottom.
        int sink = -1;
        double best = 0;
        boolean sinkBottom = true;
        for (int reg = 0; reg < nr; reg++) {
            if (outBottom[reg] > best) {
                best = outBottom[reg];
                sink = reg;
                sinkBottom = true;
            }
            if (outTop[reg] > best) {
                best = outTop[reg];
                sink = reg;
                sinkBottom = false;
            }
        }
        if (sink < 0 || jRegion < 0) return null;
        boolean downward = sink < jRegion || sink == jRegion && sinkBottom;
        int step = downward ? -1 : 1;
        for (int reg = Math.min(sink, jRegion); reg < Math.max(sink, jRegion); reg++) {
            if (!consecutive[reg] || cA[reg] == 0) return null; // not one stack from junction to sink
        }
        List<Row> rows = new ArrayList<>();
        double cumulative = 0;
        double entryMean = downward ? topT[jRegion] / topA[jRegion] : botT[jRegion] / botA[jRegion];
        cumulative = add(rows, "hot-spot", m.regionName(jRegion) + (downward ? ".top" : ".bottom"), tJ - entryMean, p, cumulative);
        for (int reg = jRegion; ; reg += step) {
            double top = topT[reg] / topA[reg];
            double bot = botT[reg] / botA[reg];
            // The heat through the layer: what leaves by its exit face (into the next layer, or out of the body).
            double heat = downward ? down[reg] : reg == sink ? outTop[reg] : -cQ[reg];
            double drop = downward ? top - bot : bot - top;
            cumulative = add(rows, "layer", m.regionName(reg), drop, heat, cumulative);
            if (reg == sink) {
                double exit = downward ? bot : top;
                cumulative = add(rows, "ambient", m.regionName(reg) + (downward ? ".bottom" : ".top"), exit - ambient,
                        downward ? outBottom[reg] : outTop[reg], cumulative);
                break;
            }
            int next = reg + step;
            int contact = Math.min(reg, next); // contact index: the lower region's
            double jump = cJ[contact] / cA[contact]; // T_upper − T_lower
            double q = cQ[contact]; // downward
            double alongJump = downward ? jump : -jump;
            double alongQ = downward ? q : -q;
            String upper = m.regionName(contact + 1);
            String lower = m.regionName(contact);
            String pair = downward ? upper + "|" + lower : lower + "|" + upper;
            if (declared.contains(upper + "|" + lower) || declared.contains(lower + "|" + upper)) {
                cumulative = add(rows, "interface", pair, alongJump, alongQ, cumulative);
            }
            double exitMean = downward ? bot : top;
            double nextEntry = downward ? topT[next] / topA[next] : botT[next] / botA[next];
            double spread = exitMean - alongJump - nextEntry;
            // A contact where the footprints agree has no spreading: its ΔT is round-off of the temperatures.
            if (Math.abs(spread) > 1e-9 * Math.abs(tJ - ambient)) cumulative = add(rows, "spreading", pair, spread, alongQ, cumulative);
        }
        double thetaJA = (tJ - ambient) / p;
        double oneD = 0;
        double spreadRows = 0;
        for (Row row : rows) {
            if (row.kind().equals("hot-spot") || row.kind().equals("spreading")) spreadRows += row.resistance();
            else oneD += row.resistance();
        }
        double spreading = thetaJA - oneD;
        double mismatch = Math.abs(cumulative - thetaJA) / Math.abs(thetaJA);
        double caseMean = Double.NaN;
        if (caseSurface != null) {
            int dot = caseSurface.lastIndexOf('.');
            int reg = m.regionId(caseSurface.substring(0, dot));
            boolean isTop = caseSurface.endsWith(".top");
            caseMean = isTop ? topT[reg] / topA[reg] : botT[reg] / botA[reg];
        }
        return new ResistanceBudget(p, tJ, m.regionName(jRegion), ambient, thetaJA, caseSurface, caseMean, (tJ - caseMean) / p,
                List.copyOf(rows), cumulative, spreading, mismatch,
                mismatch <= TOLERANCE && Math.abs(spreading - spreadRows) <= TOLERANCE * Math.abs(thetaJA));
    }

    private static double add(List<Row> rows, String kind, String name, double deltaT, double heat, double cumulative) {
        double res = deltaT / heat;
        rows.add(new Row(kind, name, deltaT, heat, res, cumulative + res));
        return cumulative + res;
    }
}
