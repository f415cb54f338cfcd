package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * A material defined in a case file or a material-library file: a new name for a built-in material
 * ({@code like}), or a conductivity of its own ({@code k}); either may carry {@code acoustic} data for
 * the predicted interface models. An entry with only {@code acoustic} data defines a medium that is
 * not meshed (a bath liquid, or a material for {@code kapitza tbr}).
 *
 * @param name     name used by layers and regions
 * @param like     a built-in material to start from
 * @param k        the conductivity: a number, {@code {x, y, z}}, {@code {power_law: ...}} or {@code {table: ...}}
 * @param acoustic elastic (and, for metals, electronic) data for {@code dmm}, {@code amm} and the other
 *                 predicted models, or null
 * @param rho      density (kg/m³), with {@code cp}: what a transient run needs
 * @param cp       specific heat: a number (J/(kg·K)) or {@code {table: {T: [...], cp: [...]}}}
 * @param source   where the values come from (free text, shown in summaries)
 */
public record MaterialSpec(@JsonProperty(required = true) String name, String like,
                           @JsonDeserialize(using = ConductivitySpecDeserializer.class) ConductivitySpec k,
                           Acoustic acoustic,
                           @SI("kg/m3") Double rho,
                           @JsonDeserialize(using = SpecificHeatSpecDeserializer.class) SpecificHeatSpec cp,
                           String source) {

    /** A specific heat as written: a constant or a table, exactly one set. */
    public record SpecificHeatSpec(Double constant, SpecificHeatTable table) {
    }

    /** c_p(T) at points, interpolated monotonically (PCHIP). */
    public record SpecificHeatTable(@JsonProperty(value = "T", required = true) @SI(value = "K", absolute = true) List<Double> t,
                                    @JsonProperty(required = true) @SI("J/(kg.K)") List<Double> cp) {
    }

    /**
     * Debye-model data of one material (docs/PHYSICS.md §3, §4), in SI units unless a unit is written.
     *
     * @param density          mass density ρ (kg/m³)
     * @param cL               longitudinal sound speed c_L (m/s)
     * @param cT               transverse sound speed c_T (m/s); left out (or 0) for a liquid
     * @param debyeTemperature Θ_D (K), for cutoff convention A; required for a solid, left out for a liquid
     *                         (computed from its single branch)
     * @param molarMass        molar mass of one formula unit (kg/mol; write {@code 63.55 g/mol} for tables' unit)
     * @param atoms            atoms per formula unit (default 1; 3 for SiO₂, 5 for Al₂O₃)
     * @param sommerfeld       electronic heat-capacity coefficient per volume γ (J m⁻³ K⁻²), metals only
     * @param fermiVelocity    Fermi velocity v_F (m/s), metals only, with {@code sommerfeld}
     */
    public record Acoustic(@JsonProperty(required = true) @SI("kg/m3") Double density,
                           @JsonProperty(value = "c_L", required = true) @SI("m/s") Double cL,
                           @JsonProperty("c_T") @SI("m/s") Double cT,
                           @JsonProperty("debye_temperature") @SI("K") Double debyeTemperature,
                           @JsonProperty(value = "molar_mass", required = true) @SI("kg/mol") Double molarMass,
                           Integer atoms,
                           @SI("J/(m3.K2)") Double sommerfeld,
                           @JsonProperty("fermi_velocity") @SI("m/s") Double fermiVelocity) {
    }

    /** A conductivity as written: exactly one of the forms is set. */
    public record ConductivitySpec(Double constant, Anisotropic anisotropic, PowerLaw powerLaw, Table table) {
    }

    /** Principal conductivities along x, y, z. */
    public record Anisotropic(@JsonProperty(required = true) @SI("W/(m.K)") Double x,
                              @JsonProperty(required = true) @SI("W/(m.K)") Double y,
                              @JsonProperty(required = true) @SI("W/(m.K)") Double z) {
    }

    /** k = k_ref (T / T_ref)^exponent over a range. */
    public record PowerLaw(@JsonProperty(value = "k_ref", required = true) @SI("W/(m.K)") Double kRef,
                           @JsonProperty(value = "T_ref", required = true) @SI(value = "K", absolute = true) Double tRef,
                           @JsonProperty(required = true) @SI("1") Double exponent,
                           @JsonProperty(required = true) @SI("K") List<Double> range) {
    }

    /** k(T) at points, interpolated monotonically. */
    public record Table(@JsonProperty(value = "T", required = true) @SI(value = "K", absolute = true) List<Double> t,
                        @JsonProperty(required = true) @SI("W/(m.K)") List<Double> k) {
    }
}
