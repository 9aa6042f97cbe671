package org.parley.forecast;

import java.util.List;
import java.util.Objects;

/**
 * A model's forecast for one issue.
 *
 * @param outcome     the predicted outcome on the issue's scale
 * @param interval    a set of equally valid outcomes when the model's answer is not a single point (e.g. the
 *                    weighted median's tie interval, the Nash solution's individually-rational interval); null otherwise
 * @param actorIds    the actors that took part, in scenario order; per-actor arrays below follow this order
 * @param path        round-by-round states for models with rounds (round 0 = the initial positions); empty otherwise
 * @param actors      per-actor detail
 * @param explanation a few plain sentences on why the model gives this outcome (numbers kept as numbers)
 * @param convergence how the computation ended
 * @param agreement   whether the outcome is an agreement of the decisive actors and who blocks when it is not
 *                    ({@link Agreement#NOT_MODELLED} when the scenario does not say who decides)
 */
public record IssueForecast(String issueId, double outcome, Interval interval, List<String> actorIds,
                            List<RoundState> path, List<ActorDetail> actors, List<Sentence> explanation,
                            Convergence convergence, Agreement agreement) {
    public IssueForecast {
        Objects.requireNonNull(issueId, "issueId");
        if (!Double.isFinite(outcome)) {
            throw new IllegalArgumentException("outcome for issue " + issueId + " is not finite: " + outcome);
        }
        actorIds = List.copyOf(actorIds);
        path = List.copyOf(path);
        actors = List.copyOf(actors);
        explanation = List.copyOf(explanation);
        Objects.requireNonNull(convergence, "convergence");
        agreement = agreement == null ? Agreement.NOT_MODELLED : agreement;
    }

    /** A forecast that does not model who decides. */
    public IssueForecast(String issueId, double outcome, Interval interval, List<String> actorIds, List<RoundState> path,
                         List<ActorDetail> actors, List<Sentence> explanation, Convergence convergence) {
        this(issueId, outcome, interval, actorIds, path, actors, explanation, convergence, Agreement.NOT_MODELLED);
    }

    /** The same forecast with another outcome, interval, explanation and agreement (the decision stage's result). */
    public IssueForecast decided(double newOutcome, Interval newInterval, List<Sentence> newExplanation, Agreement a) {
        return new IssueForecast(issueId, newOutcome, newInterval, actorIds, path, actors, newExplanation, convergence, a);
    }

    /** A closed interval [low, high]. */
    public record Interval(double low, double high) {
        public Interval {
            if (!(low <= high)) {
                throw new IllegalArgumentException("interval low " + low + " > high " + high);
            }
        }

        /** The point of the interval nearest to x. */
        public double clamp(double x) {
            return Math.max(low, Math.min(high, x));
        }

        public boolean contains(double x) {
            return low <= x && x <= high;
        }
    }

    /**
     * Per-actor detail.
     *
     * @param initialPosition position in the scenario
     * @param finalPosition   position at the end of the model's dynamics (equal to the initial one for static models)
     * @param weight          the actor's weight in the model (e.g. capability × salience), or NaN when not meaningful
     */
    public record ActorDetail(String actorId, double initialPosition, double finalPosition, double weight) {
    }

    /**
     * How the computation ended.
     *
     * @param rounds     rounds run (0 for closed-form models)
     * @param stopReason why it stopped, e.g. "closed form", "max rounds", "no actor moved", "cycle of length 2"
     * @param lastChange change of the forecast in the last round (0 for closed-form models)
     */
    public record Convergence(int rounds, Sentence stopReason, double lastChange) {
        public static final Convergence CLOSED_FORM = new Convergence(0, Sentence.of("closed form"), 0.0);

        public Convergence {
            Objects.requireNonNull(stopReason, "stopReason");
        }

        /** A convergence whose stop reason is words only. */
        public Convergence(int rounds, String stopReason, double lastChange) {
            this(rounds, Sentence.of(stopReason), lastChange);
        }
    }
}
