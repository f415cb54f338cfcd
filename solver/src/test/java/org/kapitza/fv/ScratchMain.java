package org.kapitza.fv;
import org.kapitza.boundary.*; import org.kapitza.mesh.*; import org.kapitza.material.*;
public class ScratchMain { public static void main(String[] a) throws Exception {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 0.01, 5), GridLines.uniform(0, 0.01, 5),
                GridLines.uniform(0, 0.01, 5)));
        b.fill(b.addRegion("block", "copper"), Box.everywhere());
            BoundaryCondition.TotalPower heater = new BoundaryCondition.TotalPower(1);
            ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn()).boundary("zmax", heater);
            p.drive(heater, TimeFunction.steps(0, 1, new double[] {1, 3, 0, 2}));
            TransientSolver s = new TransientSolver(TransientSettings.fixed(TransientSettings.Integrator.BACKWARD_EULER, 4, 0.25));
            s.addListener((it, rel) -> { if (it < 40 || it % 200 == 0) System.out.println(it + " " + rel); });
            TransientResult r = s.run(p, new InitialCondition.Uniform(300));
} }
