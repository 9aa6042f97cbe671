package org.parley.server;

/**
 * What one request may ask of the server. Beyond a limit the answer is 413 (body size) or 422 naming the field.
 *
 * @param maxBodyBytes      largest request body
 * @param maxNesting        deepest nesting of brackets or objects in a submitted document
 * @param maxActors         actors in one scenario
 * @param maxIssues         issues in one scenario
 * @param maxRounds         the largest round budget a model option may ask for ({@code *.maxRounds})
 * @param maxLeverGrid      grid points of a lever scan
 * @param maxBacktestCases  cases in one backtest
 * @param maxSamples        Monte Carlo samples of one sweep (and base rows of its Sobol design)
 * @param maxGameOutcomes   strategy profiles (strategic games) or nodes (trees) of a game to solve
 * @param solverSeconds     wall time of one game solve
 * @param maxQueuedRuns     runs waiting at once; beyond it starting a run is refused with 503
 */
public record Limits(int maxBodyBytes, int maxNesting, int maxActors, int maxIssues, int maxRounds, int maxLeverGrid,
                     int maxBacktestCases, long maxSamples, long maxGameOutcomes, int solverSeconds, int maxQueuedRuns) {
    /** The defaults of {@code parley serve}. */
    public static final Limits DEFAULTS = new Limits(1 << 20, 64, 200, 100, 10_000, 2_001, 5_000, 100_000, 1_000_000, 60,
            1_000);

    public Limits {
        if (maxBodyBytes < 1024 || maxNesting < 8 || maxActors < 2 || maxIssues < 1 || maxRounds < 1
                || maxLeverGrid < 3 || maxBacktestCases < 1 || maxSamples < 1 || maxGameOutcomes < 1 || solverSeconds < 1
                || maxQueuedRuns < 1) {
            throw new IllegalArgumentException("limits too small: " + this);
        }
    }
}
