package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.boundary.ScalarField;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.mesh.Shape;
import org.kapitza.mesh.VoronoiGrains;
import org.junit.jupiter.api.Test;

/**
 * A flat interface tilted in a voxel grid (docs/PHYSICS.md §1). The exact field varies only along the
 * plane's normal n: T = 100 − g s on side A (s = n·(x − p0) &lt; 0) and T − J on side B, with flux
 * q = k g and jump J = R q. With the staircase correction R/|n_i| the voxel faces conduct like the
 * plane and the field is reproduced exactly; without it the staircase is about Σ|n_i| times too
 * conductive.
 */
class StaircaseTest {
    private static final double[] N = normalise(1.0, 0.6, 0.35);
    private static final double[] P0 = {0.5, 0.5, 0.5};
    private static final double K = 1.0;
    private static final double R = 0.5;
    private static final double G = 10;

    private static double[] normalise(double... v) {
        double l = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / l, v[1] / l, v[2] / l};
    }

    private static double s(double x, double y, double z) {
        return N[0] * (x - P0[0]) + N[1] * (y - P0[1]) + N[2] * (z - P0[2]);
    }

    private static double exact(double x, double y, double z) {
        double t = 100 - G * s(x, y, z);
        return s(x, y, z) <= 0 ? t : t - R * K * G;
    }

    private static RectilinearGrid grid() {
        return RectilinearGrid.of3D(GridLines.uniform(0, 1, 20), GridLines.geometric(0, 1, 17, 1.05),
                GridLines.uniform(0, 1, 15));
    }

    /**
     * The exact value at a boundary face centre, on the branch of the face's own cell (whose centre is
     * the face centre moved inside by half a cell): near the plane the two can lie on opposite sides.
     */
    private static ScalarField boundaryValue(RectilinearGrid g) {
        return (x, y, z) -> {
            double[] p = {x, y, z};
            for (int a = 0; a < 3; a++) {
                p[a] = Math.min(Math.max(p[a], g.centre(a, 0)), g.centre(a, g.cells(a) - 1));
            }
            double t = 100 - G * s(x, y, z);
            return s(p[0], p[1], p[2]) <= 0 ? t : t - R * K * G;
        };
    }

    /** R_eff = Σ A_f|n_i| jump_f / Σ Q_f over the staircase: the resistance the staircase presents per true area. */
    private static double effectiveResistance(SteadyResult r, FaceClass cls, boolean grains) {
        Mesh m = r.mesh();
        double jumpArea = 0;
        double flow = 0;
        for (int f = m.faceStart(cls); f < m.faceEnd(cls); f++) {
            double ni = grains ? m.grainBoundaryNormal(f, m.axis(f)) : m.interfaceNormal(f, m.axis(f));
            double sign = Math.signum(ni); // orient A → B
            double[] t = r.sideTemperatures(f);
            jumpArea += m.area(f) * Math.abs(ni) * sign * (t[0] - t[1]);
            flow += sign * r.faceFlow(f);
        }
        return jumpArea / flow;
    }

    private static double maxError(SteadyResult r) {
        Mesh m = r.mesh();
        double e = 0;
        for (int c = 0; c < m.cellCount(); c++) {
            e = Math.max(e, Math.abs(r.temperature(c) - exact(m.centre(c, 0), m.centre(c, 1), m.centre(c, 2))));
        }
        return e;
    }

    private static SteadyResult materialInterface(boolean correction) {
        RectilinearGrid g = grid();
        MeshBuilder b = new MeshBuilder(g);
        b.fill(b.addRegion("a", "m"), Box.everywhere());
        b.fill(b.addRegion("b", "m"), Shape.halfSpace(P0[0], P0[1], P0[2], -N[0], -N[1], -N[2]));
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("m", new Material("m", new ConstantConductivity(K), "test"))
                .interfaceBetweenRegions("a", "b", new ConstantResistance(R))
                .staircaseCorrection(correction);
        for (String patch : new String[] {"xmin", "xmax", "ymin", "ymax", "zmin", "zmax"}) {
            p.boundary(patch, new BoundaryCondition.FixedTemperature(boundaryValue(g), null));
        }
        return new SteadySolver().solve(p);
    }

    private static SteadyResult bicrystal(boolean correction) {
        RectilinearGrid g = grid();
        MeshBuilder b = new MeshBuilder(g);
        b.fill(b.addRegion("crystal", "m"), Box.everywhere());
        double d = 0.3;
        b.grains(VoronoiGrains.ofSeeds(P0[0] - d * N[0], P0[1] - d * N[1], P0[2] - d * N[2],
                P0[0] + d * N[0], P0[1] + d * N[1], P0[2] + d * N[2]));
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("m", new Material("m", new ConstantConductivity(K), "test"))
                .grainBoundaryRule(new GrainBoundaryRule(null, new ConstantResistance(R), null, correction));
        for (String patch : new String[] {"xmin", "xmax", "ymin", "ymax", "zmin", "zmax"}) {
            p.boundary(patch, new BoundaryCondition.FixedTemperature(boundaryValue(g), null));
        }
        return new SteadySolver().solve(p);
    }

    @Test
    void aTiltedMaterialInterfaceConductsLikeThePlaneOnlyWithTheCorrection() {
        SteadyResult with = materialInterface(true);
        SteadyResult without = materialInterface(false);
        double rWith = effectiveResistance(with, FaceClass.INTERFACE, false);
        double rWithout = effectiveResistance(without, FaceClass.INTERFACE, false);
        assertEquals(R, rWith, 0.02 * R, "corrected staircase within 2 % of the plane");
        assertTrue(Math.abs(rWithout - R) > 0.2 * R, "uncorrected staircase is off by far more: " + rWithout);
        assertTrue(maxError(with) < 1e-9, "the corrected field is exact: " + maxError(with));
        assertTrue(maxError(without) > 0.1, "the uncorrected field is not: " + maxError(without));
    }

    @Test
    void aTiltedGrainBoundaryConductsLikeThePlaneOnlyWithTheCorrection() {
        SteadyResult with = bicrystal(true);
        SteadyResult without = bicrystal(false);
        double rWith = effectiveResistance(with, FaceClass.GRAIN_BOUNDARY, true);
        double rWithout = effectiveResistance(without, FaceClass.GRAIN_BOUNDARY, true);
        assertEquals(R, rWith, 0.02 * R);
        assertTrue(Math.abs(rWithout - R) > 0.2 * R, "uncorrected: " + rWithout);
        assertTrue(maxError(with) < 1e-9, "the corrected field is exact: " + maxError(with));
        SteadyResult.GrainBoundaryStats gb = with.grainBoundaries().get(0);
        assertEquals(1 / R, gb.h(), 0.02 / R, "reported effective boundary conductance per true area");
    }
}
