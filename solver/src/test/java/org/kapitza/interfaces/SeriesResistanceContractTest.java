package org.kapitza.interfaces;

import java.util.List;

class SeriesResistanceContractTest extends InterfaceModelContract {
    /** A power-law Kapitza resistance then the exact one-way-flux law: the middle temperature is solved for. */
    @Override
    protected InterfaceModel model() {
        return new SeriesResistance(List.of(new PowerLawResistance(1e-4, 10, 3), OneWayFluxInterface.fromRT3(0.002)));
    }

    /** Seen from side 2 the members come in the other order. */
    @Override
    protected InterfaceModel swapped() {
        return new SeriesResistance(List.of(OneWayFluxInterface.fromRT3(0.002), new PowerLawResistance(1e-4, 10, 3)));
    }

    @Override
    protected double[][] temperatures() {
        return new double[][] {{6, 5}, {5, 6}, {3, 1.5}, {2, 2.0001}, {8, 7.99}};
    }

    @Override
    protected InterfaceModel constantLimit() {
        return new SeriesResistance(List.of(new ConstantResistance(1e-4), new ConstantResistance(2e-5)));
    }

    /** The members' sum, in their order. */
    @Override
    protected double constantResistance() {
        double r = 0;
        r += 1e-4;
        r += 2e-5;
        return r;
    }
}
