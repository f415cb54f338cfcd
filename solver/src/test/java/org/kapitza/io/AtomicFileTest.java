package org.kapitza.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndReplaces() throws IOException {
        Path f = dir.resolve("a.txt");
        AtomicFile.write(f, out -> out.write("first".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("first", Files.readString(f));
        AtomicFile.write(f, out -> out.write("second, longer".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("second, longer", Files.readString(f));
        assertEquals(List.of("a.txt"), names());
    }

    @Test
    void theTargetIsUnchangedAndNoTemporaryFileIsLeftWhenTheBodyFails() throws IOException {
        Path f = dir.resolve("result.vtr");
        Files.writeString(f, "previous result");
        IOException failure = new IOException("disk on fire");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(f, out -> {
            out.write(new byte[200_000]); // more than the buffer, so the temporary file really has content
            throw failure;
        }));
        assertSame(failure, e.getCause());
        assertEquals("cannot write " + f + ": disk on fire", e.getMessage());
        assertEquals("previous result", Files.readString(f));
        assertEquals(List.of("result.vtr"), names());

        IllegalStateException bug = new IllegalStateException("bug in the body");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicFile.write(f, out -> {
            out.write(1);
            throw bug;
        })));
        assertEquals("previous result", Files.readString(f));
        assertEquals(List.of("result.vtr"), names());
    }

    @Test
    void aFailedFirstWriteCreatesNothing() throws IOException {
        Path f = dir.resolve("new.vtu");
        assertThrows(IOException.class, () -> AtomicFile.write(f, out -> {
            throw new IOException("no");
        }));
        assertEquals(List.of(), names());
    }

    @Test
    void theTemporaryFileIsHiddenInTheSameDirectoryUntilTheEnd() throws IOException {
        Path f = dir.resolve("out.vtp");
        AtomicFile.write(f, out -> {
            out.write('x');
            out.flush();
            List<String> during = names();
            assertEquals(1, during.size(), during.toString());
            String tmp = during.get(0);
            assertTrue(tmp.startsWith(".out.vtp.") && tmp.endsWith(".tmp"), tmp);
            assertFalse(Files.exists(f));
        });
        assertEquals(List.of("out.vtp"), names());
    }

    @Test
    void closingTheStreamInTheBodyIsHarmless() throws IOException {
        Path f = dir.resolve("c.txt");
        AtomicFile.write(f, out -> {
            try (OutputStream o = out) {
                o.write("closed early".getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertEquals("closed early", Files.readString(f));
    }

    @Test
    void aChannelBodyCanGoBackAndPatch() throws IOException {
        Path f = dir.resolve("p.bin");
        AtomicFile.writeChannel(f, ch -> {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0, 7, 8}));
            ch.write(ByteBuffer.wrap(new byte[] {5, 6}), 0);
        });
        assertArrayEquals(new byte[] {5, 6, 7, 8}, Files.readAllBytes(f));
    }

    @Test
    void aMissingDirectoryOrADirectoryTargetIsReportedByName() {
        Path missing = dir.resolve("no/such/dir/T.vtr");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(missing, out -> out.write(1)));
        assertTrue(e.getMessage().startsWith("cannot write " + missing + ": directory "), e.getMessage());
        assertTrue(e.getMessage().endsWith("does not exist"), e.getMessage());

        IOException d = assertThrows(IOException.class, () -> AtomicFile.write(dir, out -> out.write(1)));
        assertEquals("cannot write " + dir + ": it is a directory", d.getMessage());
    }

    /** A batch replaces a set of files together: a failure part-way leaves every previous file as it was. */
    @Test
    void aBatchReplacesTheWholeSetOrNothing() throws IOException {
        Path a = dir.resolve("run.vtr");
        Path b = dir.resolve("summary.json");
        Files.writeString(a, "old a");
        Files.writeString(b, "old b");
        IOException e = assertThrows(IOException.class, () -> {
            try (AtomicFile.Batch batch = AtomicFile.batch()) {
                AtomicFile.write(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
                assertEquals("old a", Files.readString(a), "not renamed before the commit");
                AtomicFile.write(b, out -> {
                    throw new IOException("disk full");
                });
                batch.commit();
            }
        });
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("old a", Files.readString(a));
        assertEquals("old b", Files.readString(b));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("run.vtr", "summary.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            AtomicFile.write(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
            AtomicFile.write(b, out -> out.write("new b".getBytes(StandardCharsets.UTF_8)));
            batch.commit();
        }
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        // After a batch, writes are immediate again.
        AtomicFile.write(a, out -> out.write("third".getBytes(StandardCharsets.UTF_8)));
        assertEquals("third", Files.readString(a));
    }
}
