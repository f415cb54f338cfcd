package org.kapitza.phonon;

import java.util.Locale;
import java.util.Random;
import org.kapitza.interfaces.InterfaceModel;

/**
 * Cost of one {@code resistance(t1, t2)} call of a bound predicted interface, and of binding (building
 * the table). A plain timing loop for the record, not a unit test (timings depend on the machine); run
 * with {@code java -cp solver/target/classes:solver/target/test-classes:… org.kapitza.phonon.ResistanceTiming}.
 */
public final class ResistanceTiming {
    private ResistanceTiming() {
    }

    public static void main(String[] args) {
        AcousticLibrary lib = AcousticLibrary.builtIn();
        long b0 = System.nanoTime();
        PredictedInterface dmm = new PredictedInterface(BoundaryModel.DMM, Cutoff.PER_BRANCH, lib)
                .bind(lib.get("aluminium"), lib.get("silicon"));
        long b1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "first bind (tabulate %d intervals, cold JVM): %.1f ms%n",
                ((TabulatedConductance) dmm.law()).intervals(), (b1 - b0) / 1e6);
        String[] others = {"copper", "gold", "lead", "sapphire", "gan", "diamond"};
        long b2 = System.nanoTime();
        for (String o : others) new PredictedInterface(BoundaryModel.AMM, Cutoff.DEBYE_TEMPERATURE, lib).bind(lib.get("silicon"), lib.get(o));
        System.out.printf(Locale.ROOT, "later binds: %.1f ms each%n", (System.nanoTime() - b2) / 1e6 / others.length);

        int n = 1 << 20;
        double[] t1 = new double[n];
        double[] t2 = new double[n];
        Random r = new Random(3);
        for (int i = 0; i < n; i++) {
            t1[i] = 4 * Math.pow(100, r.nextDouble());               // 4–400 K
            // Newton's face temperatures: mostly close to each other, sometimes far apart.
            t2[i] = (i & 3) == 0 ? 4 * Math.pow(100, r.nextDouble()) : t1[i] * (1 + 1e-3 * r.nextGaussian());
        }
        time("dmm, random pairs 4–400 K", dmm, t1, t2);
        time("dmm, equal temperatures", dmm, t1, t1);
        InterfaceModel spin = new SpinTwoChannelInterface(new SpinTwoChannel(0.5e-15, 0.7), null);
        time("spin-two-channel (closed form)", spin, t1, t2);
    }

    private static void time(String what, InterfaceModel m, double[] t1, double[] t2) {
        double sink = 0;
        for (int rep = 0; rep < 5; rep++) { // warm-up: let the JIT compile the path
            for (int i = 0; i < t1.length; i++) sink += m.resistance(t1[i], t2[i]);
        }
        int reps = 10;
        long start = System.nanoTime();
        for (int rep = 0; rep < reps; rep++) {
            for (int i = 0; i < t1.length; i++) sink += m.resistance(t1[i], t2[i]);
        }
        double ns = (System.nanoTime() - start) / (double) reps / t1.length;
        System.out.printf(Locale.ROOT, "%-34s %6.1f ns per resistance() call   (checksum %.3g)%n", what, ns, sink);
    }
}
