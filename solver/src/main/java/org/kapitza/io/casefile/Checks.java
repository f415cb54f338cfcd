package org.kapitza.io.casefile;

import java.util.List;
import java.util.function.Supplier;
import org.kapitza.mesh.MeshException;

/**
 * The small checks every section of a case file makes on its values: pairs and triples of numbers, a
 * constructor's complaint turned into an error at the key path, a table in time only where time runs.
 */
final class Checks {
    final CaseFileReader.Located<CaseFile> at;
    final CaseFile cf;

    Checks(CaseFileReader.Located<CaseFile> at) {
        this.at = at;
        this.cf = at.value();
    }

    List<Double> pair(List<Double> v, String path, String what) {
        if (v == null || v.size() != 2) {
            throw at.error(path, "needs two values " + what + ", got " + (v == null ? "none" : v.size() + " " + v));
        }
        return v;
    }

    List<Double> triple(List<Double> v, String path) {
        if (v == null || v.size() != 3) {
            throw at.error(path, "needs three values [x, y, z], got " + (v == null ? "none" : v.size() + " " + v));
        }
        return v;
    }

    /** Runs a constructor that validates its values; its complaint becomes an error at the path. */
    <T> T guard(String path, Supplier<T> s) {
        try {
            return s.get();
        } catch (CaseFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw at.error(path, e.getMessage());
        }
    }

    /** Runs a mesh operation; its complaint becomes an error at the path. */
    <T> T guardMesh(String path, Supplier<T> s) {
        try {
            return s.get();
        } catch (MeshException e) {
            throw at.error(path, e.getMessage());
        }
    }

    /** A table in time, refused in a steady case (where it would mean nothing). */
    org.kapitza.boundary.TimeFunction timeFunction(TimeVarying v, String path) {
        if (cf.transientRun() == null) {
            throw at.error(path, "a table in time needs a 'transient' section; for a steady solve give one value");
        }
        return guard(path, v::function);
    }
}
