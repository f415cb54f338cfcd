package org.kapitza.io.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.material.Conductivity;
import org.kapitza.mesh.RectilinearGrid;

/**
 * Lists in case files shall keep every element as written, repeated values included (Apache Commons
 * Configuration's typed list getters drop repeated values; case files must never go through them).
 */
class ListValuesTest {

    private static Case build(Path file, String... overrides) {
        CaseFileReader.Located<CaseFile> located = new CaseFileReader().read(file, List.of(overrides));
        return new CaseBuilder(located, Libraries.builtIn(), Long.MAX_VALUE).build();
    }

    @Test
    void repeatedValuesAreKept(@TempDir Path dir) throws Exception {
        Path stack = Files.writeString(dir.resolve("stack.yaml"), """
                name: stack
                mesh:
                  stack:
                    base: {x: 1 mm, y: 1 mm, cells: [64, 64]}
                    layers:
                      - {name: film, material: film, thickness: 0.1 mm, cells: 2}
                materials:
                  - {name: film, k: {table: {T: [100 K, 200 K, 300 K], k: [2 W/m/K, 2 W/m/K, 1 W/m/K]}}}
                boundaries:
                  - {patch: film.bottom, type: temperature, T: 250 K}
                """);
        Case c = build(stack);
        RectilinearGrid g = c.mesh().grid();
        assertEquals(64, g.nx(), "cells: [64, 64] gives 64 along x");
        assertEquals(64, g.ny(), "and 64 along y");
        Conductivity k = c.problem().resolveMaterial("film").conductivity();
        assertEquals(2.0, k.k(0, 150), 1e-12, "the repeated k = 2 holds between 100 K and 200 K");
        assertEquals(1.0, k.k(0, 300), 1e-12, "the third entry is kept");
        assertEquals(300.0, k.validTo(), 1e-12, "three temperatures, the last 300 K");
        org.junit.jupiter.api.Assertions.assertTrue(k.describe().startsWith("table of 3 points"), k.describe());
        Case overridden = build(stack, "mesh.stack.base.cells=[32, 32]");
        assertEquals(32, overridden.mesh().grid().nx());
        assertEquals(32, overridden.mesh().grid().ny());

        Path grid = Files.writeString(dir.resolve("grid.yaml"), """
                name: grid
                mesh:
                  grid:
                    x: {nodes: [0, 1 mm, 2 mm, 3 mm, 5 mm, 7 mm]}
                    y: {nodes: [0, 1 mm, 2 mm]}
                    regions:
                      - {name: all, material: copper, box: {}}
                boundaries:
                  - {patch: xmin, type: temperature, T: 300 K}
                """);
        RectilinearGrid gg = build(grid).mesh().grid();
        assertEquals(5, gg.nx(), "six nodes with repeated spacings are five cells");
        assertEquals(2, gg.ny());
        double[] widths = new double[5];
        for (int i = 0; i < 5; i++) widths[i] = gg.width(0, i);
        assertEquals(List.of(1e-3, 1e-3, 1e-3, 2e-3, 2e-3), java.util.Arrays.stream(widths).map(w -> Math.rint(w * 1e9) / 1e9)
                .boxed().toList());
    }
}
