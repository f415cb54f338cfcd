package org.kapitza.thermoreflectance;

/**
 * What a fit compares with the data: the signal a stack gives at the measured frequencies or delays.
 */
public interface ForwardModel {
    /** The signal at every data point: FDTR phase (degrees) or TDTR ratio −V_in/V_out. */
    double[] predict(StackModel model);

    /**
     * Whether the noise and sensitivities are relative (S = ∂ln signal/∂ln p, the TDTR ratio) or absolute
     * (S = ∂signal/∂ln p, the FDTR phase in degrees, which passes through zero at low frequency).
     */
    boolean relative();

    /** The signal's name with its unit, for tables and plots. */
    String signal();

    /** The swept variable's name with its unit. */
    String sweep();

    /** A short name of the model, for reports ("layered", "fv"). */
    String name();

    /** The layered FDTR phase at frequencies (Hz). */
    static ForwardModel fdtrLayered(double[] frequencies) {
        double[] f = frequencies.clone();
        return new ForwardModel() {
            @Override
            public double[] predict(StackModel model) {
                SurfaceResponse r = model.response();
                double[] phase = new double[f.length];
                for (int i = 0; i < f.length; i++) phase[i] = r.phaseDegrees(f[i]);
                return phase;
            }

            @Override
            public boolean relative() {
                return false;
            }

            @Override
            public String signal() {
                return "phase (deg)";
            }

            @Override
            public String sweep() {
                return "frequency (Hz)";
            }

            @Override
            public String name() {
                return "layered";
            }
        };
    }

    /** The layered TDTR ratio at delays (s). */
    static ForwardModel tdtrLayered(double modulation, double repetition, double[] delays) {
        double[] d = delays.clone();
        return new ForwardModel() {
            @Override
            public double[] predict(StackModel model) {
                return new Tdtr(model.response(), modulation, repetition).ratio(d);
            }

            @Override
            public boolean relative() {
                return true;
            }

            @Override
            public String signal() {
                return "ratio -Vin/Vout";
            }

            @Override
            public String sweep() {
                return "delay (s)";
            }

            @Override
            public String name() {
                return "layered";
            }
        };
    }
}
