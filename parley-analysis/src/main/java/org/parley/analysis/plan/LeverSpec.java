package org.parley.analysis.plan;

import java.util.List;
import java.util.Objects;
import org.parley.analysis.levers.LeverQuery;
import org.parley.scenario.GameSpec;
import org.parley.scenario.LeverQuestion;

/**
 * One lever question of a plan ({@code levers:} entry or command-line question), bound to the crisis game it asks.
 *
 * @param pointer  JSON pointer of the entry in the scenario ({@code /levers/0}), or {@code ""} for a question not
 *                 from the file
 * @param question the checked question
 * @param game     the crisis game the question asks (the scenario's entry named by {@code question.game()}), or
 *                 null for a question on bargaining models
 */
public record LeverSpec(String pointer, LeverQuestion question, GameSpec game) {
    /** @throws IllegalArgumentException if the game is not the one the question names */
    public LeverSpec {
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(question, "question");
        if (question.isGameLever() ? game == null || !game.id().equals(question.game()) : game != null) {
            throw new IllegalArgumentException("the game must be the one the question names ("
                    + question.game() + ")");
        }
    }

    /** The lever search's input: actor, issue, attribute and target. */
    public LeverQuery query() {
        return new LeverQuery(question.actor(), question.issue(), question.attribute(), question.target());
    }

    /** Model ids to ask, in order; empty = every model the caller runs (never with a game). */
    public List<String> models() {
        return question.models();
    }

    /** With a game: the stance name, or null for the defender's position in each changed scenario. */
    public String stance() {
        return question.stance();
    }

    public boolean isGameLever() {
        return game != null;
    }
}
