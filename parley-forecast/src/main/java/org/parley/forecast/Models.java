package org.parley.forecast;

import java.util.List;
import java.util.Map;
import org.parley.forecast.baseline.CompromiseModel;
import org.parley.forecast.baseline.WeightedMedianModel;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.forecast.nash.NashBargainingModel;
import org.parley.forecast.procedural.ProceduralModel;

/**
 * Registry of Parley's bargaining models by id: {@code compromise}, {@code median}, {@code nash}, {@code eu},
 * {@code procedural}.
 * Used by the command line and the report. Option names and values are those of each model's
 * {@code Options.asParameters()}, so a forecast's provenance parameters rebuild the same model.
 */
public final class Models {
    /** Model ids in the order the report shows them. */
    public static final List<String> IDS = List.of("compromise", "median", "nash", "eu", "procedural");

    /** The models {@code analyze} runs by default: every model; the procedural model only matters when the
     * scenario says who decides, so it is not among the defaults of scenarios without a decision structure. */
    public static final List<String> DEFAULT_IDS = List.of("compromise", "median", "nash", "eu");

    private Models() {
    }

    /** The default instance of every model, in {@link #IDS} order. */
    public static List<BargainingModel> defaults() {
        return List.of(new CompromiseModel(), new WeightedMedianModel(), new NashBargainingModel(),
                new ExpectedUtilityModel());
    }

    /**
     * The model with this id and default options.
     *
     * @throws IllegalArgumentException for an unknown id, listing the known ones
     */
    public static BargainingModel byId(String id) {
        return byId(id, Map.of());
    }

    /**
     * The model with this id and options read from name → value text (absent names keep their defaults), e.g.
     * {@code byId("eu", Map.of("variant", "bdm-clean", "maxRounds", "20"))}.
     *
     * @throws IllegalArgumentException for an unknown id, or an unknown or invalid option (the message names it)
     */
    public static BargainingModel byId(String id, Map<String, String> parameters) {
        return switch (id) {
            case "compromise" -> new CompromiseModel(CompromiseModel.Options.fromParameters(parameters));
            case "median" -> new WeightedMedianModel(WeightedMedianModel.Options.fromParameters(parameters));
            case "nash" -> new NashBargainingModel(NashBargainingModel.Options.fromParameters(parameters));
            case "eu" -> new ExpectedUtilityModel(ExpectedUtilityModel.Options.fromParameters(parameters));
            case "procedural" -> new ProceduralModel(ProceduralModel.Options.fromParameters(parameters));
            default -> throw new IllegalArgumentException("unknown model id '" + id + "'; known: " + IDS);
        };
    }
}
