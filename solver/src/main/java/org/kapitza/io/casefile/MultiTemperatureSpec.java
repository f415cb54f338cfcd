package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code multi_temperature} section of a case file: which materials carry more than one temperature
 * (electrons and phonons, or two spin channels and phonons), what crosses each interface beyond its
 * model, and which carriers boundary conditions and sources act on ({@link org.kapitza.multitemp}).
 *
 * @param carriers   per material: its carriers, their conductivities and couplings
 * @param interfaces per interface between two regions: an electronic model and an electron–phonon path
 * @param boundaries per patch: the carriers its condition acts on (default phonons)
 * @param sources    per region: the carriers its sources heat (default phonons)
 */
public record MultiTemperatureSpec(
        @JsonProperty(required = true) List<Carriers> carriers,
        List<Interface> interfaces,
        List<Boundary> boundaries,
        List<Sources> sources) {

    /**
     * One material's carriers: {@code electrons} (a two-temperature metal) or {@code spins} (spin-up and
     * spin-down channels), the lattice's {@code phonons}, and the couplings.
     */
    public record Carriers(
            @JsonProperty(required = true) String material,
            Channel electrons,
            Spins spins,
            @JsonProperty(required = true) Channel phonons,
            @JsonProperty("g_ep") @SI("W/(m3.K)") Double gEp,
            @JsonProperty("g_sf") @SI("W/(m3.K)") Double gSf) {
    }

    /** One carrier's conductivity. */
    public record Channel(@JsonProperty(required = true) @SI("W/(m.K)") Double k) {
    }

    /** The two spin channels' conductivities. */
    public record Spins(@JsonProperty(value = "k_up", required = true) @SI("W/(m.K)") Double kUp,
                        @JsonProperty(value = "k_down", required = true) @SI("W/(m.K)") Double kDown) {
    }

    /**
     * What crosses the interface between two regions besides its {@code interfaces} model.
     *
     * @param electrons      the electrons' model, replacing what the interface's model gives them
     * @param electronPhonon a path from the electrons of each side to the phonons of the other
     */
    public record Interface(@JsonProperty(required = true) List<String> between,
                            ModelSpec electrons,
                            @JsonProperty("electron_phonon") ModelSpec electronPhonon) {
    }

    /** The carriers a patch's boundary condition acts on. */
    public record Boundary(
            @JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> patch,
            @JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> carriers) {
    }

    /** The carriers the sources of a region heat. */
    public record Sources(
            @JsonProperty(required = true) String region,
            @JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> carriers) {
    }
}
