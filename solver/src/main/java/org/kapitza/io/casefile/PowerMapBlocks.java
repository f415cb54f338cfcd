package org.kapitza.io.casefile;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.Suggest;

/**
 * The layer surfaces and power-map blocks of a layer-stack case: a surface is written
 * {@code <layer>.top|bottom}, and the blocks of a map are listed or read from a HotSpot floorplan file,
 * resolved once for the mesh (grid lines snap to block edges) and for the sources (each block's power).
 */
final class PowerMapBlocks {
    private final CaseFileReader.Located<CaseFile> at;
    private final CaseFile cf;
    private final List<String> warnings;
    /** The blocks of each power map (by index in sources), resolved once: listed or read from a floorplan file. */
    private final java.util.Map<Integer, List<SourceSpec.Block>> mapBlocks = new java.util.HashMap<>();

    PowerMapBlocks(CaseFileReader.Located<CaseFile> at, List<String> warnings) {
        this.at = at;
        this.cf = at.value();
        this.warnings = warnings;
    }

    /** A layer surface {@code <layer>.top|bottom} as {layer, side}; refused unless the layer is in the stack. */
    String[] surface(String surface, String path) {
        int dot = surface.lastIndexOf('.');
        String side = dot < 0 ? "" : surface.substring(dot + 1);
        if (dot <= 0 || !(side.equals("top") || side.equals("bottom"))) {
            throw at.error(path, "'" + surface + "' is not a layer surface; write <layer>.top or <layer>.bottom, e.g. die.top");
        }
        String layer = surface.substring(0, dot);
        List<String> layers = new ArrayList<>();
        for (CaseFile.LayerSpec l : cf.mesh().stack().layers()) layers.add(l.name());
        if (!layers.contains(layer)) {
            throw at.error(path, "no layer '" + layer + "'" + Suggest.didYouMean(layer, layers) + "; layers are: "
                    + String.join(", ", layers));
        }
        return new String[] {layer, side};
    }



    /**
     * The blocks of power map {@code index}: those listed, or those of its HotSpot floorplan file (read once),
     * each with the power its listed entry gives (0 W for a floorplan block not listed). A floorplan must tile
     * the footprint of the map's layer without overlaps; a listed block must then be one of its blocks and
     * give only its name and power.
     */
    List<SourceSpec.Block> blocksOf(int index, SourceSpec.PowerMap pm, String path) {
        List<SourceSpec.Block> cached = mapBlocks.get(index);
        if (cached != null) return cached;
        List<SourceSpec.Block> listed = pm.blocks() == null ? List.of() : pm.blocks();
        List<SourceSpec.Block> out = new ArrayList<>();
        if (pm.floorplan() == null) {
            if (pm.blocks() == null) {
                throw at.error(path, "give the power map's 'blocks' (name, x, y, power) or a HotSpot 'floorplan' file");
            }
            for (int j = 0; j < listed.size(); j++) {
                SourceSpec.Block b = listed.get(j);
                if (b.x() == null || b.y() == null) {
                    throw at.error(path + ".blocks[" + j + "]", "block '" + b.name() + "' needs 'x' and 'y' ([from, to] on the"
                            + " layer's footprint), or the map a 'floorplan' file that places it");
                }
                out.add(b);
            }
        } else {
            java.nio.file.Path file = at.directory().resolve(pm.floorplan());
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw at.error(path + ".floorplan", "no floorplan at " + file + " (relative paths start at the case file's directory)");
            }
            HotSpotFloorplan flp = HotSpotFloorplan.read(file);
            String layer = surface(pm.surface(), path + ".surface")[0];
            double[] die = footprintSize(layer);
            String problem = flp.tilingProblem(die[0], die[1]);
            if (problem != null) throw at.error(path + ".floorplan", file + " does not fit layer '" + layer + "': " + problem);
            if (!flp.ownMaterials().isEmpty()) {
                warnings.add(path + ".floorplan: " + file + " gives blocks their own heat capacity and resistivity (HotSpot 6's"
                        + " heterogeneous layers), which a power map cannot honour; layer '" + layer + "' is of one material: "
                        + String.join("; ", flp.ownMaterials()));
            }
            java.util.Map<String, SourceSpec.Block> byName = new java.util.HashMap<>();
            for (int j = 0; j < listed.size(); j++) {
                SourceSpec.Block b = listed.get(j);
                String bp = path + ".blocks[" + j + "]";
                if (!flp.names().contains(b.name())) {
                    throw at.error(bp + ".name", "block '" + b.name() + "' is not in " + file + Suggest.didYouMean(b.name(), flp.names())
                            + "; its blocks are: " + String.join(", ", flp.names()));
                }
                if (b.x() != null || b.y() != null) {
                    throw at.error(bp + "." + (b.x() != null ? "x" : "y"), "block '" + b.name() + "' is placed by the floorplan "
                            + file + "; give only its name and power");
                }
                if (byName.put(b.name(), b) != null) throw at.error(bp + ".name", "block '" + b.name() + "' is listed twice");
            }
            for (HotSpotFloorplan.Unit u : flp.units()) {
                SourceSpec.Block b = byName.get(u.name());
                out.add(new SourceSpec.Block(u.name(), List.of(u.left(), u.right()), List.of(u.bottom(), u.top()),
                        b == null ? TimeVarying.of(0) : b.power()));
            }
        }
        mapBlocks.put(index, out);
        return out;
    }

    /**
     * The key path of block {@code j}'s power: its entry under {@code blocks}, which for a floorplan map is the
     * listed entry of that name (the blocks are then in the floorplan's order).
     */
    static String powerPath(SourceSpec.PowerMap pm, String path, int j, String name) {
        if (pm.floorplan() == null) return path + ".blocks[" + j + "].power";
        for (int k = 0; pm.blocks() != null && k < pm.blocks().size(); k++) {
            if (pm.blocks().get(k).name().equals(name)) return path + ".blocks[" + k + "].power";
        }
        return path + ".floorplan";
    }

    /** The in-plane size (m) of a stack layer's footprint, the base's when it has none. */
    private double[] footprintSize(String layer) {
        CaseFile.Stack st = cf.mesh().stack();
        for (CaseFile.LayerSpec l : st.layers()) {
            if (l.name().equals(layer) && l.footprint() != null) return new double[] {l.footprint().x(), l.footprint().y()};
        }
        return new double[] {st.base().x(), st.base().y()};
    }

}
