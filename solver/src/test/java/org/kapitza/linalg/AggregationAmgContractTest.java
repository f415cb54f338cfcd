package org.kapitza.linalg;

/**
 * The multigrid as a V-cycle (the K-cycle varies with its input and is not a fixed operator; flexible CG
 * takes it), with a coarsest level small enough that these matrices get several levels.
 */
class AggregationAmgContractTest extends PreconditionerContract {
    private static AggregationAmg.Options vCycle() {
        AggregationAmg.Options d = AggregationAmg.Options.defaults();
        return new AggregationAmg.Options(d.quality(), d.passes(), 6, d.maxLevels(), false);
    }

    @Override
    protected Preconditioner create(StencilMatrix a) {
        AggregationAmg amg = new AggregationAmg(a, vCycle());
        org.junit.jupiter.api.Assertions.assertTrue(amg.levelCount() >= 2, "a real hierarchy");
        return amg;
    }

    @Override
    protected Preconditioner create(CsrMatrix a) {
        AggregationAmg amg = new AggregationAmg(a, vCycle());
        org.junit.jupiter.api.Assertions.assertTrue(amg.levelCount() >= 2, "a real hierarchy");
        return amg;
    }
}
