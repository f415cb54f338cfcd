package org.kapitza.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it holds either the whole new content or whatever it held before, never a
 * mixture: the body writes a hidden temporary file in the same directory ({@code .name.<random>.tmp}),
 * which is flushed to disk and then renamed over the target in one atomic step.
 *
 * <p>A run that fails or is killed leaves a previous result in place rather than a truncated file that
 * a viewer would half-read. A process killed by {@code SIGKILL} can leave its hidden {@code .tmp} file
 * behind, never a damaged target; every other failure deletes it.
 *
 * <p>Any {@link IOException} is rethrown as one whose message names the target ("cannot write
 * out/T.vtr: No space left on device"), so the command line can print it as it is.
 */
public final class AtomicFile {
    private static final int BUFFER_BYTES = 1 << 16;
    /** Keeps temporary names within the usual 255-byte limit however long the target's name is. */
    private static final int MAX_NAME_IN_TEMP = 100;

    private AtomicFile() {
    }

    /**
     * Writes {@code target} from a buffered stream. The body need not close the stream; closing it only
     * flushes.
     *
     * @param target file to create or replace; its directory must exist
     * @param body   writes the content
     * @throws IOException naming the target, when the body or the file system fails; the target is then
     *                     unchanged and the temporary file deleted
     */
    public static void write(Path target, IOConsumer<? super OutputStream> body) throws IOException {
        writeChannel(target, channel -> {
            OutputStream out = new KeepOpenStream(Channels.newOutputStream(channel));
            body.accept(out);
            out.flush();
        });
    }

    /**
     * Writes {@code target} through a file channel, for writers that go back to fill in sizes they only
     * know at the end (with {@link FileChannel#write(java.nio.ByteBuffer, long)}). The body must not close
     * the channel.
     *
     * @param target file to create or replace; its directory must exist
     * @param body   writes the content
     * @throws IOException naming the target, when the body or the file system fails; the target is then
     *                     unchanged and the temporary file deleted
     */
    public static void writeChannel(Path target, IOConsumer<? super FileChannel> body) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": directory " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        Path tmp = null;
        FileChannel channel = null;
        try {
            for (int attempt = 0; channel == null; attempt++) {
                tmp = dir.resolve(temporaryName(file));
                try {
                    // CREATE_NEW with default permissions, unlike Files.createTempFile's owner-only 0600,
                    // so the renamed file has the permissions any new file would.
                    channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    if (attempt >= 9) throw e;
                }
            }
            body.accept(channel);
            channel.force(true);
            channel.close();
            Batch batch = BATCH.get();
            if (batch != null) {
                batch.pending.add(new Path[] {tmp, file, target});
                return; // renamed, with the rest of the set, by Batch.commit
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            discard(channel, tmp, e);
            throw new IOException("cannot write " + target + ": " + describe(e), e);
        } catch (RuntimeException | Error e) {
            discard(channel, tmp, e);
            throw e;
        }
        syncDirectory(dir);
    }

    private static final ThreadLocal<Batch> BATCH = new ThreadLocal<>();

    /**
     * A set of files that replace their previous versions together: inside a batch (on this thread) each
     * write goes to its hidden temporary file as usual, and the renames wait for {@link #commit}. A run
     * that fails while writing its results, after some of them, then leaves the previous run's whole set
     * in place instead of a mixture of old and new files: closing an uncommitted batch deletes what it
     * wrote. The renames of a commit are each atomic; a kill between two of them can still mix the set.
     */
    public static final class Batch implements AutoCloseable {
        private final java.util.List<Path[]> pending = new java.util.ArrayList<>();
        private boolean done;

        private Batch() {
        }

        /** Renames every file written in the batch into place, in the order they were written. */
        public void commit() throws IOException {
            done = true;
            BATCH.remove();
            java.util.Set<Path> dirs = new java.util.LinkedHashSet<>();
            for (int i = 0; i < pending.size(); i++) {
                Path[] p = pending.get(i);
                try {
                    Files.move(p[0], p[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    for (int j = i; j < pending.size(); j++) Files.deleteIfExists(pending.get(j)[0]);
                    throw new IOException("cannot write " + p[2] + ": " + describe(e), e);
                }
                dirs.add(p[1].getParent());
            }
            for (Path d : dirs) syncDirectory(d);
        }

        /** Without a commit: deletes the temporary files, so every target keeps its previous content. */
        @Override
        public void close() {
            if (done) return;
            done = true;
            BATCH.remove();
            for (Path[] p : pending) {
                try {
                    Files.deleteIfExists(p[0]);
                } catch (IOException ignored) {
                    // a hidden .tmp file left behind never damages a target
                }
            }
        }
    }

    /** Starts a batch on this thread: see {@link Batch}. Batches do not nest. */
    public static Batch batch() {
        if (BATCH.get() != null) throw new IllegalStateException("AtomicFile batches do not nest");
        Batch b = new Batch();
        BATCH.set(b);
        return b;
    }

    private static String temporaryName(Path file) {
        String name = file.getFileName().toString();
        if (name.length() > MAX_NAME_IN_TEMP) name = name.substring(0, MAX_NAME_IN_TEMP);
        return "." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp";
    }

    private static void discard(FileChannel channel, Path tmp, Throwable failure) {
        try {
            if (channel != null) channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        try {
            if (tmp != null) Files.deleteIfExists(tmp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The file system's reason without the temporary file's path, which means nothing to a user. */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Makes the rename itself durable against a power cut. Best effort: some systems (Windows) cannot
     * open a directory, and the file's content is already on disk either way.
     */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the rename is still atomic; only its durability across a crash is not guaranteed
        }
    }

    /** A buffered stream whose close only flushes, so a body's try-with-resources cannot close the channel. */
    private static final class KeepOpenStream extends BufferedOutputStream {
        KeepOpenStream(OutputStream out) {
            super(out, BUFFER_BYTES);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
