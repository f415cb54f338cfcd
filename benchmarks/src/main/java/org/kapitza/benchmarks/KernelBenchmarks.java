package org.kapitza.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kapitza.fv.LinearSystem;
import org.kapitza.linalg.AggregationAmg;
import org.kapitza.linalg.StencilMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the solver's kernels on benchmark case B1 ({@link SolveBenchmark#b1}, grain-boundary
 * R 5e-7 m²K/W): the stencil matrix-vector product, one application of the aggregation-multigrid
 * preconditioner (one K-cycle), the multigrid setup, and the assembly of matrix and right-hand side.
 * The case is built once per fork; every kernel uses the solver's shared thread pool (one thread per
 * processor unless {@code -Dkapitza.threads=N}).
 *
 * <p>Short defaults (3 × 1 s warm-up, 5 × 1 s measurement, 1 fork) so a run takes about a minute:
 * {@code java -jar benchmarks/target/benchmarks.jar KernelBenchmarks} (add {@code -p n=64} for 64³).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// The B1 mesh at 100³ and the multigrid hierarchy need well over the JVM's default heap on small machines.
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class KernelBenchmarks {
    /** Cells along each axis of B1. */
    @Param({"100"})
    public int n;

    private LinearSystem system;
    private StencilMatrix matrix;
    private AggregationAmg amg;
    private double[] x;
    private double[] y;
    private double[] z;

    @Setup(Level.Trial)
    public void setUp() {
        system = LinearSystem.of(SolveBenchmark.b1(n, 5e-7));
        matrix = system.matrix();
        amg = new AggregationAmg(matrix);
        // Random vectors: a smooth or zero vector could let the hardware (or a branch) take shortcuts.
        Random rnd = new Random(1);
        x = new double[matrix.size()];
        for (int i = 0; i < x.length; i++) x[i] = rnd.nextDouble() - 0.5;
        y = new double[x.length];
        z = new double[x.length];
    }

    /** y = A x over the whole grid. Writes into a field, so the result escapes and cannot be eliminated. */
    @Benchmark
    public double[] matvec() {
        matrix.apply(x, y);
        return y;
    }

    /** z = M⁻¹ x: one multigrid cycle, as one preconditioned CG iteration applies it. */
    @Benchmark
    public double[] amgApply() {
        amg.apply(x, z);
        return z;
    }

    /** Building the multigrid hierarchy from the assembled matrix (part of every solve's setup). */
    @Benchmark
    public AggregationAmg amgSetup() {
        return new AggregationAmg(matrix);
    }

    /** Assembling the matrix and right-hand side again (what a Picard or time step repeats). */
    @Benchmark
    public double[] assemble() {
        system.assemble();
        return system.rhs();
    }
}
