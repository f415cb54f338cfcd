package org.kapitza.phonon;

import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;

/**
 * The {@code spin-two-channel} interface: the electronic conductance G↑ + G↓ of {@link SpinTwoChannel}
 * with, optionally, a lattice (phonon) model in parallel. Both channels see the same two temperatures,
 * so their secant conductances add: {@code 1/R = L₀ (T₁ + T₂)/(2 A R*(1 − γ²)) + 1/R_lattice(T₁, T₂)},
 * the exact law for any jump ({@code q_e = L₀ (T₁² − T₂²)/(2 A R*(1 − γ²))}, Wiedemann–Franz at the
 * local temperature).
 */
public final class SpinTwoChannelInterface implements InterfaceModel {
    private final SpinTwoChannel spin;
    private final LinearConductance electrons;
    private final InterfaceModel lattice;

    /**
     * @param spin    the two spin channels
     * @param lattice phonon path in parallel (e.g. a {@link PredictedInterface} dmm), or null for none
     */
    public SpinTwoChannelInterface(SpinTwoChannel spin, InterfaceModel lattice) {
        this.spin = spin;
        this.electrons = spin.law();
        this.lattice = lattice;
    }

    public SpinTwoChannel spin() {
        return spin;
    }

    /** The lattice model in parallel (bound once this interface is), or null for none. */
    public InterfaceModel lattice() {
        return lattice;
    }

    @Override
    public InterfaceModel bind(InterfaceContext context) {
        return lattice == null ? this : new SpinTwoChannelInterface(spin, lattice.bind(context));
    }

    @Override
    public double resistance(double t1, double t2) {
        if (!(t1 > 0) || !(t2 > 0)) {
            throw new IllegalStateException("spin-two-channel interface evaluated at T1 = " + t1 + " K, T2 = " + t2 + " K");
        }
        double g = electrons.secantConductance(t1, t2);
        if (lattice != null) g += 1.0 / lattice.resistance(t1, t2);
        return 1.0 / g;
    }

    @Override
    public boolean temperatureDependent() {
        return true;
    }

    /** The lattice model's cutoff convention; "" without a lattice channel. */
    @Override
    public String cutoffConvention() {
        return lattice == null ? "" : lattice.cutoffConvention();
    }

    @Override
    public String describe() {
        return spin.describe() + (lattice == null ? "" : "; lattice in parallel: " + lattice.describe());
    }
}
