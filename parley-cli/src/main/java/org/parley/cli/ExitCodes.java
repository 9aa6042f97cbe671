package org.parley.cli;

/**
 * The exit codes of {@code parley}.
 *
 * <ul>
 *   <li>{@value #OK}: success;</li>
 *   <li>{@value #FAILURE}: internal failure (a bug, or the report could not be written);</li>
 *   <li>{@value #BAD_INPUT}: bad input: scenario problems, unreadable file, unknown model or issue id, bad or missing
 *       option, a scenario the chosen model cannot analyse.</li>
 *   <li>{@value #INCOMPLETE}: ({@code game solve}) a budget ({@code --budget-seconds}, {@code --max-equilibria})
 *       ended a run: the equilibria printed are verified, but the method may have more to find.</li>
 * </ul>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    public static final int INCOMPLETE = 3;

    private ExitCodes() {
    }
}
