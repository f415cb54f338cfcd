package org.kapitza.study;

import java.io.PrintStream;
import org.kapitza.io.casefile.Libraries;

/**
 * What the command line tells an engine.
 *
 * @param threads      points solved at once on this machine (the embedded engine; a distributed engine
 *                     may ignore it)
 * @param solverThreads threads of each point's own solve
 * @param libraries    the materials (built-in and the material path) of the driver
 * @param reuse        whether points may reuse meshes, solutions and multigrid hierarchies of earlier points
 * @param log          where the engine's own messages go
 */
public record EngineOptions(int threads, int solverThreads, Libraries libraries, boolean reuse, PrintStream log) {
}
