package org.kapitza.mesh;

/** The top (+z) or bottom (-z) surface of a layer or region. */
public enum Side {
    TOP("top", 3),
    BOTTOM("bottom", -3);

    private final String label;
    private final int direction;

    Side(String label, int direction) {
        this.label = label;
        this.direction = direction;
    }

    /** "top" or "bottom", as used in patch names such as {@code die.top}. */
    public String label() {
        return label;
    }

    /** Signed face direction of this side: +3 for +z, -3 for -z. */
    int direction() {
        return direction;
    }
}
