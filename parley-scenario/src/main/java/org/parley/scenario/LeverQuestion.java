package org.parley.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a scenario's {@code levers:} section: a "what would it take" question the analyst wants answered in
 * every report — the smallest change of one actor's attribute on one issue that moves a forecast across a target.
 * The reader checks everything a scenario can know (the actor, the issue and the actor's stance on it, the
 * attribute, the target against the kind of lever, the game id and its stance names); only the model ids are left
 * to the analysis, which knows the models.
 *
 * @param actor     the actor whose attribute changes (it takes a stance on {@code issue})
 * @param issue     the issue: the stance changed and the forecast read
 * @param attribute position, salience or capability
 * @param target    the threshold: on a bargaining model's forecast (no metric, or {@code forecast}) for a model
 *                  lever; on a crisis-game metric ({@code p_deal >= 0.5}, {@code outcome == deal}) for a game lever
 * @param models    model ids to ask (in order); empty = every model the command runs. Not allowed with a game
 * @param game      id of an entry of {@code games:} to ask instead of the bargaining models, or null
 * @param stance    with a game: the stance name to evaluate at, or null for "the defender's position in each
 *                  modified scenario" (so a lever on the defender's position moves the stance with it)
 * @param question  the question in words, as the analyst wrote it; empty when not given
 */
public record LeverQuestion(String actor, String issue, LeverAttribute attribute, LeverTarget target,
                            List<String> models, String game, String stance, String question) {
    /**
     * @throws IllegalArgumentException if models and a game are both given, a stance without a game, or a target
     *                                  that does not fit the kind of lever
     */
    public LeverQuestion {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(target, "target");
        models = models == null ? List.of() : List.copyOf(models);
        if (game != null && !models.isEmpty()) {
            throw new IllegalArgumentException("models and game cannot both be given");
        }
        if (game == null && stance != null) {
            throw new IllegalArgumentException("stance applies only to a lever on a game");
        }
        boolean crisisTarget = target.metric() != null && target.metric().isCrisisMetric();
        if (game == null ? crisisTarget || target.isCategorical() : !crisisTarget) {
            throw new IllegalArgumentException("target '" + target + "' does not fit a lever on "
                    + (game == null ? "bargaining models" : "a crisis game"));
        }
        question = question == null ? "" : question;
    }

    /** Whether the question is asked of a crisis game rather than of bargaining models. */
    public boolean isGameLever() {
        return game != null;
    }
}
