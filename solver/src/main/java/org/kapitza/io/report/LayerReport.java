package org.kapitza.io.report;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.SteadyResult;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;

/**
 * The thermal resistance of each region along z, as a chip or cryostat engineer reads a stack:
 * mean temperature of its top and bottom surfaces, the heat crossing its bottom, and
 * {@code R = (T_top − T_bottom) / Q} in K/W.
 *
 * @param region      region (layer) name
 * @param topMean     area-weighted mean temperature of the region's top faces, on its own side (K)
 * @param bottomMean  same for the bottom faces (K)
 * @param heatDown    heat leaving the region through its bottom faces (W)
 * @param resistance  (topMean − bottomMean) / heatDown (K/W); NaN when no heat crosses
 */
public record LayerReport(String region, double topMean, double bottomMean, double heatDown, double resistance) {

    /** One report per region that has both top and bottom faces. */
    public static List<LayerReport> of(SteadyResult r) {
        Mesh m = r.mesh();
        int nr = m.regionCount();
        double[] topA = new double[nr];
        double[] topT = new double[nr];
        double[] botA = new double[nr];
        double[] botT = new double[nr];
        double[] down = new double[nr];
        int bStart = m.faceStart(FaceClass.BOUNDARY);
        for (int f = 0; f < m.faceCount(); f++) {
            if (m.axis(f) != 2) continue;
            double a = m.area(f);
            int o = m.owner(f);
            if (f >= bStart) {
                double t = r.surfaceTemperature(f);
                int reg = m.region(o);
                if (m.normalSign(f) > 0) {
                    topA[reg] += a;
                    topT[reg] += a * t;
                } else {
                    botA[reg] += a;
                    botT[reg] += a * t;
                    down[reg] += r.boundaryOutflow(f);
                }
                continue;
            }
            int n = m.neighbour(f);
            if (m.region(o) == m.region(n)) continue;
            // Interior face between two regions: the owner lies below (−z), the neighbour above.
            double[] t = r.sideTemperatures(f);
            double q = r.faceFlow(f); // upward
            int below = m.region(o);
            int above = m.region(n);
            topA[below] += a;
            topT[below] += a * t[0];
            botA[above] += a;
            botT[above] += a * t[1];
            down[above] -= q;
        }
        List<LayerReport> out = new ArrayList<>();
        double heatScale = Math.max(Math.max(r.energyBalance().heatIn(), r.energyBalance().heatOut()), 1e-300);
        for (int reg = 0; reg < nr; reg++) {
            if (topA[reg] == 0 || botA[reg] == 0) continue;
            double tt = topT[reg] / topA[reg];
            double tb = botT[reg] / botA[reg];
            // Heat below round-off of the heat through the body: none crosses, and ΔT/Q is undetermined.
            double res = Math.abs(down[reg]) <= 1e-12 * heatScale ? Double.NaN : (tt - tb) / down[reg];
            out.add(new LayerReport(m.regionName(reg), tt, tb, down[reg], res));
        }
        return out;
    }
}
