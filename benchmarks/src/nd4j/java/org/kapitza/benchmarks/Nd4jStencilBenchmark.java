package org.kapitza.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kapitza.fv.LinearSystem;
import org.kapitza.linalg.StencilMatrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
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
 * The 7-point operator y = A x on an n³ grid through ND4J array operations (shifted views of a padded
 * array, in-place adds and multiplies) against plain-Java loops, to decide whether ND4J belongs in the
 * solver. Only the {@code -Pnd4j} profile compiles this class.
 *
 * <p>Layout: x is stored padded, (n+2)³ in C order [k][j][i], with a zero halo (homogeneous Dirichlet),
 * so every one of the six neighbours is a shifted view of the same array. Two operators:
 * <ul>
 * <li><b>uniform</b>: y = 6 x_c − Σ x_nb (unit coefficients);</li>
 * <li><b>variable</b>: y = Σ_f g_f (x_c − x_nb) with face coefficients gx (n, n, n+1), gy (n, n+1, n),
 * gz (n+1, n, n), as Kapitza's finite volumes have;</li>
 * </ul>
 * each through ND4J and as a single-threaded Java loop, plus Kapitza's own {@link StencilMatrix#apply}
 * (variable coefficients, all solver threads) on a plain n³ box for reference. Setup checks that the ND4J
 * and Java results agree.
 *
 * <p>Run: {@code mvn -B -q -Pnd4j -DskipTests package && java -jar benchmarks/target/benchmarks-nd4j.jar Nd4jStencilBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class Nd4jStencilBenchmark {
    @Param({"100"})
    public int n;

    // Plain Java
    private double[] xp;      // padded x, (n+2)³
    private double[] y;       // n³
    private double[] gx;      // (n, n, n+1)
    private double[] gy;      // (n, n+1, n)
    private double[] gz;      // (n+1, n, n)

    // ND4J: views made once, so the benchmark times the arithmetic, not the indexing
    private INDArray ndPadded;
    private INDArray ndY;
    private INDArray tmp;
    private INDArray centre;
    private INDArray[] neighbours; // −x, +x, −y, +y, −z, +z
    private INDArray[] faceG;      // the coefficient of each of those faces, same order

    // Kapitza's kernel on a plain box
    private StencilMatrix kapitza;
    private double[] kx;
    private double[] ky;

    @Setup(Level.Trial)
    public void setUp() {
        int m = n + 2;
        Random rnd = new Random(1);
        xp = new double[m * m * m];
        for (int k = 1; k <= n; k++)
            for (int j = 1; j <= n; j++)
                for (int i = 1; i <= n; i++) xp[(k * m + j) * m + i] = rnd.nextDouble() - 0.5;
        y = new double[n * n * n];
        gx = random(rnd, n * n * (n + 1));
        gy = random(rnd, n * (n + 1) * n);
        gz = random(rnd, (n + 1) * n * n);

        INDArray x = Nd4j.createFromArray(xp).reshape('c', m, m, m);
        INDArray ax = Nd4j.createFromArray(gx).reshape('c', n, n, n + 1);
        INDArray ay = Nd4j.createFromArray(gy).reshape('c', n, n + 1, n);
        INDArray az = Nd4j.createFromArray(gz).reshape('c', n + 1, n, n);
        ndY = Nd4j.create(DataType.DOUBLE, n, n, n);
        tmp = Nd4j.create(DataType.DOUBLE, n, n, n);
        INDArrayIndex in = NDArrayIndex.interval(1, n + 1);
        INDArrayIndex lo = NDArrayIndex.interval(0, n);
        INDArrayIndex hi = NDArrayIndex.interval(2, n + 2);
        INDArrayIndex all = NDArrayIndex.all();
        INDArrayIndex fLo = NDArrayIndex.interval(0, n);
        INDArrayIndex fHi = NDArrayIndex.interval(1, n + 1);
        centre = x.get(in, in, in);
        neighbours = new INDArray[] {x.get(in, in, lo), x.get(in, in, hi), x.get(in, lo, in), x.get(in, hi, in),
                x.get(lo, in, in), x.get(hi, in, in)};
        faceG = new INDArray[] {ax.get(all, all, fLo), ax.get(all, all, fHi), ay.get(all, fLo, all), ay.get(all, fHi, all),
                az.get(fLo, all, all), az.get(fHi, all, all)};
        ndPadded = x;

        check(javaUniform(), nd4jUniform(), "uniform");
        check(javaVariable(), nd4jVariable(), "variable");

        kapitza = LinearSystem.of(PeerBenchmark.box(n)).matrix();
        kx = new double[kapitza.size()];
        for (int c = 0; c < kx.length; c++) kx[c] = rnd.nextDouble() - 0.5;
        ky = new double[kx.length];
    }

    private static double[] random(Random rnd, int len) {
        double[] a = new double[len];
        for (int i = 0; i < len; i++) a[i] = 0.5 + rnd.nextDouble();
        return a;
    }

    private void check(double[] java, INDArray nd, String what) {
        double[] a = java.clone();
        double[] b = nd.dup('c').reshape(a.length).toDoubleVector();
        double err = 0;
        double scale = 0;
        for (int i = 0; i < a.length; i++) {
            err = Math.max(err, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.abs(a[i]));
        }
        if (err > 1e-12 * scale) throw new AssertionError(what + ": ND4J and Java differ by " + err);
    }

    /** y = 6 x_c − Σ x_nb, one thread. */
    @Benchmark
    public double[] javaUniform() {
        int m = n + 2;
        int sy = m;
        int sz = m * m;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                int p = ((k + 1) * m + j + 1) * m + 1;
                int o = (k * n + j) * n;
                for (int i = 0; i < n; i++, p++) {
                    y[o + i] = 6 * xp[p] - xp[p - 1] - xp[p + 1] - xp[p - sy] - xp[p + sy] - xp[p - sz] - xp[p + sz];
                }
            }
        }
        return y;
    }

    /** The same through ND4J: one assign, one scale and six in-place subtractions of shifted views. */
    @Benchmark
    public INDArray nd4jUniform() {
        ndY.assign(centre).muli(6);
        for (INDArray v : neighbours) ndY.subi(v);
        return ndY;
    }

    /** y = Σ_f g_f (x_c − x_nb), one thread. */
    @Benchmark
    public double[] javaVariable() {
        int m = n + 2;
        int sy = m;
        int sz = m * m;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                int p = ((k + 1) * m + j + 1) * m + 1;
                int o = (k * n + j) * n;
                int fx = (k * n + j) * (n + 1);
                int fy = (k * (n + 1) + j) * n;
                int fz = (k * n + j) * n;
                for (int i = 0; i < n; i++, p++) {
                    double xc = xp[p];
                    y[o + i] = gx[fx + i] * (xc - xp[p - 1]) + gx[fx + i + 1] * (xc - xp[p + 1])
                            + gy[fy + i] * (xc - xp[p - sy]) + gy[fy + n + i] * (xc - xp[p + sy])
                            + gz[fz + i] * (xc - xp[p - sz]) + gz[fz + n * n + i] * (xc - xp[p + sz]);
                }
            }
        }
        return y;
    }

    /**
     * The same through ND4J. Without fused kernels each face needs a temporary: tmp = (x_c − x_nb)·g,
     * y += tmp, so the six faces cost 18 passes over n³ arrays.
     */
    @Benchmark
    public INDArray nd4jVariable() {
        ndY.assign(0);
        for (int f = 0; f < 6; f++) {
            tmp.assign(centre).subi(neighbours[f]).muli(faceG[f]);
            ndY.addi(tmp);
        }
        return ndY;
    }

    /** Kapitza's production kernel (flux form, variable coefficients, all solver threads), plain n³ box. */
    @Benchmark
    public double[] kapitzaStencilMatrix() {
        kapitza.apply(kx, ky);
        return ky;
    }

    /** Keeps the padded ND4J source alive (its views refer to it). */
    INDArray padded() {
        return ndPadded;
    }
}
