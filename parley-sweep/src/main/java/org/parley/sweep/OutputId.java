package org.parley.sweep;

import java.util.Objects;

/**
 * One output column of a sweep: a model's forecast of an issue (and whether it is an agreement), or a crisis
 * game's probabilities and most likely outcome at one defender stance.
 *
 * @param kind  what the column holds
 * @param model model id for {@link OutputKind#FORECAST} and {@link OutputKind#AGREEMENT}; null otherwise
 * @param issue issue id (the game's issue for crisis columns)
 * @param game  game id for crisis columns; null otherwise
 * @param stance stance name for crisis columns; null otherwise
 */
public record OutputId(OutputKind kind, String model, String issue, String game, String stance) {
    public OutputId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issue, "issue");
        boolean forecast = kind == OutputKind.FORECAST || kind == OutputKind.AGREEMENT;
        if (forecast != (model != null) || forecast == (game != null) || (game == null) != (stance == null)) {
            throw new IllegalArgumentException("a forecast column names a model, a crisis column a game and stance");
        }
    }

    public static OutputId forecast(String model, String issue) {
        return new OutputId(OutputKind.FORECAST, model, issue, null, null);
    }

    public static OutputId agreement(String model, String issue) {
        return new OutputId(OutputKind.AGREEMENT, model, issue, null, null);
    }

    public static OutputId crisis(OutputKind kind, String game, String issue, String stance) {
        return new OutputId(kind, null, issue, game, stance);
    }

    /** Whether this is a crisis-game column. */
    public boolean isCrisis() {
        return game != null;
    }
}
