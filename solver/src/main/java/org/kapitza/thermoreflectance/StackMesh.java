package org.kapitza.thermoreflectance;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.AnisotropicConductivity;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;

/**
 * A layered stack meshed for the 3D harmonic solve: a quarter of the axisymmetric problem (the spot centred
 * on the corner x = y = 0, whose two faces are symmetry planes, adiabatic), one region per layer, the
 * interfaces as constant resistances 1/G, heated on top.
 *
 * <p>Grid: laterally uniform cells of w_min/{@value #CELLS_PER_RADIUS} out to 2 w_max, then growing by
 * {@value #LATERAL_GROWTH} to L = 3 w_max + {@value #DIFFUSION_LENGTHS} diffusion lengths √(D_r/ω_min) of
 * the most diffusive layer (the adiabatic far sides then change nothing measurable). Through the
 * thickness, each finite layer has uniform cells of at most a quarter of its thickness and a tenth of its
 * diffusion length at the highest frequency; a semi-infinite substrate becomes a layer
 * {@value #DIFFUSION_LENGTHS} diffusion lengths √(D_z/ω_min) (and 3 w_max) deep on an isothermal bottom,
 * its cells growing by {@value #DEPTH_GROWTH} from the interface. A finite last layer keeps the stack's
 * bottom condition.
 */
public final class StackMesh {
    static final int CELLS_PER_RADIUS = 10;
    static final double LATERAL_GROWTH = 1.25;
    static final double DEPTH_GROWTH = 1.2;
    static final double DIFFUSION_LENGTHS = 8;

    /** The meshed problem, the depth of its top surface, and the grid. */
    public record Meshed(ThermalProblem problem, RectilinearGrid grid) {
    }

    private StackMesh() {
    }

    /**
     * @param model   the stack and beams
     * @param fMin    lowest frequency to be solved (Hz): sets the domain size
     * @param fMax    highest frequency (Hz): sets the finest cells
     * @param refine  factor on the cell counts (1 by default; 2 halves every cell, for convergence checks)
     */
    public static Meshed build(StackModel model, double fMin, double fMax, double refine) {
        LayeredStack stack = model.stack();
        List<Layer> layers = stack.layers();
        double wMin = Math.min(model.pump(), model.probe());
        double wMax = Math.max(model.pump(), model.probe());
        double wLow = 2 * Math.PI * fMin;
        double wHigh = 2 * Math.PI * fMax;
        double lateralDiffusion = 0;
        for (Layer l : layers) lateralDiffusion = Math.max(lateralDiffusion, Math.sqrt(l.kIn() / l.heatCapacity() / wLow));
        double extent = 3 * wMax + DIFFUSION_LENGTHS * lateralDiffusion;
        double[] lateral = lateral(wMin / (CELLS_PER_RADIUS * refine), 2 * wMax, extent, Math.pow(LATERAL_GROWTH, 1 / refine));

        // z from the bottom (0) up to the heated top.
        List<double[]> pieces = new ArrayList<>();
        double top = 0;
        double[] thickness = new double[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            thickness[i] = l.semiInfinite()
                    ? Math.max(DIFFUSION_LENGTHS * Math.sqrt(l.kCross() / l.heatCapacity() / wLow), 3 * wMax)
                    : l.thickness();
            top += thickness[i];
        }
        double z = top;
        double[] bottomOf = new double[layers.size()];
        List<Double> nodes = new ArrayList<>();
        nodes.add(top);
        double lastCell = Double.POSITIVE_INFINITY;
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            double dz = Math.min(thickness[i] / 4, 0.1 * Math.sqrt(l.kCross() / l.heatCapacity() / wHigh)) / refine;
            double zBottom = z - thickness[i];
            if (i == layers.size() - 1 && l.semiInfinite()) {
                double first = Math.min(dz, lastCell);
                double ratio = Math.pow(DEPTH_GROWTH, 1 / refine);
                // cells growing from the interface down: n with first (r^n − 1)/(r − 1) ≥ thickness
                int n = (int) Math.ceil(Math.log(1 + thickness[i] * (ratio - 1) / first) / Math.log(ratio));
                double[] g = GridLines.geometric(zBottom, z, n, 1 / ratio);
                for (int j = g.length - 2; j >= 0; j--) nodes.add(g[j]);
            } else {
                int n = Math.max(4, (int) Math.ceil(thickness[i] / dz));
                for (int j = 1; j <= n; j++) nodes.add(z - thickness[i] * j / n);
                lastCell = thickness[i] / n;
            }
            z = zBottom;
            bottomOf[i] = zBottom;
        }
        double[] zs = new double[nodes.size()];
        for (int i = 0; i < zs.length; i++) zs[i] = nodes.get(zs.length - 1 - i);
        zs[0] = 0;

        RectilinearGrid grid = RectilinearGrid.of3D(lateral, lateral, zs);
        MeshBuilder b = new MeshBuilder(grid);
        MaterialLibrary library = MaterialLibrary.builtIn();
        List<Material> materials = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            double hi = i == 0 ? top + 1 : bottomOf[i] + thickness[i];
            double lo = i == layers.size() - 1 ? -1 : bottomOf[i];
            b.fill(b.addRegion(l.name(), "stack-" + l.name()), new Box(-1, 1, -1, 1, lo, hi));
            materials.add(new Material("stack-" + l.name(), new AnisotropicConductivity(l.kIn(), l.kIn(), l.kCross()),
                    "thermoreflectance stack", HeatCapacity.constant(l.heatCapacity(), 1)));
        }
        ThermalProblem p = new ThermalProblem(b.build(), library);
        for (Material m : materials) p.material(m.name(), m);
        for (int i = 0; i < stack.interfaceCount(); i++) {
            double g = stack.conductance(i);
            p.interfaceBetweenRegions(layers.get(i).name(), layers.get(i + 1).name(),
                    new ConstantResistance(g == Double.POSITIVE_INFINITY ? 0 : 1 / g));
        }
        Layer last = layers.get(layers.size() - 1);
        if (last.semiInfinite() || stack.bottom() == LayeredStack.Bottom.ISOTHERMAL) {
            p.boundary("zmin", BoundaryCondition.FixedTemperature.of(300));
        } else {
            // An adiabatic bottom: no boundary conducts. The amplitude equation needs no steady state
            // (K + iωM is regular for ω > 0); the reference temperature is set instead.
            p.initialTemperature(300);
        }
        return new Meshed(p, grid);
    }

    /** Uniform cells h out to a, then growing by the ratio out to the extent. */
    static double[] lateral(double h, double a, double extent, double ratio) {
        List<Double> x = new ArrayList<>();
        int n = (int) Math.ceil(a / h);
        for (int i = 0; i <= n; i++) x.add(a * i / n);
        double w = a / n;
        double pos = a;
        while (pos < extent) {
            w *= ratio;
            pos = Math.min(extent, pos + w);
            if (extent - pos < 0.5 * w) pos = extent;
            x.add(pos);
        }
        double[] out = new double[x.size()];
        for (int i = 0; i < out.length; i++) out[i] = x.get(i);
        return out;
    }
}
