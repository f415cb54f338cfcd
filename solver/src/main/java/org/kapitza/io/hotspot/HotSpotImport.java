package org.kapitza.io.hotspot;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kapitza.InputException;
import org.kapitza.io.casefile.HotSpotFloorplan;

/**
 * Writes a Kapitza case file from HotSpot's inputs: the configuration ({@code -c}), the floorplan
 * ({@code .flp}), optionally the power trace ({@code .ptrace}) and a layer configuration file
 * ({@code .lcf}). HotSpot's package is a square spreader and a square sink centred under the die, heat
 * leaving the sink's outer face through the lumped convection resistance {@code r_convec} to
 * {@code ambient}; Kapitza stacks bottom to top, so the sink is the first layer and the die the last.
 * Every option HotSpot has and Kapitza cannot honour is named in {@link Result#notHonoured()} and in
 * the case file's comments.
 */
public final class HotSpotImport {
    /** The case file's text and the HotSpot options it could not honour, one sentence each. */
    public record Result(String yaml, List<String> notHonoured) {
    }

    /** Options the case file carries over exactly (or, for the grid, as a hint). */
    private static final Set<String> HONOURED = Set.of("t_chip", "k_chip", "p_chip", "t_interface", "k_interface", "p_interface",
            "s_spreader", "t_spreader", "k_spreader", "p_spreader", "s_sink", "t_sink", "k_sink", "p_sink", "r_convec", "ambient",
            "init_temp", "sampling_intvl", "grid_rows", "grid_cols", "grid_layer_file", "model_type");
    /** Switches that change nothing when off (0). */
    private static final Set<String> OFF_SWITCHES = Set.of("model_secondary", "leakage_used", "package_model_used", "dtm_used",
            "block_omit_lateral", "leakage_mode");
    /** The secondary path's dimensions: HotSpot reads them only with -model_secondary 1. */
    private static final Set<String> SECONDARY = Set.of("r_convec_sec", "c_convec_sec", "n_metal", "t_metal", "t_c4", "s_c4", "n_c4",
            "s_sub", "t_sub", "s_solder", "t_solder", "s_pcb", "t_pcb", "k_pcb");

    private HotSpotImport() {
    }

    /**
     * @param configFile the HotSpot configuration
     * @param flpFile    the die's floorplan (ignored for the layers when an lcf is given: each lcf layer names its own)
     * @param ptraceFile the power trace, or null (every block then has 0 W: give powers in the case file)
     * @param lcfFile    a layer configuration file, or null for the config's {@code -grid_layer_file} (relative to the
     *                   config file) or HotSpot's default die + TIM
     * @param caseDir    directory the case file will be written to: its file paths are relative to it
     * @param name       the case's name
     */
    public static Result of(Path configFile, Path flpFile, Path ptraceFile, Path lcfFile, Path caseDir, String name) {
        HotSpotConfig c = HotSpotConfig.read(configFile);
        HotSpotFloorplan flp = HotSpotFloorplan.read(flpFile);
        if (lcfFile == null && c.has("grid_layer_file") && !c.text("grid_layer_file").equals("(null)")) {
            lcfFile = configFile.toAbsolutePath().getParent().resolve(c.text("grid_layer_file"));
        }
        List<LayerConfigFile.Layer> lcf = lcfFile == null ? null : LayerConfigFile.read(lcfFile);
        List<String> not = notHonoured(c);
        double dieX = flp.width();
        double dieY = flp.height();
        if (lcf != null) {
            HotSpotFloorplan top = HotSpotFloorplan.read(lcf.get(0).floorplan());
            dieX = top.width();
            dieY = top.height();
            for (LayerConfigFile.Layer l : lcf) {
                if (!l.lateral()) {
                    not.add("layer " + l.number() + " of " + lcfFile + " has no lateral heat flow (N): Kapitza conducts in every"
                            + " direction in every layer");
                }
                if (l.power() && l.number() != 0) {
                    throw new InputException(lcfFile + ":" + l.line() + ": layer " + l.number() + " dissipates power (Y), but only"
                            + " the top layer (0) can carry a power map in Kapitza: power maps sit on a surface that no other layer"
                            + " covers");
                }
                HotSpotFloorplan f = HotSpotFloorplan.read(l.floorplan());
                if (Math.abs(f.width() - dieX) > 1e-9 * dieX || Math.abs(f.height() - dieY) > 1e-9 * dieY) {
                    throw new InputException(lcfFile + ":" + l.line() + ": layer " + l.number() + "'s floorplan " + l.floorplan()
                            + " is " + f.width() + " x " + f.height() + " m, layer 0's " + dieX + " x " + dieY
                            + " m; HotSpot too needs one width and height across layers");
                }
                if (!l.power() && f.units().size() > 1) {
                    not.add("layer " + l.number() + "'s floorplan " + l.floorplan().getFileName() + " divides a layer without"
                            + " power into " + f.units().size() + " blocks; Kapitza takes the layer as one material");
                }
                if (!f.ownMaterials().isEmpty()) {
                    not.add("layer " + l.number() + "'s floorplan gives blocks their own heat capacity and resistivity; Kapitza"
                            + " takes the layer as one material");
                }
            }
            if (!lcf.get(0).power()) {
                throw new InputException(lcfFile + ": layer 0 dissipates no power (N); Kapitza's power map goes on layer 0");
            }
        }
        double sSp = c.positive("s_spreader");
        double sSink = c.positive("s_sink");
        double h = 1 / (c.positive("r_convec") * sSink * sSink);
        int rows = (int) c.number("grid_rows");
        int cols = (int) c.number("grid_cols");
        double hotspotCell = Math.max(dieX / cols, dieY / rows);
        double maxCell = Math.max(hotspotCell, sSink / 64);

        StringBuilder y = new StringBuilder();
        y.append("# Imported from HotSpot by kapitza import hotspot:\n");
        y.append("#   configuration ").append(configFile.getFileName()).append(", floorplan ").append(flpFile.getFileName());
        if (ptraceFile != null) y.append(", power trace ").append(ptraceFile.getFileName());
        if (lcfFile != null) y.append(", layers ").append(lcfFile.getFileName());
        y.append("\n# HotSpot's package: die");
        y.append(lcf == null ? " and TIM" : " layers");
        y.append(" on a square spreader on a square sink, centred; heat leaves the sink's outer face through\n");
        y.append("# the lumped convection resistance r_convec to ambient. Kapitza stacks bottom to top: the sink is the\n");
        y.append("# first layer, the die the last; the sink's outer face is sink.bottom. The spreader and sink are\n");
        y.append("# resolved in full (HotSpot lumps their periphery into a few nodes).\n");
        y.append("name: ").append(name).append('\n');
        y.append("description: HotSpot case ").append(configFile.getFileName()).append(" + ").append(flpFile.getFileName())
                .append(", die ").append(mm(dieX)).append(" x ").append(mm(dieY)).append('\n');
        y.append("mesh:\n  stack:\n");
        y.append("    # HotSpot's grid: -grid_rows ").append(rows).append(" -grid_cols ").append(cols).append(" over the die (")
                .append(mm(hotspotCell)).append(" cells). Kapitza's grid\n");
        y.append("    # passes through every block edge and is graded away from them; max_cell bounds it everywhere.\n");
        y.append("    # For HotSpot's resolution on the die: --set mesh.stack.base.max_cell=").append(mm(hotspotCell).replace(" ", ""))
                .append(" (a much larger mesh).\n");
        y.append("    base: {x: ").append(m(sSink)).append(", y: ").append(m(sSink)).append(", max_cell: ").append(m(maxCell))
                .append("}\n");
        y.append("    layers:\n");
        y.append("      # -s_sink, -t_sink\n");
        y.append("      - {name: sink, material: hotspot-sink, thickness: ").append(m(c.positive("t_sink"))).append(", cells: 6}\n");
        y.append("      # -s_spreader, -t_spreader\n");
        y.append("      - {name: spreader, material: hotspot-spreader, thickness: ").append(m(c.positive("t_spreader")))
                .append(", cells: 4, footprint: {x: ").append(m(sSp)).append(", y: ").append(m(sSp)).append("}}\n");
        String powerLayer;
        if (lcf == null) {
            y.append("      # -t_interface (same footprint as the die)\n");
            y.append("      - {name: tim, material: hotspot-interface, thickness: ").append(m(c.positive("t_interface")))
                    .append(", cells: 1, footprint: {x: ").append(m(dieX)).append(", y: ").append(m(dieY)).append("}}\n");
            y.append("      # -t_chip; the floorplan's bounding box is the die\n");
            y.append("      - {name: die, material: hotspot-chip, thickness: ").append(m(c.positive("t_chip")))
                    .append(", cells: 3, footprint: {x: ").append(m(dieX)).append(", y: ").append(m(dieY)).append("}}\n");
            powerLayer = "die";
        } else {
            for (int i = lcf.size() - 1; i >= 0; i--) {
                LayerConfigFile.Layer l = lcf.get(i);
                y.append("      # lcf layer ").append(l.number()).append(" (line ").append(l.line()).append("), floorplan ")
                        .append(l.floorplan().getFileName()).append('\n');
                y.append("      - {name: layer").append(l.number()).append(", material: hotspot-layer").append(l.number())
                        .append(", thickness: ").append(m(l.thickness())).append(", cells: ").append(l.power() ? 3 : 1)
                        .append(", footprint: {x: ").append(m(dieX)).append(", y: ").append(m(dieY)).append("}}\n");
            }
            powerLayer = "layer0";
        }
        y.append("materials:\n");
        y.append("  # HotSpot gives heat capacity per volume (-p_*, J/(m^3 K)); written as rho = 1 kg/m^3 times cp.\n");
        if (lcf == null) {
            material(y, "hotspot-chip", "-k_chip, -p_chip", c.positive("k_chip"), c.positive("p_chip"));
            material(y, "hotspot-interface", "-k_interface, -p_interface", c.positive("k_interface"), c.positive("p_interface"));
        } else {
            for (LayerConfigFile.Layer l : lcf) {
                y.append("  # lcf layer ").append(l.number()).append(": resistivity ").append(num(l.resistivity()))
                        .append(" m K/W, so k = 1/resistivity\n");
                y.append("  - {name: hotspot-layer").append(l.number()).append(", k: ").append(num(1 / l.resistivity()))
                        .append(" W/m/K, rho: 1 kg/m^3, cp: ").append(num(l.heatCapacity())).append(" J/kg/K}\n");
            }
        }
        material(y, "hotspot-spreader", "-k_spreader, -p_spreader", c.positive("k_spreader"), c.positive("p_spreader"));
        material(y, "hotspot-sink", "-k_sink, -p_sink", c.positive("k_sink"), c.positive("p_sink"));
        y.append("boundaries:\n");
        y.append("  # -r_convec ").append(num(c.number("r_convec"))).append(" K/W over the sink's s_sink^2 face: h = 1/(r_convec s_sink^2);")
                .append(" -ambient\n");
        y.append("  - {patch: sink.bottom, type: convection, h: ").append(num(h)).append(" W/m^2/K, T_inf: ")
                .append(num(c.number("ambient"))).append(" K}\n");
        y.append("  # every other surface is adiabatic, as in HotSpot without its secondary path\n");
        y.append("sources:\n");
        y.append("  # The floorplan's blocks dissipate on the ").append(powerLayer).append("'s top face (its active face, away from")
                .append(" the sink);\n");
        y.append("  # HotSpot spreads them through its one die node in depth.\n");
        y.append("  - type: power-map\n");
        y.append("    surface: ").append(powerLayer).append(".top\n");
        Path flpForPower = lcf == null ? flpFile : lcf.get(0).floorplan();
        y.append("    floorplan: ").append(rel(caseDir, flpForPower)).append('\n');
        if (ptraceFile != null) {
            y.append("    # steady: each block's mean power over the trace (HotSpot's steady state); or row: N, or use: peak.\n");
            y.append("    # interval (-sampling_intvl) is used by a transient run.\n");
            y.append("    trace: {file: ").append(rel(caseDir, ptraceFile)).append(", use: mean, interval: ")
                    .append(num(c.positive("sampling_intvl"))).append(" s}\n");
        } else {
            y.append("    # no power trace was given: every block has 0 W until listed, e.g. blocks: [{name: core0, power: 20 W}]\n");
            y.append("    blocks: []\n");
        }
        y.append("# HotSpot's transient run: uncomment (-init_temp; the trace's rows every -sampling_intvl).\n");
        y.append("# transient:\n#   end: <rows x interval> s\n#   initial: {T: ").append(num(c.number("init_temp"))).append(" K}\n");
        if (!not.isEmpty()) {
            y.append("#\n# HotSpot options Kapitza does not honour:\n");
            for (String n : not) y.append("#   ").append(n).append('\n');
        }
        return new Result(y.toString(), List.copyOf(not));
    }

    private static List<String> notHonoured(HotSpotConfig c) {
        List<String> not = new ArrayList<>();
        boolean secondary = c.flag("model_secondary");
        for (Map.Entry<String, String> e : c.given().entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            String at = "-" + k + " " + v + " (line " + c.line(k) + ")";
            if (HONOURED.contains(k)) {
                if (k.equals("model_type") && v.equalsIgnoreCase("block")) {
                    not.add(at + ": HotSpot's block model lumps each block into one node; Kapitza solves a fine grid");
                }
                continue;
            }
            if (OFF_SWITCHES.contains(k)) {
                if (c.flag(k)) not.add(at + ": " + switchMeaning(k) + " is not modelled");
                continue;
            }
            if (SECONDARY.contains(k)) {
                if (secondary) not.add(at + ": part of the secondary path, not modelled");
                continue;
            }
            switch (k) {
                case "c_convec" -> not.add(at + ": a lumped heat capacity at the sink-to-ambient node; Kapitza's sink has its"
                        + " own distributed capacity (transient runs only)");
                case "grid_map_mode" -> {
                    if (!v.equalsIgnoreCase("avg")) {
                        not.add(at + ": Kapitza reports each block's exact area mean and maximum, not a " + v + " grid value");
                    }
                }
                case "thermal_threshold", "base_proc_freq" -> not.add(at + ": used by HotSpot's DTM only");
                case "init_file", "steady_file", "grid_steady_file", "package_config_file" ->
                        not.add(at + ": a HotSpot file option; Kapitza writes its own results (blocks.csv, <name>.steady)");
                default -> not.add(at + ": not a HotSpot package option Kapitza knows");
            }
        }
        return not;
    }

    private static String switchMeaning(String k) {
        return switch (k) {
            case "model_secondary" -> "the secondary heat path (C4, substrate, solder, PCB)";
            case "leakage_used", "leakage_mode" -> "temperature-dependent leakage power";
            case "package_model_used" -> "HotSpot's package model (computing r_convec from a fan and fins)";
            case "dtm_used" -> "dynamic thermal management";
            default -> "omitting the chip's lateral resistances";
        };
    }

    private static void material(StringBuilder y, String name, String from, double k, double volumetric) {
        y.append("  # ").append(from).append('\n');
        y.append("  - {name: ").append(name).append(", k: ").append(num(k)).append(" W/m/K, rho: 1 kg/m^3, cp: ").append(num(volumetric))
                .append(" J/kg/K}\n");
    }

    /** A path as the case file will name it: relative to its directory when possible. */
    private static String rel(Path caseDir, Path file) {
        Path a = caseDir.toAbsolutePath().normalize();
        Path b = file.toAbsolutePath().normalize();
        try {
            return a.relativize(b).toString();
        } catch (IllegalArgumentException e) {
            return b.toString();
        }
    }

    /** The shortest decimal that reads back as the same double. */
    static String num(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.length() > 24 ? Double.toString(v) : s;
    }

    /** A length; sums of floorplan coordinates are rounded to 12 digits (0.0096 + 0.0032 is 0.012799999999999999). */
    private static String m(double v) {
        return num(new BigDecimal(v).round(new java.math.MathContext(12)).doubleValue()) + " m";
    }

    private static String mm(double v) {
        return org.kapitza.Numbers.format(v * 1e3) + " mm";
    }
}
