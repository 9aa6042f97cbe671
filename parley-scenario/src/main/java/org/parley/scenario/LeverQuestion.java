package org.parley.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a scenario's {@code levers:} section: a "what would it take" question the analyst wants answered in
 * every report — the smallest change of one actor's attribute on one issue that moves a forecast across a target.
 * The scenario reader checks the references (actor, issue, the actor's stance on it) and the attribute; the target
 * expression, model ids, game id and stance name are checked by the analysis ({@code parley-analysis}), which
 * locates its problems through the reader's JSON pointers ({@code /levers/<index>/<key>}).
 *
 * @param actor     the actor whose attribute changes (it takes a stance on {@code issue})
 * @param issue     the issue: the stance changed and the forecast read
 * @param attribute {@code position}, {@code salience} or {@code capability}
 * @param target    the threshold as written, e.g. {@code ">= 50"} for a bargaining model's forecast, or
 *                  {@code "p_deal >= 0.5"} / {@code "outcome == deal"} for a crisis game
 * @param models    model ids to ask (in order); empty = every model the command runs. Not allowed with a game
 * @param game      id of an entry of {@code games:} to ask instead of the bargaining models, or null
 * @param stance    with a game: the stance name to evaluate at, or null for "the defender's position in each
 *                  modified scenario" (so a lever on the defender's position moves the stance with it)
 * @param question  the question in words, shown in reports; empty when not given
 */
public record LeverQuestion(String actor, String issue, String attribute, String target, List<String> models,
                            String game, String stance, String question) {
    /** The attributes a lever can change. */
    public static final List<String> ATTRIBUTES = List.of("position", "salience", "capability");

    public LeverQuestion {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(attribute, "attribute");
        if (!ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("attribute must be one of " + ATTRIBUTES + ", got '" + attribute + "'");
        }
        Objects.requireNonNull(target, "target");
        models = models == null ? List.of() : List.copyOf(models);
        if (game != null && !models.isEmpty()) {
            throw new IllegalArgumentException("models and game cannot both be given");
        }
        question = question == null ? "" : question;
    }

    /** Whether the question is asked of a crisis game rather than of bargaining models. */
    public boolean isGameLever() {
        return game != null;
    }
}
