package org.kapitza.interfaces;

import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.TabulatedConductivity;

class ThinLayerContractTest extends InterfaceModelContract {
    /** 25 µm of a polymer whose k rises with T (tabulated, PCHIP). */
    @Override
    protected InterfaceModel model() {
        TabulatedConductivity k = new TabulatedConductivity(new double[] {50, 100, 200, 300, 400, 600},
                new double[] {0.08, 0.12, 0.18, 0.22, 0.25, 0.28});
        return new ThinLayer(25e-6, k);
    }

    @Override
    protected InterfaceModel constantLimit() {
        return new ThinLayer(25e-6, new ConstantConductivity(0.5));
    }

    @Override
    protected double constantResistance() {
        return 25e-6 / 0.5;
    }
}
