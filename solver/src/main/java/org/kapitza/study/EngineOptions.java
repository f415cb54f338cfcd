package org.kapitza.study;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.kapitza.io.casefile.Libraries;

/**
 * What the command line tells an engine.
 *
 * @param threads      points solved at once on this machine (the embedded engine; a distributed engine
 *                     may ignore it)
 * @param solverThreads threads of each point's own solve
 * @param libraries    a fresh copy of the materials (built-in and the material path) for each point: a
 *                     case adds its own materials to the copy it is built with
 * @param reuse        false: every point from scratch, whatever the study's {@code reuse} says; true: as
 *                     the study says (meshes, solutions and multigrid hierarchies of anchor points reused)
 * @param log          where the engine's own messages go
 */
public record EngineOptions(int threads, int solverThreads, Supplier<Libraries> libraries, boolean reuse, PrintStream log) {
}
