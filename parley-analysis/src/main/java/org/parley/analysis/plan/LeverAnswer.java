package org.parley.analysis.plan;

import java.util.Objects;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverResult;

/**
 * A lever question with its answer: one {@link LeverOutcome} per model asked (or one for the crisis game).
 * Immutable; its views (terminal text, JSON, HTML) are in {@code parley-views}.
 */
public record LeverAnswer(LeverSpec spec, LeverResult result) {
    public LeverAnswer {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(result, "result");
    }
}
