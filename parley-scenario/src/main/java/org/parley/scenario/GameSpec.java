package org.parley.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the {@code games:} section: a crisis template applied to a challenger–defender pair on one issue,
 * as the reader checked it (the actors exist and take a stance on the issue, every stance lies on the issue's
 * scale, parameter names belong to the template and their values to their domains).
 *
 * <pre>
 * games:
 *   - id: us-dprk
 *     template: coercion          # iig | iig-logit | coercion | tying-hands
 *     challenger: dprk
 *     defender: usa
 *     issue: sequencing
 *     stances: {hold: 10, shift: 45}   # defender positions to compare; default {hold: defender's position}
 *     lambda: 2.0                 # iig-logit only (default 1.0)
 *     backers: [china, russia]    # optional; default: actors nearer the challenger's position than the defender's
 *     parameters: {prior_resolve: 0.4}  # overrides of any derived parameter or mapping constant
 * </pre>
 *
 * @param id         the game's id, unique among the scenario's games
 * @param template   the crisis template
 * @param challenger actor id of the challenger
 * @param defender   actor id of the defender (not the challenger)
 * @param issue      issue id; both actors take a stance on it
 * @param stances    stance name → defender position on the issue scale, in file order (at least one)
 * @param lambda     logit precision for {@code iig-logit} (finite, ≥ 0); NaN for the other templates
 * @param backers    explicit challenger backers (third parties), or null to derive them from positions
 * @param parameters explicit values that override the scenario mapping, by parameter name (names from
 *                   {@link CrisisTemplate#overridableParameters()})
 */
public record GameSpec(String id, CrisisTemplate template, String challenger, String defender, String issue,
                       Map<String, Double> stances, double lambda, List<String> backers,
                       Map<String, Double> parameters) {
    /** The logit precision of an {@code iig-logit} entry that gives none. */
    public static final double DEFAULT_LAMBDA = 1.0;

    /**
     * @throws IllegalArgumentException if a required value is missing, stances are empty or not finite, lambda
     *                                  does not fit the template, or a parameter is not the template's
     */
    public GameSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(challenger, "challenger");
        Objects.requireNonNull(defender, "defender");
        Objects.requireNonNull(issue, "issue");
        if (stances.isEmpty()) {
            throw new IllegalArgumentException("stances must not be empty");
        }
        stances.values().forEach(v -> requireFinite(v, "stance"));
        stances = Collections.unmodifiableMap(new LinkedHashMap<>(stances));
        backers = backers == null ? null : List.copyOf(backers);
        for (Map.Entry<String, Double> p : parameters.entrySet()) {
            if (!template.overridableParameters().contains(p.getKey())) {
                throw new IllegalArgumentException("template " + template.id() + " has no parameter " + p.getKey());
            }
            requireFinite(p.getValue(), p.getKey());
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (template.takesLambda() ? !(lambda >= 0 && Double.isFinite(lambda)) : !Double.isNaN(lambda)) {
            throw new IllegalArgumentException("lambda must be a finite number >= 0 for iig-logit and NaN for other"
                    + " templates, got " + lambda + " for " + template.id());
        }
    }

    private static void requireFinite(Double v, String what) {
        if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }
}
