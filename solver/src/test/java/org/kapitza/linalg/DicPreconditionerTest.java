package org.kapitza.linalg;

class DicPreconditionerTest extends PreconditionerContract {
    @Override
    protected Preconditioner create(StencilMatrix a) {
        return StencilPreconditioners.dic(a);
    }

    @Override
    protected Preconditioner create(CsrMatrix a) {
        return new DicPreconditioner(a);
    }

    @Override
    protected boolean storageIndependent() {
        return true;
    }
}
