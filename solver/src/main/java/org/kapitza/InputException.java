package org.kapitza;

/**
 * A user's mistake: a value, name or combination in a problem or case file that cannot be solved as
 * given. The message names the thing at fault, its value and what would be accepted; the command line
 * prints it without a stack trace and exits with code 2.
 */
public class InputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
