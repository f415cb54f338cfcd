package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The schema of a thermoreflectance stack file ({@code kapitza fdtr}, {@code kapitza tdtr}): the layers
 * under the laser spot, top (heated) first, the interfaces between them, the beams, the measurement and
 * the parameters to fit. Read as strictly as a case file (unknown keys, wrong units and missing values are
 * refused with the file, line and key); the README's "Measuring R (FDTR/TDTR)" section lists the keys.
 *
 * @param name        a name for the output files
 * @param description free text
 * @param temperature where library materials take their k and ρc_p (default 300 K)
 * @param layers      top (heated transducer) first
 * @param interfaces  conductance between neighbouring layers; a pair not listed is in perfect contact
 * @param bottom      under a finite last layer: {@code adiabatic} (default) or {@code isothermal}; a last layer
 *                    without thickness is a semi-infinite substrate
 * @param beams       1/e² radii of pump and probe
 * @param fdtr        the frequencies of a simulated FDTR sweep (a fit uses the data's)
 * @param tdtr        the TDTR modulation and repetition rate, and the delays of a simulated scan
 * @param fit         parameters to fit, e.g. {@code [transducer|substrate.G, substrate.k]}
 * @param noise       one standard deviation of the measured signal: {@code phase} (FDTR, e.g. 0.2 deg) and
 *                    {@code ratio} (TDTR, relative, e.g. 0.01)
 */
public record StackFile(
        @JsonProperty(required = true) String name,
        String description,
        @SI(value = "K", absolute = true) Double temperature,
        @JsonProperty(required = true) List<StackLayer> layers,
        List<StackInterface> interfaces,
        String bottom,
        @JsonProperty(required = true) Beams beams,
        Fdtr fdtr,
        Tdtr tdtr,
        List<String> fit,
        Noise noise) {

    /**
     * One layer: a library {@code material} (k and ρc_p at the stack's temperature) and/or values that
     * replace it: isotropic {@code k}, or {@code k_in} and {@code k_cross}; {@code C} (ρc_p) or {@code rho}
     * and {@code cp}. Without {@code thickness}, the last layer is a semi-infinite substrate.
     */
    public record StackLayer(
            @JsonProperty(required = true) String name,
            String material,
            @SI("W/(m.K)") Double k,
            @JsonProperty("k_in") @SI("W/(m.K)") Double kIn,
            @JsonProperty("k_cross") @SI("W/(m.K)") Double kCross,
            @JsonProperty("C") @SI("J/(m3.K)") Double heatCapacity,
            @SI("kg/m3") Double rho,
            @SI("J/(kg.K)") Double cp,
            @SI("m") Double thickness) {
    }

    /** The interface between two neighbouring layers: conductance {@code G} or resistance {@code R}. */
    public record StackInterface(
            @JsonProperty(required = true) List<String> between,
            @JsonProperty("G") @SI("W/(m2.K)") Double conductance,
            @JsonProperty("R") @SI("m2.K/W") Double resistance) {
    }

    /** 1/e² intensity radii. */
    public record Beams(@JsonProperty(required = true) @SI("m") Double pump,
                        @JsonProperty(required = true) @SI("m") Double probe) {
    }

    /** Frequencies: a list, or log-spaced from/to/count. */
    public record Fdtr(@SI("Hz") List<Double> frequencies, @SI("Hz") Double from, @SI("Hz") Double to, Integer count) {
    }

    /** TDTR: modulation frequency, repetition rate, and delays as a list or log-spaced from/to/count. */
    public record Tdtr(@JsonProperty(required = true) @SI("Hz") Double modulation,
                       @JsonProperty(required = true) @SI("Hz") Double repetition,
                       @SI("s") List<Double> delays, @SI("s") Double from, @SI("s") Double to, Integer count) {
    }

    /**
     * One standard deviation of the measured signal: the FDTR {@code phase} (an angle, e.g. 0.2 deg) and
     * the TDTR {@code ratio} (relative, e.g. 0.01).
     */
    public record Noise(@SI("deg") Double phase, @SI("1") Double ratio) {
    }
}
