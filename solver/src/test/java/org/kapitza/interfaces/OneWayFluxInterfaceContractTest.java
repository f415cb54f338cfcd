package org.kapitza.interfaces;

class OneWayFluxInterfaceContractTest extends InterfaceModelContract {
    /** The T⁴ phonon law of a Cu/He-like boundary (R T³ = 0.01054 K⁴m²/W), large and tiny jumps. */
    @Override
    protected InterfaceModel model() {
        return OneWayFluxInterface.fromRT3(0.01054);
    }

    @Override
    protected double[][] temperatures() {
        return new double[][] {{1.9585, 1.8}, {1.8, 1.9585}, {4, 2}, {300, 4}, {2.0000001, 2}, {2, 2.0002}, {1, 1.00005}};
    }

    /** q ∝ T1^m − T2^m with m > 1: no constant limit. */
    @Override
    protected InterfaceModel constantLimit() {
        return null;
    }
}
