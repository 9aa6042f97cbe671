package org.parley.analysis.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.analysis.crisis.CrisisTemplate;

/**
 * One entry of the {@code games:} section: a crisis template applied to a challenger–defender pair on one issue.
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
 * @param stances    stance name → defender position on the issue scale, in file order (at least one)
 * @param lambda     logit precision for {@code iig-logit} (NaN for other templates)
 * @param backers    explicit challenger backers, or null to derive them from positions
 * @param parameters explicit values that override the scenario mapping, by parameter name
 */
public record GameSpec(String id, CrisisTemplate template, String challenger, String defender, String issue,
                       Map<String, Double> stances, double lambda, List<String> backers,
                       Map<String, Double> parameters) {
    public GameSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(challenger, "challenger");
        Objects.requireNonNull(defender, "defender");
        Objects.requireNonNull(issue, "issue");
        if (stances.isEmpty()) {
            throw new IllegalArgumentException("stances must not be empty");
        }
        stances = Collections.unmodifiableMap(new LinkedHashMap<>(stances));
        backers = backers == null ? null : List.copyOf(backers);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (template == CrisisTemplate.IIG_LOGIT && !(lambda >= 0 && Double.isFinite(lambda))) {
            throw new IllegalArgumentException("lambda must be a finite number >= 0 for iig-logit, got " + lambda);
        }
    }
}
