package org.kapitza.fv;

/** Where a transient run starts. */
public sealed interface InitialCondition {
    /** Every cell at one temperature (K). */
    record Uniform(double temperature) implements InitialCondition {
        public Uniform {
            if (!(temperature > 0) || !Double.isFinite(temperature)) {
                throw new IllegalArgumentException("initial temperature must be a positive number of K, got " + temperature);
            }
        }
    }

    /** A given field: a temperature (K) per grid cell (values of inactive cells are ignored). */
    record Field(double[] temperatures) implements InitialCondition {
    }

    /** The steady solution with the inputs at time 0 (a chip at idle, a cryostat at its base temperature). */
    record Steady() implements InitialCondition {
    }
}
