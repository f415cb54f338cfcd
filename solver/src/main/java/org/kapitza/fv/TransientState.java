package org.kapitza.fv;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a transient run needs to continue from a step: written to checkpoints and read back on
 * restart. Temperatures are stored as T − T_ref of the run's discretisation.
 */
public final class TransientState {
    static final String MAGIC = "KAPITZA-CHECKPOINT-3";

    double time;
    double dt;
    double previousDt;
    int step;
    int rejected;
    int rannacher;
    int nextOutput;
    long newtonIterations;
    long linearIterations;
    double maxEnergyError;
    int roundOffSteps; // steps that moved too little heat to resolve to the tolerance (at equilibrium)
    double maxRoundOffImbalance; // the worst of their imbalances, relative to the round-off floor
    double[] u;
    double[] f;
    double[] fPrevious;
    double[] rOld;
    boolean havePrevious;
    int[][] aggregates;
    double[] linearisation; // Assembly.linearisationState(): the Picard history of interface faces
    double amgDt = Double.NaN; // Δt and θ the hierarchy's coefficients were computed at
    double amgTheta = Double.NaN;
    final List<double[]> probeRows = new ArrayList<>();
    final List<double[]> outputs = new ArrayList<>(); // {time, index}

    /** Simulated time reached (s). */
    public double time() {
        return time;
    }

    /** Accepted steps. */
    public int steps() {
        return step;
    }

    void write(DataOutputStream out, int cells) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(cells);
        out.writeDouble(time);
        out.writeDouble(dt);
        out.writeDouble(previousDt);
        out.writeInt(step);
        out.writeInt(rejected);
        out.writeInt(rannacher);
        out.writeInt(nextOutput);
        out.writeLong(newtonIterations);
        out.writeLong(linearIterations);
        out.writeDouble(maxEnergyError);
        out.writeInt(roundOffSteps);
        out.writeDouble(maxRoundOffImbalance);
        out.writeBoolean(havePrevious);
        for (double[] v : new double[][] {u, f, fPrevious, rOld, linearisation}) writeArray(out, v);
        out.writeDouble(amgDt);
        out.writeDouble(amgTheta);
        out.writeInt(aggregates == null ? -1 : aggregates.length);
        if (aggregates != null) {
            for (int[] a : aggregates) {
                out.writeInt(a.length);
                for (int x : a) out.writeInt(x);
            }
        }
        writeRows(out, probeRows);
        writeRows(out, outputs);
    }

    /** A checkpoint of another format version is named as such: it is not damaged, only older or newer. */
    private static void checkMagic(String magic, String file) throws IOException {
        if (MAGIC.equals(magic)) return;
        String family = MAGIC.substring(0, MAGIC.lastIndexOf('-') + 1);
        if (magic.startsWith(family)) {
            throw new IOException(file + " is a checkpoint of format " + magic.substring(family.length())
                    + ", written by another version of Kapitza; this one reads format "
                    + MAGIC.substring(family.length()) + ": run the case from its start");
        }
        throw new IOException(file + " is not a Kapitza checkpoint");
    }

    /** The simulated time of a checkpoint, read from its head. */
    static double peekTime(DataInputStream in) throws IOException {
        checkMagic(in.readUTF(), "the file");
        in.readInt();
        return in.readDouble();
    }

    static TransientState read(DataInputStream in, int cells, String file) throws IOException {
        checkMagic(in.readUTF(), file);
        int c = in.readInt();
        if (c != cells) {
            throw new IOException(file + " was written for a mesh of " + c + " cells; this case has " + cells);
        }
        TransientState s = new TransientState();
        s.time = in.readDouble();
        s.dt = in.readDouble();
        s.previousDt = in.readDouble();
        s.step = in.readInt();
        s.rejected = in.readInt();
        s.rannacher = in.readInt();
        s.nextOutput = in.readInt();
        s.newtonIterations = in.readLong();
        s.linearIterations = in.readLong();
        s.maxEnergyError = in.readDouble();
        s.roundOffSteps = in.readInt();
        s.maxRoundOffImbalance = in.readDouble();
        s.havePrevious = in.readBoolean();
        s.u = readArray(in);
        s.f = readArray(in);
        s.fPrevious = readArray(in);
        s.rOld = readArray(in);
        s.linearisation = readArray(in);
        s.amgDt = in.readDouble();
        s.amgTheta = in.readDouble();
        int levels = in.readInt();
        if (levels >= 0) {
            s.aggregates = new int[levels][];
            for (int l = 0; l < levels; l++) {
                int[] a = new int[in.readInt()];
                for (int i = 0; i < a.length; i++) a[i] = in.readInt();
                s.aggregates[l] = a;
            }
        }
        s.probeRows.addAll(readRows(in));
        s.outputs.addAll(readRows(in));
        return s;
    }

    private static void writeArray(DataOutputStream out, double[] v) throws IOException {
        out.writeInt(v.length);
        for (double x : v) out.writeDouble(x);
    }

    private static double[] readArray(DataInputStream in) throws IOException {
        double[] v = new double[in.readInt()];
        for (int i = 0; i < v.length; i++) v[i] = in.readDouble();
        return v;
    }

    private static void writeRows(DataOutputStream out, List<double[]> rows) throws IOException {
        out.writeInt(rows.size());
        for (double[] r : rows) writeArray(out, r);
    }

    private static List<double[]> readRows(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<double[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) rows.add(readArray(in));
        return rows;
    }
}
