package org.kapitza.boundary;

/** A scalar given at each point in space (m): a boundary temperature, a source density. */
@FunctionalInterface
public interface ScalarField {
    double value(double x, double y, double z);

    /** The same value everywhere. */
    static ScalarField constant(double v) {
        return new Constant(v);
    }

    /** A constant field, recognisable so summaries can print its value. */
    record Constant(double v) implements ScalarField {
        @Override
        public double value(double x, double y, double z) {
            return v;
        }
    }
}
