package org.kapitza.fv;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.SteadyResult.InterfaceStats;
import org.kapitza.fv.SteadyResult.MaterialPairStats;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.Mesh;

/**
 * The totals of material pairs that two or more region pairs share ({@link MaterialPairStats}), summed from
 * the per-interface rows of a result: each interface counted along its own heat flow.
 */
final class MaterialPairTotals {
    private MaterialPairTotals() {
    }

    /**
     * @param tScale    the largest |T| (K): mean jumps below 1e-12 of it are a perfect contact
     * @param heatScale the heat through the body (W): flows below 1e-12 of it are no heat crossing
     */
    static List<MaterialPairStats> of(Mesh mesh, FaceBinding faces, List<InterfaceStats> rows, double tScale,
                                      double heatScale) {
        Mesh m = mesh;
        int np = m.interfacePairCount();
        // The material pair of each region pair, unordered, and its side-A material.
        java.util.Map<List<String>, List<Integer>> groups = new java.util.LinkedHashMap<>();
        String[] sideA = new String[np];
        String[] sideB = new String[np];
        for (int p = 0; p < np; p++) {
            InterfacePair pair = m.interfacePairInfo(p);
            int a = faces.pairSideA(p);
            int b = a == pair.regionA() ? pair.regionB() : pair.regionA();
            sideA[p] = faces.material(a).name();
            sideB[p] = faces.material(b).name();
            List<String> key = sideA[p].compareTo(sideB[p]) <= 0 ? List.of(sideA[p], sideB[p]) : List.of(sideB[p], sideA[p]);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<MaterialPairStats> out = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) continue;
            String matA = sideA[group.get(0)];
            String matB = sideB[group.get(0)];
            List<String> names = new ArrayList<>();
            List<String> models = new ArrayList<>();
            List<String> cutoffs = new ArrayList<>();
            double area = 0;
            double q = 0;
            double jumpArea = 0;
            double maxJump = 0;
            for (int p : group) {
                InterfaceStats i = rows.get(p);
                // Each interface counted along its own heat flow (hot side minus cold side): interfaces of
                // one material pair may carry heat in opposite directions (an A|B|A sandwich in series),
                // and summing them with one orientation would cancel the flows and leave a meaningless R·A.
                double sign = i.heatFlow() < 0 ? -1 : 1;
                names.add(i.name());
                if (!models.contains(i.model())) models.add(i.model());
                if (i.cutoff() != null && !cutoffs.contains(i.cutoff())) cutoffs.add(i.cutoff());
                area += i.area();
                q += sign * i.heatFlow();
                jumpArea += sign * i.meanJump() * i.area();
                maxJump = Math.max(maxJump, i.maxJump());
            }
            double mean = jumpArea / area;
            // The thresholds of interfaces(): a perfect contact, and no heat crossing (R·A is 0/0).
            boolean perfect = Math.abs(mean) <= 1e-12 * tScale;
            boolean noHeat = Math.abs(q) <= 1e-12 * heatScale;
            double g = noHeat ? Double.NaN : perfect ? Double.POSITIVE_INFINITY : q / mean;
            out.add(new MaterialPairStats(matA + "|" + matB, matA, matB, List.copyOf(names), List.copyOf(models),
                    cutoffs.isEmpty() ? null : String.join("; ", cutoffs), area, q,
                    perfect ? 0 : mean, maxJump, g, g / area, noHeat ? Double.NaN : perfect ? 0 : mean / (q / area)));
        }
        return out;
    }
}
