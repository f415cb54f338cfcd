package org.kapitza;

/**
 * A fault of the machine, not of the input: a disk that is full, a file or directory without
 * permission, a file that cannot be read. The message names the file and the operating system's
 * reason; the command line prints it without a stack trace and exits with code 4, so that scripts can
 * tell a full disk (retry elsewhere) from a mistake in the case (exit 2) and from a bug (exit 1).
 */
public class EnvironmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EnvironmentException(String message) {
        super(message);
    }

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
