package org.parley.scenario;

import java.util.List;

/**
 * The numbers the one-dimensional models need for one issue: the actors that take a stance on it, in scenario
 * order, with their point values. Salience stays on the data scale (0–100); models rescale as their definition
 * requires. Arrays are copied on the way in and out.
 *
 * @param statusQuo the status quo point value, or NaN when the issue has none
 * @param riskAttitudes exogenous risk exponents, NaN where not given
 * @param decision who decides the issue (its own structure or the scenario's default), or null when none is given
 */
public record IssueSlice(Issue issue, List<String> actorIds, double[] positions, double[] saliences,
                         double[] capabilities, double[] riskAttitudes, double statusQuo, DecisionStructure decision) {
    public IssueSlice {
        actorIds = List.copyOf(actorIds);
        int n = actorIds.size();
        if (positions.length != n || saliences.length != n || capabilities.length != n || riskAttitudes.length != n) {
            throw new IllegalArgumentException("slice arrays must all have one entry per actor (" + n + ")");
        }
        positions = positions.clone();
        saliences = saliences.clone();
        capabilities = capabilities.clone();
        riskAttitudes = riskAttitudes.clone();
    }

    /** A slice without a decision structure. */
    public IssueSlice(Issue issue, List<String> actorIds, double[] positions, double[] saliences, double[] capabilities,
                      double[] riskAttitudes, double statusQuo) {
        this(issue, actorIds, positions, saliences, capabilities, riskAttitudes, statusQuo, null);
    }

    /** Whether the scenario says who decides this issue. */
    public boolean hasDecision() {
        return decision != null;
    }

    /** Index of an actor in this slice, or -1. */
    public int indexOf(String actorId) {
        return actorIds.indexOf(actorId);
    }

    public int size() {
        return actorIds.size();
    }

    public Scale scale() {
        return issue.scale();
    }

    public boolean hasStatusQuo() {
        return !Double.isNaN(statusQuo);
    }

    @Override
    public double[] positions() {
        return positions.clone();
    }

    @Override
    public double[] saliences() {
        return saliences.clone();
    }

    @Override
    public double[] capabilities() {
        return capabilities.clone();
    }

    @Override
    public double[] riskAttitudes() {
        return riskAttitudes.clone();
    }

    public double position(int i) {
        return positions[i];
    }

    public double salience(int i) {
        return saliences[i];
    }

    public double capability(int i) {
        return capabilities[i];
    }
}
