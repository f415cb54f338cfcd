package org.kapitza.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.vtk.CollectionWriter;

/**
 * The fields of a transient run for ParaView: at output time i, {@code <name>_<i>.vtr} (or {@code .vtu})
 * and {@code <name>_<i>-interfaces.vtp}, with the arrays of {@link VtkResults}; and {@code <name>.pvd},
 * rewritten (atomically) after every output so that ParaView plays whatever a run, even one killed or
 * still going, has written so far as a time series, with the simulated time in s.
 *
 * <p>Output i is always the i-th output time of the run, so a restarted run names and lists its files
 * exactly as the uninterrupted run would have.
 */
public final class VtkTimeSeries {
    private final Path dir;
    private final String name;
    private final boolean compress;
    private final double[] times;
    private boolean unstructured;

    /**
     * @param times the run's output times (s), in order
     */
    public VtkTimeSeries(Path dir, String name, boolean compress, double[] times) {
        this.dir = dir;
        this.name = name;
        this.compress = compress;
        this.times = times.clone();
    }

    /** Writes the volume as {@code .vtu} even when every cell is active ({@code output.format: vtu}); returns this. */
    public VtkTimeSeries unstructured(boolean unstructured) {
        this.unstructured = unstructured;
        return this;
    }

    /** The base name of output i: {@code <name>_0007}. */
    public String baseName(int index) {
        int digits = Math.max(4, String.valueOf(Math.max(0, times.length - 1)).length());
        return String.format(Locale.ROOT, "%s_%0" + digits + "d", name, index);
    }

    /** Writes output {@code index} and the collection of outputs 0 to index. */
    public void write(int index, SteadyResult view) throws IOException {
        List<String> files = VtkResults.writeFields(dir, baseName(index), view, compress, unstructured);
        CollectionWriter pvd = new CollectionWriter();
        String volumeExt = files.get(0).substring(files.get(0).lastIndexOf('.'));
        for (int i = 0; i <= index; i++) {
            pvd.add(times[i], 0, dir.resolve(baseName(i) + volumeExt));
            pvd.add(times[i], 1, dir.resolve(baseName(i) + "-interfaces.vtp"));
            pvd.add(times[i], 2, dir.resolve(baseName(i) + "-boundary.vtp"));
        }
        pvd.write(dir.resolve(name + ".pvd"));
    }

    /** The collection's file name. */
    public String collectionFile() {
        return name + ".pvd";
    }
}
