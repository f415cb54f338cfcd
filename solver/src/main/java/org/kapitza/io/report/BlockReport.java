package org.kapitza.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.kapitza.fv.SteadyResult;
import org.kapitza.mesh.Mesh;

/**
 * The temperature of one floorplan block, as HotSpot reports blocks: the block's face of the layer (a
 * power map's blocks lie on the die's active face), its area-weighted mean and its maximum, and the
 * power it dissipates.
 *
 * @param block   block name
 * @param surface the layer surface it lies on, {@code die.top}
 * @param area    m²
 * @param power   heat entering the body through the block (W; a power map's block power)
 * @param mean    area-weighted mean surface temperature over the block (K)
 * @param max     highest surface temperature of a face of the block (K)
 */
public record BlockReport(String block, String surface, double area, double power, double mean, double max) {

    /** The blocks of every floorplan on the mesh (patches {@code <layer>.<top|bottom>.<block>}), in patch order. */
    public static List<BlockReport> of(SteadyResult r) {
        return of(r.mesh(), r::surfaceTemperature, r::boundaryOutflow);
    }

    /**
     * The same from any surface temperature and boundary outflow per face (K, W), so a transient state
     * gives its blocks too.
     */
    public static List<BlockReport> of(Mesh m, IntToDoubleFunction surfaceTemperature, IntToDoubleFunction outflow) {
        List<BlockReport> out = new ArrayList<>();
        for (int p = 0; p < m.patchNames().size(); p++) {
            String name = m.patchNames().get(p);
            String[] parts = blockPatch(m, name);
            if (parts == null || m.patchFaceCount(p) == 0) continue;
            double a = 0;
            double ta = 0;
            double q = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m.patchFaceCount(p); i++) {
                int f = m.patchFace(p, i);
                double t = surfaceTemperature.applyAsDouble(f);
                double fa = m.area(f);
                a += fa;
                ta += fa * t;
                q -= outflow.applyAsDouble(f);
                max = Math.max(max, t);
            }
            out.add(new BlockReport(parts[1], parts[0], a, q, ta / a, max));
        }
        return out;
    }

    /** [surface, block] of a floorplan block's patch name, or null for any other patch. */
    private static String[] blockPatch(Mesh m, String patch) {
        for (String side : new String[] {".top.", ".bottom."}) {
            int at = patch.indexOf(side);
            if (at <= 0) continue;
            String region = patch.substring(0, at);
            String block = patch.substring(at + side.length());
            if (m.regionId(region) >= 0 && !block.isEmpty()) return new String[] {region + side.substring(0, side.length() - 1), block};
        }
        return null;
    }
}
