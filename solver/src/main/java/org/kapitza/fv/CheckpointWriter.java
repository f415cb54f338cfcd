package org.kapitza.fv;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How a transient run's checkpoint reaches its file: whole or not at all, so that a run killed while
 * writing leaves the previous checkpoint intact. The solver only says what to write; the application
 * chooses how durably (the command line passes {@code io.AtomicFile}, which also syncs the disk).
 */
@FunctionalInterface
public interface CheckpointWriter {
    /** What goes into the file. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces file with what body writes. */
    void write(Path file, Body body) throws IOException;

    /** A sibling temporary file moved over the target (atomically where the file system can). */
    CheckpointWriter MOVE_INTO_PLACE = (file, body) -> {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    };
}
