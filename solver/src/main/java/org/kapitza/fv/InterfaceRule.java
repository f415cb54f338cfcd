package org.kapitza.fv;

import org.kapitza.interfaces.InterfaceModel;

/**
 * Which interface model applies where: between two named regions (layers), or between every pair of
 * regions made of two materials. A region rule wins over a material rule; interfaces no rule covers are
 * perfect contacts (R = 0). Side 1 of the model is region (or material) {@code a}.
 *
 * @param kind  what a and b name
 * @param a     first region or material, side 1 of the model
 * @param b     second region or material, side 2
 * @param model the interface model
 * @param name  a label for reports, or null to use "a|b"
 */
public record InterfaceRule(Kind kind, String a, String b, InterfaceModel model, String name) {
    /** What the two names of a rule refer to. */
    public enum Kind {
        REGIONS,
        MATERIALS
    }

    /** Label in reports. */
    public String label() {
        return name != null ? name : a + "|" + b;
    }
}
