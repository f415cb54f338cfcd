package org.kapitza.io.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A VTK XML file with appended raw data, decoded independently of the writer: the markup parsed by the
 * JDK's XML parser, every array's bytes found through its offset and decompressed block by block, and
 * the layout checked on the way (offsets contiguous, block headers consistent, nothing left over).
 */
final class AppendedFile {
    /** One decoded DataArray; {@code section} is its parent element (CellData, Coordinates, Points, Cells, ...). */
    record Array(String section, String name, String type, int components, ByteBuffer data, long[] blockHeader) {
        double[] doubles() {
            assertEquals("Float64", type, name);
            double[] v = new double[data.capacity() / 8];
            data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
            return v;
        }

        int[] ints() {
            assertEquals("Int32", type, name);
            int[] v = new int[data.capacity() / 4];
            data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(v);
            return v;
        }

        byte[] bytes() {
            assertEquals("UInt8", type, name);
            byte[] v = new byte[data.capacity()];
            data.duplicate().get(v);
            return v;
        }
    }

    final Document markup;
    final Element root;
    final boolean compressed;
    final List<Array> arrays = new ArrayList<>();

    private AppendedFile(Path file) throws Exception {
        byte[] all = Files.readAllBytes(file);
        String opening = "<AppendedData encoding=\"raw\">";
        int tag = indexOf(all, opening.getBytes(StandardCharsets.US_ASCII), 0);
        assertTrue(tag > 0, file + ": no appended section");
        int underscore = indexOf(all, new byte[] {'_'}, tag);
        int start = underscore + 1;
        String closing = "\n  </AppendedData>\n</VTKFile>\n";
        int end = all.length - closing.length();
        assertEquals(closing, new String(all, end, closing.length(), StandardCharsets.US_ASCII), file + ": file ending");

        String head = new String(all, 0, start - 1, StandardCharsets.UTF_8) + "</AppendedData></VTKFile>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        markup = f.newDocumentBuilder().parse(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)));
        root = markup.getDocumentElement();
        assertEquals("VTKFile", root.getTagName());
        assertEquals("1.0", root.getAttribute("version"));
        assertEquals("LittleEndian", root.getAttribute("byte_order"));
        assertEquals("UInt64", root.getAttribute("header_type"));
        compressed = root.hasAttribute("compressor");
        if (compressed) assertEquals("vtkZLibDataCompressor", root.getAttribute("compressor"));

        ByteBuffer appended = ByteBuffer.wrap(all, start, end - start).slice().order(ByteOrder.LITTLE_ENDIAN);
        NodeList list = markup.getElementsByTagName("DataArray");
        long expectedOffset = 0;
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            assertEquals("appended", e.getAttribute("format"));
            long offset = Long.parseLong(e.getAttribute("offset"));
            assertEquals(expectedOffset, offset, file + ": offset of array " + e.getAttribute("Name"));
            appended.position((int) offset);
            long[] header = null;
            ByteBuffer data;
            if (compressed) {
                int blocks = (int) appended.getLong();
                long blockSize = appended.getLong();
                long last = appended.getLong();
                header = new long[3 + blocks];
                header[0] = blocks;
                header[1] = blockSize;
                header[2] = last;
                for (int b = 0; b < blocks; b++) header[3 + b] = appended.getLong();
                long total = blocks == 0 ? 0 : (blocks - 1) * blockSize + (last == 0 ? blockSize : last);
                data = ByteBuffer.allocate((int) total);
                for (int b = 0; b < blocks; b++) {
                    byte[] packed = new byte[(int) header[3 + b]];
                    appended.get(packed);
                    byte[] plain = inflate(packed);
                    long expected = b < blocks - 1 || last == 0 ? blockSize : last;
                    assertEquals(expected, plain.length, file + ": block " + b + " of " + e.getAttribute("Name"));
                    data.put(plain);
                }
                data.flip();
            } else {
                long n = appended.getLong();
                byte[] plain = new byte[(int) n];
                appended.get(plain);
                data = ByteBuffer.wrap(plain);
            }
            expectedOffset = appended.position();
            String section = ((Element) e.getParentNode()).getTagName();
            arrays.add(new Array(section, e.getAttribute("Name"), e.getAttribute("type"),
                    Integer.parseInt(e.getAttribute("NumberOfComponents")), data, header));
        }
        assertEquals(appended.limit(), expectedOffset, file + ": bytes after the last array");
    }

    static AppendedFile read(Path file) throws Exception {
        return new AppendedFile(file);
    }

    Array array(String section, String name) {
        for (Array a : arrays) {
            if (a.section().equals(section) && a.name().equals(name)) return a;
        }
        throw new AssertionError("no array " + section + "/" + name + " in " + arrays.stream().map(a -> a.section() + "/" + a.name()).toList());
    }

    /** The first element with this tag. */
    Element element(String tag) {
        return (Element) markup.getElementsByTagName(tag).item(0);
    }

    private static byte[] inflate(byte[] packed) throws DataFormatException {
        Inflater inf = new Inflater();
        try {
            inf.setInput(packed);
            byte[] buf = new byte[64 * 1024];
            int n = 0;
            while (!inf.finished()) {
                int k = inf.inflate(buf, n, buf.length - n);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) throw new DataFormatException("truncated block");
                n += k;
            }
            assertEquals(0, inf.getRemaining(), "bytes after the end of a zlib block");
            return java.util.Arrays.copyOf(buf, n);
        } finally {
            inf.end();
        }
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
