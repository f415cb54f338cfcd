package org.kapitza.benchmarks;

import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.mesh.VoronoiGrains;
import org.kapitza.mesh.stack.Footprint;
import org.kapitza.mesh.stack.Layer;
import org.kapitza.mesh.stack.LayerStack;

/**
 * Time and memory to build (a) a 300 × 300 × 40 layer stack (sink, spreader, die of decreasing
 * footprints) and (b) a 200³ voxel polycrystal of 10⁴ Voronoi grains. Best of five builds after two
 * warm-up builds; memory is the mesh's own array count and the heap it holds after a full collection.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.kapitza.benchmarks.MeshBenchmark}
 */
public final class MeshBenchmark {
    private MeshBenchmark() {
    }

    static Mesh stack() {
        return LayerStack.builder().base(0.06, 0.06).baseCells(300, 300)
                .layer(Layer.of("sink", "copper", 6.9e-3, 20))
                .layer(Layer.of("spreader", "copper", 1e-3, 10).on(Footprint.centred(0.03, 0.03)))
                .layer(Layer.of("die", "silicon", 0.15e-3, 10).on(Footprint.centred(0.0128, 0.0128)))
                .build().mesh();
    }

    static Mesh polycrystal() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 1e-4, 200), GridLines.uniform(0, 1e-4, 200),
                GridLines.uniform(0, 1e-4, 200)));
        b.fill(b.addRegion("poly", "silicon"), Box.everywhere());
        b.grains(VoronoiGrains.ofCount(10_000).seed(1));
        return b.build();
    }

    public static void main(String[] args) {
        Table t = new Table("mesh", "cells", "faces", "build s (best of 5)", "array bytes/cell", "heap bytes/cell");
        measure(t, "(a) 300×300×40 stack", MeshBenchmark::stack);
        measure(t, "(b) 200³ polycrystal, 10⁴ grains", MeshBenchmark::polycrystal);
        System.out.printf("Mesh construction on %d processors, Java %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.print(t.markdown());
    }

    private static void measure(Table t, String name, java.util.function.Supplier<Mesh> build) {
        for (int i = 0; i < 2; i++) build.get();
        double best = Double.POSITIVE_INFINITY;
        Mesh m = null;
        for (int i = 0; i < 5; i++) {
            m = null;
            long t0 = System.nanoTime();
            m = build.get();
            best = Math.min(best, (System.nanoTime() - t0) * 1e-9);
        }
        long before = Table.usedHeap();
        Mesh held = build.get();
        long after = Table.usedHeap();
        t.row(name, String.format("%,d", held.cellCount()), String.format("%,d", held.faceCount()), best,
                held.bytesPerCell(), (double) (after - before) / held.cellCount());
        if (m == held) throw new AssertionError();
    }
}
