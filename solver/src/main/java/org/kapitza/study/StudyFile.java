package org.kapitza.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.kapitza.io.casefile.SI;

/**
 * The schema of a study file ({@code kapitza study STUDY.yaml}): a base case, the parameters to vary
 * (addressed exactly like {@code --set} keys), the design that combines them, and the responses to
 * collect (addressed by their path in the run's {@code summary.json}). Read strictly like a case file:
 * unknown keys, wrong types and misspellings are refused with the file, line and "did you mean".
 *
 * <p>Parameter values carry units as case files do ({@code 5 um}); their unit is the one the addressed
 * case key takes, so they are kept as YAML here and converted when the plan is made.
 *
 * @param name          study name: letters, digits, {@code .}, {@code _}, {@code -}
 * @param description   free text
 * @param base          the base case file, relative to the study file
 * @param set           overrides applied to every point, as {@code --set} takes them ({@code mesh.stack.base.cells=[28,28]})
 * @param parameters    the parameters varied
 * @param design        {@code grid} (Cartesian product, the default), {@code zip} (lists side by side),
 *                      {@code monte-carlo} or {@code latin-hypercube}
 * @param samples       points of a sampled design
 * @param seed          seed of a sampled design (default 1)
 * @param ensemble      repeat every point over several seeds
 * @param responses     the numbers collected from each point
 * @param sensitivities derivatives at the base point, when present
 * @param output        output directory and plots
 * @param threads       points solved at once (default: one per processor for small cases)
 * @param limits        the largest study accepted
 * @param reuse         points of one mesh share it and start from one earlier point's solution and
 *                      multigrid (default true); false solves every point from scratch
 */
public record StudyFile(
        @JsonProperty(required = true) String name,
        String description,
        @JsonProperty(required = true) String base,
        List<String> set,
        @JsonProperty(required = true) List<ParameterSpec> parameters,
        String design,
        Integer samples,
        Long seed,
        Ensemble ensemble,
        @JsonProperty(required = true) List<ResponseSpec> responses,
        Sensitivities sensitivities,
        Output output,
        Integer threads,
        Limits limits,
        Boolean reuse) {

    /** The designs accepted. */
    public static final List<String> DESIGNS = List.of("grid", "zip", "monte-carlo", "latin-hypercube");

    /**
     * One parameter: exactly one of {@code values}, {@code range} and {@code distribution}.
     *
     * @param key          a case key as {@code --set} takes it
     * @param name         column name in study.csv and plots (default: the key)
     * @param values       the values, each as a case file would hold it
     * @param range        evenly spaced values
     * @param distribution a probability distribution (sampled designs)
     * @param base         the base-point value for sensitivities (default: the base case's)
     */
    public record ParameterSpec(@JsonProperty(required = true) String key, String name, List<JsonNode> values,
                                Range range, DistributionSpec distribution, JsonNode base) {
    }

    /** {@code count} values from {@code from} to {@code to}, both included; {@code linear} (default) or {@code log}. */
    public record Range(@JsonProperty(required = true) JsonNode from, @JsonProperty(required = true) JsonNode to,
                        @JsonProperty(required = true) Integer count, String spacing) {
    }

    /**
     * A distribution: {@code uniform} ({@code min}, {@code max}), {@code log-uniform} ({@code min},
     * {@code max}), {@code normal} ({@code mean}, {@code std}; truncated at {@code min}, default 0, and
     * {@code max}) or {@code lognormal} ({@code mean} and {@code std} of the value, or {@code median} and
     * the geometric standard deviation {@code factor}; optional {@code min}, {@code max}).
     */
    public record DistributionSpec(@JsonProperty(required = true) String kind, JsonNode min, JsonNode max, JsonNode mean,
                                   JsonNode std, JsonNode median, @SI("1") Double factor) {
    }

    /**
     * Repeat every point over {@code count} seeds {@code first}, {@code first + 1}, ... of the key (for
     * example {@code mesh.polycrystals[0].seed}).
     */
    public record Ensemble(@JsonProperty(required = true) String key, @JsonProperty(required = true) Integer count,
                           Long first) {
    }

    /**
     * A number each point reports: a path in {@code summary.json} such as {@code hotspot.temperature},
     * {@code interfaces[die|tim1].h} or {@code layers[tim1].resistance} (a list entry by index or by its
     * name, region, patch or probe).
     */
    public record ResponseSpec(String name, @JsonProperty(required = true) String path) {
    }

    /**
     * Central finite differences at the base point: relative {@code step} (default 0.01) of each
     * continuous parameter, or of those listed (names, keys of parameters, or other case keys, which the
     * design then leaves at the base case's value; their effect is ranked over ±{@code range} of their
     * base value, default 0.1).
     */
    public record Sensitivities(@SI("1") Double step, List<String> parameters, @SI("1") Double range) {
    }

    /** Where to write (default {@code results/<name>}) and whether to draw PNG plots (default true). */
    public record Output(String directory, Boolean plots) {
    }

    /** Refuse a study above {@code points} points (default 100,000) or {@code cell_points} point·cells (default 1e10). */
    public record Limits(Integer points, @JsonProperty("cell_points") @SI("1") Double cellPoints) {
    }
}
