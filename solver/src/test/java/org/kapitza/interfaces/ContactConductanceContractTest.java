package org.kapitza.interfaces;

import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.TabulatedConductivity;

class ContactConductanceContractTest extends InterfaceModelContract {
    private static final ContactConductance FROM_MATERIALS = new ContactConductance(Double.NaN, 1e-6, 2e-6, 0.1, 0.12,
            3e9, 1e6, new ContactConductance.GasGap(0.026, 0.9, 0.8, 1.4, 0.71, 0.064e-6), 1e-6);
    private static final Material STEEL = new Material("steel",
            new TabulatedConductivity(new double[] {50, 100, 300, 600}, new double[] {6, 9, 15, 20}), "");
    private static final Material COPPER = new Material("copper",
            new TabulatedConductivity(new double[] {50, 100, 300, 600}, new double[] {1200, 480, 400, 380}), "");

    /** k_s from two materials whose conductivities depend on temperature, each at its own side's T. */
    @Override
    protected InterfaceModel model() {
        return FROM_MATERIALS.bind(new InterfaceContext(STEEL, COPPER, 2));
    }

    @Override
    protected InterfaceModel swapped() {
        return FROM_MATERIALS.bind(new InterfaceContext(COPPER, STEEL, 2));
    }

    /** With k_s given the correlation has no temperature in it. */
    @Override
    protected InterfaceModel constantLimit() {
        return new ContactConductance(16.2, 1e-6, 1e-6, 0.1, 0.1, 3e9, 1e6, null, 0);
    }

    @Override
    protected double constantResistance() {
        return 1 / new ContactConductance(16.2, 1e-6, 1e-6, 0.1, 0.1, 3e9, 1e6, null, 0).solidConductance(16.2);
    }

    /** Materials with a constant k bound the same way: still a constant resistance. */
    @org.junit.jupiter.api.Test
    void materialsWithConstantConductivityGiveAConstantResistance() {
        Material a = new Material("a", new ConstantConductivity(10), "");
        Material b = new Material("b", new ConstantConductivity(40), "");
        InterfaceModel bound = FROM_MATERIALS.bind(new InterfaceContext(a, b, 0));
        org.junit.jupiter.api.Assertions.assertFalse(bound.temperatureDependent());
        org.junit.jupiter.api.Assertions.assertEquals(bound.resistance(300, 300), bound.resistance(80, 450), 0.0);
    }
}
