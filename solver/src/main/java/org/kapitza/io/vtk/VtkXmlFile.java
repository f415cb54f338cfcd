package org.kapitza.io.vtk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * One VTK XML file being written with all data in the appended section, as raw (not base64) binary,
 * little-endian, with {@code UInt64} headers.
 *
 * <p>The layout follows the VTK file formats, "XML File Formats"
 * (https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html) and, for the binary headers
 * the format documentation leaves out, "VTK XML Formats" (https://vtk.org/Wiki/VTK_XML_Formats) and VTK's
 * {@code vtkXMLWriter} / {@code vtkXMLDataParser}:
 * <ul>
 * <li>The markup comes first; each {@code DataArray} has {@code format="appended"} and an
 * {@code offset}, counted in bytes from the first byte after the {@code _} that opens the appended
 * section.
 * <li>Uncompressed, an array is {@code [UInt64 byte count][bytes]}.
 * <li>Compressed, its bytes are cut into blocks of {@link #BLOCK_BYTES}, each compressed on its own with
 * zlib, and the array is {@code [UInt64 nblocks][UInt64 block size][UInt64 size of the last block, 0 when
 * it is a full block][UInt64 compressed size of each block...][compressed blocks]}. An empty array is
 * {@code [0][block size][0]}.
 * </ul>
 *
 * <p>Offsets and compressed sizes are known only once the data is written, so, as VTK's own writer does,
 * space is reserved for them and filled in at the end by positional writes to the channel. Nothing
 * proportional to the data is held in memory: values pass through one reusable block.
 */
final class VtkXmlFile implements AutoCloseable {
    /** Uncompressed block size: VTK's own default ({@code vtkXMLWriter::BlockSize}); zlib's window is 32 KiB anyway. */
    static final int BLOCK_BYTES = 32 * 1024;
    /**
     * zlib level 1. On temperature fields, whose low mantissa bits look random, higher levels shrink
     * files by only a few percent and take several times longer; integer fields compress very well at
     * any level.
     */
    private static final int ZLIB_LEVEL = Deflater.BEST_SPEED;
    /** {@code offset="} + up to 20 digits + {@code "}: the space reserved in each DataArray tag. */
    private static final int OFFSET_FIELD = 30;

    private record Patch(long position, ByteBuffer bytes) {
    }

    private final FileChannel channel;
    private final boolean compress;
    private final ByteBuffer out = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private long flushed;
    private final byte[] block = new byte[BLOCK_BYTES];
    private final DoubleBuffer blockDoubles;
    private final IntBuffer blockInts;
    private final byte[] packed;
    private final Deflater deflater;
    private final List<VtkArray> arrays = new ArrayList<>();
    private final List<Long> offsetFields = new ArrayList<>();
    private final List<Patch> patches = new ArrayList<>();

    VtkXmlFile(FileChannel channel, VtkCompression compression) {
        this.channel = channel;
        this.compress = compression == VtkCompression.ZLIB;
        ByteBuffer b = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
        this.blockDoubles = b.asDoubleBuffer();
        this.blockInts = b.asIntBuffer();
        // zlib's worst case for incompressible input is a few bytes per 16 KiB more than the input
        this.packed = compress ? new byte[BLOCK_BYTES + BLOCK_BYTES / 64 + 64] : null;
        this.deflater = compress ? new Deflater(ZLIB_LEVEL) : null;
    }

    /** The XML declaration and the opening {@code VTKFile} tag of a file of the given type ("RectilinearGrid", ...). */
    void begin(String type) throws IOException {
        markup("<?xml version=\"1.0\"?>\n<VTKFile type=\"" + type
                + "\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\""
                + (compress ? " compressor=\"vtkZLibDataCompressor\"" : "") + ">\n");
    }

    /** Markup, written as it is (UTF-8). */
    void markup(String s) throws IOException {
        put(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A {@code DataArray} tag whose data will go in the appended section, in the order of these calls. */
    void dataArray(String indent, VtkArray a) throws IOException {
        markup(indent + "<DataArray type=\"" + a.type().xmlName + "\" Name=\"" + Xml.attribute(a.name())
                + "\" NumberOfComponents=\"" + a.components() + "\" format=\"appended\"");
        // a valid empty attribute plus padding, overwritten with the offset at the end
        offsetFields.add(position());
        StringBuilder field = new StringBuilder(OFFSET_FIELD).append(" offset=\"\"");
        while (field.length() < OFFSET_FIELD) field.append(' ');
        markup(field.append("/>\n").toString());
        arrays.add(a);
    }

    /**
     * The appended section with the data of every array, the closing {@code VTKFile} tag, then the
     * reserved offsets and compression headers filled in. Call once, after the markup.
     */
    void finish() throws IOException {
        markup("  <AppendedData encoding=\"raw\">\n   _");
        long start = position();
        for (int i = 0; i < arrays.size(); i++) {
            String field = " offset=\"" + (position() - start) + "\"";
            patches.add(new Patch(offsetFields.get(i), ByteBuffer.wrap(field.getBytes(StandardCharsets.US_ASCII))));
            if (compress) appendCompressed(arrays.get(i));
            else appendRaw(arrays.get(i));
        }
        markup("\n  </AppendedData>\n</VTKFile>\n");
        flush();
        for (Patch p : patches) {
            long at = p.position();
            while (p.bytes().hasRemaining()) at += channel.write(p.bytes(), at);
        }
    }

    private void appendRaw(VtkArray a) throws IOException {
        long bytes = (long) a.length() * a.type().bytes;
        ensure(8);
        out.putLong(bytes);
        int blocks = blockCount(bytes);
        for (int b = 0; b < blocks; b++) put(block, 0, fillBlock(a, b));
    }

    private void appendCompressed(VtkArray a) throws IOException {
        long bytes = (long) a.length() * a.type().bytes;
        int blocks = blockCount(bytes);
        ByteBuffer header = ByteBuffer.allocate(8 * (3 + blocks)).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(blocks).putLong(BLOCK_BYTES).putLong(bytes % BLOCK_BYTES);
        long headerAt = position();
        put(new byte[header.capacity()]);
        for (int b = 0; b < blocks; b++) {
            int n = fillBlock(a, b);
            deflater.reset();
            deflater.setInput(block, 0, n);
            deflater.finish();
            long packedBytes = 0;
            while (!deflater.finished()) {
                int k = deflater.deflate(packed);
                put(packed, 0, k);
                packedBytes += k;
            }
            header.putLong(packedBytes);
        }
        patches.add(new Patch(headerAt, header.flip()));
    }

    private static int blockCount(long bytes) {
        return (int) ((bytes + BLOCK_BYTES - 1) / BLOCK_BYTES);
    }

    /** Copies block b of the array's bytes into {@link #block}; returns how many bytes it holds. */
    private int fillBlock(VtkArray a, int b) {
        int perBlock = BLOCK_BYTES / a.type().bytes;
        int from = b * perBlock;
        int count = Math.min(perBlock, a.length() - from);
        switch (a.type()) {
            case FLOAT64 -> {
                blockDoubles.clear();
                blockDoubles.put(a.doubles(), from, count);
            }
            case INT32 -> {
                blockInts.clear();
                blockInts.put(a.ints(), from, count);
            }
            case UINT8 -> System.arraycopy(a.bytes(), from, block, 0, count);
        }
        return count * a.type().bytes;
    }

    private long position() {
        return flushed + out.position();
    }

    private void put(byte[] src) throws IOException {
        put(src, 0, src.length);
    }

    private void put(byte[] src, int off, int len) throws IOException {
        while (len > 0) {
            if (!out.hasRemaining()) flush();
            int k = Math.min(len, out.remaining());
            out.put(src, off, k);
            off += k;
            len -= k;
        }
    }

    private void ensure(int bytes) throws IOException {
        if (out.remaining() < bytes) flush();
    }

    private void flush() throws IOException {
        out.flip();
        while (out.hasRemaining()) flushed += channel.write(out);
        out.clear();
    }

    /** Frees the compressor's native memory. */
    @Override
    public void close() {
        if (deflater != null) deflater.end();
    }
}
