package org.parley.analysis.plan;

import java.util.List;
import java.util.Objects;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.spec.GameSpec;
import org.parley.scenario.LeverQuestion;

/**
 * One checked {@code levers:} entry (or a command-line lever question): the parsed query and whom to ask.
 *
 * @param pointer  JSON pointer of the entry in the scenario ({@code /levers/0}), or {@code ""} for a question not
 *                 from the file
 * @param question the entry as written
 * @param query    actor, issue, attribute and parsed target
 * @param models   model ids to ask, in order; empty = every model the caller runs (never with a game)
 * @param game     the crisis game to ask instead of the models, or null
 * @param stance   with a game: the stance name, or null for the defender's position in each changed scenario
 */
public record LeverSpec(String pointer, LeverQuestion question, LeverQuery query, List<String> models, GameSpec game,
                        String stance) {
    public LeverSpec {
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(query, "query");
        models = List.copyOf(models);
        if (game != null && !models.isEmpty()) {
            throw new IllegalArgumentException("a lever asks models or a game, not both");
        }
        if (game == null && stance != null) {
            throw new IllegalArgumentException("stance applies only to a lever on a game");
        }
    }

    public boolean isGameLever() {
        return game != null;
    }

    /** The question in words: the analyst's text, else one built from the query. */
    public String text() {
        if (!question.question().isBlank()) {
            return question.question();
        }
        return query.actorId() + " " + query.attribute().label() + " on " + query.issueId() + ": what change makes "
                + (game == null ? "the forecast " : "game " + game.id() + (stance == null ? "" : " (" + stance + ")")
                + ": ") + query.target() + "?";
    }
}
