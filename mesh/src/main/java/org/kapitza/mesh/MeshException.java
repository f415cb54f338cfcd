package org.kapitza.mesh;

/**
 * A mesh description that cannot be built: a user's mistake, not a program error. The message names
 * the layer, block or parameter, the offending value and what would be accepted, so that the command
 * line can print it as it is, without a stack trace.
 */
public class MeshException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MeshException(String message) {
        super(message);
    }
}
