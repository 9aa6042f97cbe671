package org.parley.scenario.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.scenario.Actor;
import org.parley.scenario.GameSpec;
import org.parley.scenario.Issue;
import org.parley.scenario.LeverAttribute;
import org.parley.scenario.LeverQuestion;
import org.parley.scenario.LeverTarget;
import org.parley.scenario.Scenario;

/**
 * The rules a lever question must satisfy, whoever wrote it: an entry of {@code levers:} (the reader locates each
 * violation at the key or value concerned) or a question from the command line (which names the option instead).
 *
 * <ul>
 *   <li>the actor and the issue exist, and the actor takes a stance on the issue;</li>
 *   <li>the attribute is {@code position}, {@code salience} or {@code capability};</li>
 *   <li>not both models and a game; a stance only with a game; a target that is not empty;</li>
 *   <li>the target parses ({@link LeverTarget#parse}) and fits the kind of lever: on bargaining models a number
 *       compared with their forecast; on a crisis game {@code p_deal|p_escalation|p_status_quo <op> number} or
 *       {@code outcome ==|!= deal|escalation|status quo} ({@code status_quo} is accepted for "status quo");</li>
 *   <li>the game exists and has the stance named.</li>
 * </ul>
 * Model ids are not checked here: a scenario knows no models (the analysis checks them). Stateless; cost linear in
 * the numbers of actors, issues and games (did-you-mean hints).
 */
public final class LeverRules {
    private LeverRules() {
    }

    /**
     * A lever question as written, before any check.
     *
     * @param models model ids, empty for "every model"
     */
    public record Written(String actor, String issue, String attribute, String target, List<String> models,
                          String game, String stance, String question) {
        public Written {
            models = models == null ? List.of() : List.copyOf(models);
        }
    }

    /**
     * One broken rule.
     *
     * @param key     the key of the question concerned: actor, issue, attribute, target, models, game or stance
     * @param atKey   whether the problem is the key's presence (located at the key) rather than its value
     * @param message what is wrong
     * @param hint    how to fix it, or empty
     */
    public record Violation(String key, boolean atKey, String message, String hint) {
        public Violation {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(message, "message");
            hint = hint == null ? "" : hint;
        }
    }

    /**
     * The outcome of the checks.
     *
     * @param question   the typed question, or null when a rule is broken or a required value is missing
     * @param violations every broken rule, in the order checked; empty when {@code question} is given
     */
    public record Checked(LeverQuestion question, List<Violation> violations) {
        public Checked {
            violations = List.copyOf(violations);
        }
    }

    /**
     * What a lever may refer to.
     *
     * @param actorStanceIssues every actor id → the issues it takes a stance on
     * @param issueIds          every issue id
     * @param games             the games by id (those read without error)
     * @param gameIds           every game id written, in file order (also of games with errors, so that a lever on
     *                          a broken game is not also reported as naming an unknown one)
     */
    record Context(Map<String, Set<String>> actorStanceIssues, Set<String> issueIds, Map<String, GameSpec> games,
                   Set<String> gameIds) {
    }

    /** Checks a question against a scenario (its actors, issues and games). */
    public static Checked check(Written w, Scenario scenario) {
        Map<String, Set<String>> actors = new LinkedHashMap<>();
        for (Actor a : scenario.actors()) {
            actors.put(a.id(), a.stances().keySet());
        }
        Set<String> issues = new LinkedHashSet<>();
        for (Issue i : scenario.issues()) {
            issues.add(i.id());
        }
        Map<String, GameSpec> games = new LinkedHashMap<>();
        for (GameSpec g : scenario.games()) {
            games.put(g.id(), g);
        }
        return check(w, new Context(actors, issues, games, games.keySet()));
    }

    static Checked check(Written w, Context c) {
        List<Violation> v = new ArrayList<>();
        boolean actorKnown = w.actor() != null && c.actorStanceIssues().containsKey(w.actor());
        if (w.actor() != null && !actorKnown) {
            v.add(new Violation("actor", false, "unknown actor id '" + w.actor() + "' in a lever",
                    Suggest.hint(w.actor(), c.actorStanceIssues().keySet())));
        }
        boolean issueKnown = w.issue() != null && c.issueIds().contains(w.issue());
        if (w.issue() != null && !issueKnown) {
            v.add(new Violation("issue", false, "unknown issue id '" + w.issue() + "' in a lever",
                    Suggest.hint(w.issue(), c.issueIds())));
        }
        if (actorKnown && issueKnown && !c.actorStanceIssues().get(w.actor()).contains(w.issue())) {
            v.add(new Violation("actor", false, "actor '" + w.actor() + "' takes no stance on issue '" + w.issue()
                    + "', so a lever cannot change it", ""));
        }
        LeverAttribute attribute = null;
        if (w.attribute() != null && LeverAttribute.LABELS.contains(w.attribute())) {
            attribute = LeverAttribute.parse(w.attribute());
        } else if (w.attribute() != null) {
            v.add(new Violation("attribute", false, "unknown lever attribute '" + w.attribute() + "'; expected one of "
                    + String.join(", ", LeverAttribute.LABELS), Suggest.hint(w.attribute(), LeverAttribute.LABELS)));
        }
        boolean modelsAndGame = !w.models().isEmpty() && w.game() != null;
        if (modelsAndGame) {
            v.add(new Violation("models", true, "a lever asks either bargaining models ('models') or a crisis game "
                    + "('game'), not both", "split it into two levers"));
        }
        boolean strayStance = w.stance() != null && w.game() == null;
        if (strayStance) {
            v.add(new Violation("stance", true, "'stance' applies only to a lever on a crisis game ('game')", ""));
        }
        LeverTarget target = null;
        if (w.target() != null && w.target().isBlank()) {
            v.add(new Violation("target", false, "the target of a lever must not be empty", "e.g. \">= 50\""));
        } else if (!modelsAndGame && !strayStance) {
            // the kind of lever is clear: check the target against it, and the game's references
            target = parse(w.target(), v);
            target = w.game() != null ? gameTarget(w, c, target, v) : modelTarget(w, target, v);
        }
        if (!v.isEmpty() || !actorKnown || !issueKnown || attribute == null || target == null) {
            return new Checked(null, v);
        }
        return new Checked(new LeverQuestion(w.actor(), w.issue(), attribute, target, w.models(), w.game(),
                w.stance(), w.question()), v);
    }

    private static LeverTarget parse(String text, List<Violation> v) {
        if (text == null) {
            return null;
        }
        try {
            return LeverTarget.parse(text);
        } catch (IllegalArgumentException e) {
            v.add(new Violation("target", false, e.getMessage(), ""));
            return null;
        }
    }

    private static LeverTarget modelTarget(Written w, LeverTarget t, List<Violation> v) {
        if (t != null && (t.isCategorical() || (t.metric() != null && t.metric() != LeverTarget.Metric.FORECAST))) {
            v.add(new Violation("target", false, "a bargaining model's forecast is a number: use e.g. '>= 50'"
                    + (t.metric() != null && t.metric().isCrisisMetric() ? " ('" + t.metric().id() + "' needs a game)"
                    : "") + "; got '" + w.target() + "'", ""));
            return null;
        }
        return t;
    }

    private static LeverTarget gameTarget(Written w, Context c, LeverTarget t, List<Violation> v) {
        GameSpec game = c.games().get(w.game());
        if (game == null && !c.gameIds().contains(w.game())) {
            v.add(new Violation("game", false, "unknown game id '" + w.game() + "'; games: "
                    + (c.gameIds().isEmpty() ? "none (add a games: section)" : String.join(", ", c.gameIds())),
                    c.gameIds().isEmpty() ? "" : Suggest.hint(w.game(), c.gameIds())));
        }
        if (game != null && w.stance() != null && !game.stances().containsKey(w.stance())) {
            v.add(new Violation("stance", false, "game '" + game.id() + "' has no stance '" + w.stance()
                    + "'; stances: " + String.join(", ", game.stances().keySet()), ""));
        }
        if (t == null) {
            return null;
        }
        LeverTarget.Metric metric = t.metric() != null ? t.metric()
                : t.isCategorical() ? LeverTarget.Metric.OUTCOME : null;
        if (metric == null || !metric.isCrisisMetric() || t.isCategorical() != (metric == LeverTarget.Metric.OUTCOME)) {
            v.add(new Violation("target", false, "a crisis-game target is 'p_deal|p_escalation|p_status_quo <op> number'"
                    + " or 'outcome ==|!= deal|escalation|status quo'; got '" + w.target() + "'", ""));
            return null;
        }
        if (!t.isCategorical()) {
            return t;
        }
        String label = t.label().replace('_', ' ').trim().toLowerCase(Locale.ROOT);
        if (!LeverTarget.CRISIS_OUTCOMES.contains(label)) {
            v.add(new Violation("target", false, "unknown crisis outcome '" + t.label()
                    + "'; expected deal, escalation or status quo", ""));
            return null;
        }
        return new LeverTarget(LeverTarget.Metric.OUTCOME, t.comparison(), Double.NaN, label);
    }
}
