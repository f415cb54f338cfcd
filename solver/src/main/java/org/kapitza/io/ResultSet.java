package org.kapitza.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A set of result files that replaces the previous set in one step: the new set is written into a fresh
 * hidden directory beside the output directory ({@code results/.two-slab.set-<random>}), and the output
 * directory itself is a symbolic link ({@code results/two-slab → .two-slab.set-<random>}) switched to it
 * by renaming a new link over the old one, which is atomic. A process killed at any instant therefore
 * leaves the link pointing at exactly the old set or exactly the new one, never a mixture; what a kill
 * leaves behind (an unfinished set directory, a temporary link, the old set not yet deleted, hidden
 * {@code .tmp} files of {@link AtomicFile}) is deleted by the next run into the same directory.
 *
 * <p>An output directory that already exists as a real directory (one given with {@code -o}, perhaps
 * holding other files) is not replaced: the set is written into it in place ({@link #inPlace()}), each
 * file atomically and all renamed at the end ({@link AtomicFile.Batch}). Only one run at a time may write
 * to one output directory.
 */
public final class ResultSet implements AutoCloseable {
    /** Longest part of the output directory's name repeated in the hidden names (255-byte name limit). */
    private static final int MAX_NAME = 100;
    /** Hidden temporary files of {@link AtomicFile} and of the write check. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp|\\.kapitza-write-check.*\\.tmp");

    private final Path link;
    private final Path fresh;
    private final Path previous;
    private boolean done;

    private ResultSet(Path link, Path fresh, Path previous) {
        this.link = link;
        this.fresh = fresh;
        this.previous = previous;
    }

    /**
     * Prepares a new set for the output directory {@code out}, after deleting what earlier killed runs
     * left behind: a fresh directory to write into, or {@code out} itself when it is a real directory.
     *
     * @throws IOException when the directory for the new set cannot be created (the caller names the reason)
     */
    public static ResultSet prepare(Path out) throws IOException {
        Path link = out.toAbsolutePath().normalize();
        Path parent = link.getParent();
        if (parent == null) return new ResultSet(link, null, null); // the root: written in place
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            deleteTemporaries(link);
            return new ResultSet(link, null, null);
        }
        Path current = ourTarget(link);
        if (Files.isSymbolicLink(link) && current == null) {
            // Someone else's link (to a directory elsewhere): written in place through it.
            Files.createDirectories(link);
            deleteTemporaries(link);
            return new ResultSet(link, null, null);
        }
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && current == null) {
            throw new java.nio.file.FileAlreadyExistsException(link.toString(), null, "File exists (and is not a directory)");
        }
        if (!Files.exists(parent)) Files.createDirectories(parent);
        if (!Files.isDirectory(parent)) {
            throw new java.nio.file.FileSystemException(link.toString(), null, "Not a directory");
        }
        deleteStale(link, current);
        if (current != null) deleteTemporaries(current);
        Path fresh = parent.resolve("." + stem(link) + ".set-" + random());
        Files.createDirectory(fresh);
        return new ResultSet(link, fresh, current);
    }

    /**
     * Deletes what killed runs left behind for the output directory {@code out}, without starting a new
     * set: for runs that write in place (transient time series and checkpoints).
     */
    public static void clean(Path out) throws IOException {
        Path link = out.toAbsolutePath().normalize();
        if (link.getParent() == null) return;
        Path current = ourTarget(link);
        if (current != null || !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) deleteStale(link, current);
        if (Files.isDirectory(link)) deleteTemporaries(link);
    }

    /** True when the set is written into the output directory itself, file by file. */
    public boolean inPlace() {
        return fresh == null;
    }

    /** The directory to write the new set into. */
    public Path directory() {
        return fresh == null ? link : fresh;
    }

    /** Switches the output directory to the new set in one rename, then deletes the old set. */
    public void commit() throws IOException {
        if (done) throw new IllegalStateException("committed or closed already");
        done = true;
        if (fresh == null) return;
        sync(fresh);
        Path parent = link.getParent();
        Path tmp = parent.resolve("." + stem(link) + ".link-" + random() + ".tmp");
        Files.createSymbolicLink(tmp, fresh.getFileName());
        try {
            Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            deleteTree(fresh);
            throw e;
        }
        sync(parent);
        if (previous != null) deleteTree(previous);
    }

    /** Without a commit: deletes the unfinished set, so the output directory keeps the previous one. */
    @Override
    public void close() {
        if (done) return;
        done = true;
        if (fresh != null) {
            try {
                deleteTree(fresh);
            } catch (IOException ignored) {
                // left for the next run to delete; the previous set is untouched either way
            }
        }
    }

    /** The set directory the link points to, when the link is one of ours; else null. */
    private static Path ourTarget(Path link) throws IOException {
        if (!Files.isSymbolicLink(link)) return null;
        Path target = Files.readSymbolicLink(link);
        if (target.getNameCount() != 1 || !setPattern(link).matcher(target.toString()).matches()) return null;
        return link.resolveSibling(target);
    }

    /** Set directories and temporary links of this output directory other than the current set. */
    private static void deleteStale(Path link, Path current) throws IOException {
        Pattern sets = setPattern(link);
        Pattern links = Pattern.compile(Pattern.quote("." + stem(link) + ".link-") + "[0-9a-f]+\\.tmp");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(link.getParent())) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (sets.matcher(n).matches() && !p.equals(current)) {
                    deleteTree(p);
                } else if (links.matcher(n).matches()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (java.nio.file.NoSuchFileException ignored) {
            // no parent directory yet: nothing left behind
        }
    }

    private static void deleteTemporaries(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (TEMPORARY.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Pattern setPattern(Path link) {
        return Pattern.compile(Pattern.quote("." + stem(link) + ".set-") + "[0-9a-f]+");
    }

    private static String stem(Path link) {
        String n = link.getFileName().toString();
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }

    private static String random() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    /** Deletes a directory tree without following links out of it. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Makes renames and new entries durable (best effort, as {@link AtomicFile} does). */
    private static void sync(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // atomicity does not depend on it
        }
    }
}
