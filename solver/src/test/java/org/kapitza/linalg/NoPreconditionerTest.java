package org.kapitza.linalg;

/** The identity passes the contract too (trivially SPD, and it does not claim to precondition). */
class NoPreconditionerTest extends PreconditionerContract {
    @Override
    protected Preconditioner create(StencilMatrix a) {
        return Preconditioner.NONE;
    }

    @Override
    protected Preconditioner create(CsrMatrix a) {
        return Preconditioner.NONE;
    }

    @Override
    protected boolean storageIndependent() {
        return true;
    }

    @Override
    protected boolean preconditions() {
        return false;
    }
}
