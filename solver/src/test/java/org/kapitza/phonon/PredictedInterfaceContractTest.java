package org.kapitza.phonon;

import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.interfaces.InterfaceModelContract;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;

/**
 * The diffuse mismatch model between aluminium and silicon, bound and tabulated as the solver uses it.
 * Detailed balance makes the flow the same seen from either side; the tables of the two orders are
 * built separately, so they agree to the tabulation's accuracy (1e-8 in E, TabulatedConductance).
 */
class PredictedInterfaceContractTest extends InterfaceModelContract {
    private static final PredictedInterface DMM = PredictedInterface.of("dmm", Cutoff.PER_BRANCH);

    private static InterfaceContext context(String a, String b) {
        return new InterfaceContext(new Material(a, new ConstantConductivity(100), "test"),
                new Material(b, new ConstantConductivity(100), "test"), 2);
    }

    @Override
    protected InterfaceModel model() {
        return DMM.bind(context("aluminium", "silicon"));
    }

    @Override
    protected InterfaceModel swapped() {
        return DMM.bind(context("silicon", "aluminium"));
    }

    @Override
    protected double swapTolerance() {
        return 1e-7;
    }

    @Override
    protected double[][] temperatures() {
        return new double[][] {{300, 290}, {290, 300}, {350.5, 300}, {4, 2}, {30, 80}, {300.001, 300}, {1500, 1499}};
    }

    /** q = E(T1) − E(T2) with E rising like T⁴ at low T: no constant limit. */
    @Override
    protected InterfaceModel constantLimit() {
        return null;
    }
}
