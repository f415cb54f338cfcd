package org.kapitza.io.casefile;

import org.kapitza.InputException;

/**
 * A mistake in a case file, located: the file, the line (when known), the key path such as
 * {@code interfaces[0].thickness}, and what is wrong with the value and what is allowed.
 */
public class CaseFileException extends InputException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String path;

    public CaseFileException(String file, int line, String path, String message) {
        super(format(file, line, path, message));
        this.file = file;
        this.line = line;
        this.path = path;
    }

    private static String format(String file, int line, String path, String message) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        s.append(": ");
        if (path != null && !path.isEmpty()) s.append(path).append(": ");
        return s.append(message).toString();
    }

    public String file() {
        return file;
    }

    /** Line in the file (1-based), 0 when unknown (for example a value set on the command line). */
    public int line() {
        return line;
    }

    /** Key path, e.g. {@code mesh.stack.layers[2].thickness}. */
    public String path() {
        return path;
    }
}
