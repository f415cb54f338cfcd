package org.kapitza.interfaces;

class PowerLawResistanceContractTest extends InterfaceModelContract {
    /** Phonon-like R T³ = const at low temperature, with jumps small against T (linear response). */
    @Override
    protected InterfaceModel model() {
        return new PowerLawResistance(1e-4, 10, 3);
    }

    @Override
    protected double[][] temperatures() {
        return new double[][] {{6, 5}, {5, 6}, {2.5, 2}, {10, 10.001}, {1.5, 3}};
    }

    /** Exponent 0: R = R_ref at every temperature. */
    @Override
    protected InterfaceModel constantLimit() {
        return new PowerLawResistance(2e-6, 300, 0);
    }

    @Override
    protected double constantResistance() {
        return 2e-6;
    }
}
