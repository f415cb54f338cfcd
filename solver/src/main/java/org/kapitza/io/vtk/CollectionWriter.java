package org.kapitza.io.vtk;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kapitza.io.AtomicFile;

/**
 * Writes a ParaView data collection ({@code .pvd}): one file that opens every output of a run at once,
 * each dataset as a part (the grid, the interfaces, ...) and, over several time steps, as an animation.
 *
 * <p>The format is VTK XML with {@code type="Collection"}: one {@code DataSet} element per file with its
 * {@code timestep}, {@code part} and {@code file}, the file relative to the collection's directory so
 * the output folder can be moved ("XML File Formats",
 * https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html; read by ParaView's
 * {@code vtkPVDReader}).
 *
 * <pre>{@code
 * new CollectionWriter()
 *         .add(0.0, 0, Path.of("out/T.vtr"))
 *         .add(0.0, 1, Path.of("out/interfaces.vtp"))
 *         .write(Path.of("out/result.pvd"));
 * }</pre>
 */
public final class CollectionWriter {
    private record Entry(double timestep, int part, Path file) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Adds a dataset.
     *
     * @param timestep time of the dataset (s); 0 for a steady result
     * @param part     which part of the result it is, from 0; datasets of the same part at different times
     *                 form one animated object in ParaView
     * @param file     the dataset, as it was written (relative to the working directory, or absolute); the
     *                 collection stores it relative to its own directory
     * @return this writer
     */
    public CollectionWriter add(double timestep, int part, Path file) {
        if (!Double.isFinite(timestep)) throw new IllegalArgumentException("timestep of " + file + " is " + timestep);
        if (part < 0) throw new IllegalArgumentException("part of " + file + " is " + part + "; parts count from 0");
        entries.add(new Entry(timestep, part, Objects.requireNonNull(file, "file")));
        return this;
    }

    /** Number of datasets added. */
    public int size() {
        return entries.size();
    }

    /**
     * Writes the collection.
     *
     * @param pvd the {@code .pvd} file, created or replaced
     * @throws IllegalArgumentException when a dataset cannot be reached by a relative path from the
     *                                  collection's directory (another drive); nothing is written then
     * @throws IOException              naming the file, when it cannot be written
     */
    public void write(Path pvd) throws IOException {
        Path dir = pvd.toAbsolutePath().normalize().getParent();
        StringBuilder xml = new StringBuilder(200 + 100 * entries.size());
        xml.append("<?xml version=\"1.0\"?>\n")
                .append("<VTKFile type=\"Collection\" version=\"1.0\" byte_order=\"LittleEndian\">\n")
                .append("  <Collection>\n");
        for (Entry e : entries) {
            xml.append("    <DataSet timestep=\"").append(e.timestep()).append("\" group=\"\" part=\"").append(e.part())
                    .append("\" file=\"").append(Xml.attribute(relative(pvd, dir, e.file()))).append("\"/>\n");
        }
        xml.append("  </Collection>\n</VTKFile>\n");
        AtomicFile.write(pvd, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(xml.toString());
            w.flush();
        });
    }

    /** The dataset's path from the collection's directory, with '/' separators as the format expects. */
    private static String relative(Path pvd, Path dir, Path file) {
        Path rel;
        try {
            rel = dir.relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot write " + pvd + ": dataset " + file
                    + " cannot be reached by a relative path from " + dir, e);
        }
        return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    }
}
