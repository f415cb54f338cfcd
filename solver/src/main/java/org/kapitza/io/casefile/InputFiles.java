package org.kapitza.io.casefile;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.kapitza.EnvironmentException;

/**
 * Refuses an input file before reading it when reading it could not end well: not there, a directory, a
 * FIFO or device ({@code /dev/zero} never ends, a FIFO blocks until someone writes), a loop of symbolic
 * links, or larger than the stated limit for its kind (a case file is text a person wrote). A missing
 * permission is the environment's fault and exits with code 4; the rest are the user's choice of file
 * (exit 2).
 */
public final class InputFiles {
    /** Largest case or material file read: far above any hand-written case, far below the heap. */
    public static final long MAX_CASE_FILE_BYTES = 2L << 20;
    /** Largest power-trace file read: a million rows of a dozen blocks. */
    public static final long MAX_TRACE_BYTES = 256L << 20;

    private InputFiles() {
    }

    /**
     * @param what  the kind of file for messages, e.g. "a case file"
     * @param limit largest size in bytes
     * @throws CaseFileException when the file is missing, not a regular file or too large
     * @throws EnvironmentException when it cannot be read for want of permission or an I/O error
     */
    public static void requireReadable(Path file, String what, long limit) {
        String name = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                String target = "";
                try {
                    target = " to " + Files.readSymbolicLink(file);
                } catch (IOException ignored) {
                    // the link's text is only for the message
                }
                throw new CaseFileException(name, 0, null, "is a symbolic link" + target + ", which does not exist");
            }
            throw new CaseFileException(name, 0, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new EnvironmentException(name + ": cannot be read (permission denied)");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.toLowerCase(Locale.ROOT).contains("symbolic links")) {
                throw new CaseFileException(name, 0, null, "is a loop of symbolic links (" + reason + "); give " + what);
            }
            if (reason.toLowerCase(Locale.ROOT).contains("not a directory")) {
                throw new CaseFileException(name, 0, null, "no such file (" + reason + ")");
            }
            throw new EnvironmentException(name + ": cannot be read: " + (reason.isEmpty() ? e.getMessage() : reason));
        } catch (IOException e) {
            throw new EnvironmentException(name + ": cannot be read: " + e.getMessage());
        }
        if (attributes.isDirectory()) {
            throw new CaseFileException(name, 0, null, "is a directory; give " + what + " itself (for example "
                    + file.resolve("case.yaml") + ")");
        }
        if (!attributes.isRegularFile()) {
            throw new CaseFileException(name, 0, null, "is not a regular file (a FIFO, device or socket, which might never"
                    + " end); give " + what);
        }
        if (attributes.size() > limit) {
            throw new CaseFileException(name, 0, null, "is " + megabytes(attributes.size()) + ", larger than the limit of "
                    + megabytes(limit) + " for " + what);
        }
        if (!Files.isReadable(file)) throw new EnvironmentException(name + ": cannot be read (permission denied)");
    }

    /** Reads a file that {@link #requireReadable} accepted; an I/O failure is the environment's. */
    public static byte[] read(Path file, String what, long limit) {
        requireReadable(file, what, limit);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > limit) {
                throw new CaseFileException(file.toString(), 0, null, "is larger than the limit of " + megabytes(limit)
                        + " for " + what);
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new EnvironmentException(file + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new EnvironmentException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1L << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20))
                : bytes + " bytes";
    }

}
