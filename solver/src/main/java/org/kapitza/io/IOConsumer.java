package org.kapitza.io;

import java.io.IOException;

/**
 * An action on a value that may throw {@link IOException}: the body of a file write.
 *
 * @param <T> what the action receives, for example an {@link java.io.OutputStream}
 */
@FunctionalInterface
public interface IOConsumer<T> {
    void accept(T value) throws IOException;
}
