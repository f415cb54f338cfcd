package org.kapitza.interfaces;

class ConstantResistanceContractTest extends InterfaceModelContract {
    @Override
    protected InterfaceModel model() {
        return new ConstantResistance(3.3e-8);
    }

    @Override
    protected InterfaceModel constantLimit() {
        return new ConstantResistance(3.3e-8);
    }

    @Override
    protected double constantResistance() {
        return 3.3e-8;
    }
}
