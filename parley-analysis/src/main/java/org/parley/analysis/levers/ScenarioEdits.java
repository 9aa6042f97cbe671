package org.parley.analysis.levers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.LeverAttribute;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;

/**
 * Builds modified scenarios by rebuilding the immutable records: one actor's position or salience on one issue, or
 * its capability. The changed number becomes a plain {@link Estimate} (its uncertainty is dropped, since a stated
 * range need not contain the new value); everything else is kept as is. Cost O(actors + stances of the actor).
 */
public final class ScenarioEdits {
    private ScenarioEdits() {
    }

    /**
     * The attribute's current value.
     *
     * @throws InvalidAnalysisInputException if the actor is unknown or takes no stance on the issue
     */
    public static double current(Scenario scenario, String actorId, String issueId, LeverAttribute attribute) {
        Actor a = actor(scenario, actorId);
        Stance s = stance(scenario, a, issueId);
        return switch (attribute) {
            case POSITION -> s.position().value();
            case SALIENCE -> s.salience().value();
            case CAPABILITY -> a.capability().value();
        };
    }

    /**
     * The scenario with the attribute set to {@code value}.
     *
     * @throws InvalidAnalysisInputException if the actor is unknown or takes no stance on the issue
     */
    public static Scenario with(Scenario scenario, String actorId, String issueId, LeverAttribute attribute, double value) {
        Actor a = actor(scenario, actorId);
        Stance s = stance(scenario, a, issueId);
        Actor changed;
        if (attribute == LeverAttribute.CAPABILITY) {
            changed = new Actor(a.id(), a.name(), a.aliases(), Estimate.of(value), a.notes(), a.sourceIds(), a.stances());
        } else {
            Stance ns = attribute == LeverAttribute.POSITION
                    ? new Stance(s.issueId(), Estimate.of(value), s.salience(), s.riskAttitude(), s.rationale(), s.sourceIds())
                    : new Stance(s.issueId(), s.position(), Estimate.of(value), s.riskAttitude(), s.rationale(), s.sourceIds());
            Map<String, Stance> stances = new LinkedHashMap<>(a.stances());
            stances.put(issueId, ns);
            changed = new Actor(a.id(), a.name(), a.aliases(), a.capability(), a.notes(), a.sourceIds(), stances);
        }
        List<Actor> actors = new ArrayList<>(scenario.actors().size());
        for (Actor x : scenario.actors()) {
            actors.add(x.id().equals(actorId) ? changed : x);
        }
        return scenario.withActors(actors);
    }

    private static Actor actor(Scenario scenario, String actorId) {
        return scenario.actor(actorId).orElseThrow(() -> new InvalidAnalysisInputException(
                "actor: unknown actor id '" + actorId + "'"));
    }

    private static Stance stance(Scenario scenario, Actor a, String issueId) {
        if (scenario.issue(issueId).isEmpty()) {
            throw new InvalidAnalysisInputException("issue: unknown issue id '" + issueId + "'");
        }
        Stance s = a.stances().get(issueId);
        if (s == null) {
            throw new InvalidAnalysisInputException("actor '" + a.id() + "' takes no stance on issue '" + issueId + "'");
        }
        return s;
    }
}
