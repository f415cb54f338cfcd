package org.kapitza.multitemp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.InputException;
import org.kapitza.Suggest;

/**
 * A heat carrier with a temperature of its own: the lattice (phonons), the conduction electrons, or
 * each spin channel of the electrons of a ferromagnet (docs/PHYSICS.md §7).
 */
public enum Carrier {
    PHONONS("phonons", "T_p"),
    ELECTRONS("electrons", "T_e"),
    SPIN_UP("spin-up", "T_up"),
    SPIN_DOWN("spin-down", "T_down");

    private final String id;
    private final String field;

    Carrier(String id, String field) {
        this.id = id;
        this.field = field;
    }

    /** The name in case files and reports: phonons, electrons, spin-up, spin-down. */
    public String id() {
        return id;
    }

    /** The name of its temperature field in VTK files and tables: T_p, T_e, T_up, T_down. */
    public String field() {
        return field;
    }

    /** Whether the carrier is electronic (electrons or one spin channel of them). */
    public boolean electronic() {
        return this != PHONONS;
    }

    /** By case-file name, or an InputException naming the closest and all. */
    public static Carrier byName(String name) {
        List<String> known = new ArrayList<>();
        for (Carrier c : values()) {
            if (c.id.equals(name.trim().toLowerCase(Locale.ROOT))) return c;
            known.add(c.id);
        }
        throw new InputException("unknown carrier '" + name + "'" + Suggest.didYouMean(name, known) + "; carriers are: "
                + String.join(", ", known));
    }
}
