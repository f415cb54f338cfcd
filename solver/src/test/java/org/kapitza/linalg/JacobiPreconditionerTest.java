package org.kapitza.linalg;

class JacobiPreconditionerTest extends PreconditionerContract {
    @Override
    protected Preconditioner create(StencilMatrix a) {
        return StencilPreconditioners.jacobi(a);
    }

    @Override
    protected Preconditioner create(CsrMatrix a) {
        return new JacobiPreconditioner(a);
    }

    @Override
    protected boolean storageIndependent() {
        return true;
    }
}
