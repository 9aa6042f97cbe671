package org.parley.games.solve.configure;

import java.util.Objects;
import org.parley.games.solve.SolverOptions;

/**
 * The options Gambit's command-line tools offer, one record for all methods (each field names the method it
 * applies to; the others ignore it). Defaults ({@link #defaults()}) are the methods' defaults, which follow
 * Gambit's default behaviour: all reachable Lemke–Howson equilibria, logit's first step 0.03, one perturbation
 * (rays or starts) with seed 1, grid refinement by 2, trees in their own form.
 *
 * @param treeForm extensive games in their own form or through the reduced strategic form (Gambit {@code -S})
 * @param equilibria lcp: how many equilibria to report, 0 for all reachable (Gambit {@code -e}); 1 follows the
 *     single path from {@code startLabel}; {@code >= 0}
 * @param startLabel lcp with {@code equilibria == 1}: the label dropped first, 1..m+n (Gambit numbering), {@code >= 1}
 * @param logitStep logit: first arc-length step (Gambit {@code -s}), finite and {@code > 0}
 * @param logitMaxLambda logit: lambda at which tracing stops in any case (Gambit {@code -m}), finite and {@code > 0}
 * @param perturbations gnm and ipa: number of perturbation rays; liap: number of starting points (Gambit
 *     {@code -n}); {@code >= 0}, 0 for the method's default (1 ray for gnm and ipa, 10 starts for liap)
 * @param seed gnm, ipa, liap: seed of the random rays or starting points; the k-th uses {@code seed + k}
 * @param refinement simpdiv: factor by which the grid is refined between restarts (Gambit {@code -g}), in [1.5, 64]
 */
public record GambitOptions(TreeForm treeForm, int equilibria, int startLabel, double logitStep, double logitMaxLambda,
                            int perturbations, long seed, double refinement) implements SolverOptions {
    public GambitOptions {
        Objects.requireNonNull(treeForm, "treeForm");
        if (equilibria < 0) {
            throw new IllegalArgumentException("equilibria must be >= 0 (0: all reachable), was " + equilibria);
        }
        if (startLabel < 1) {
            throw new IllegalArgumentException("startLabel must be >= 1, was " + startLabel);
        }
        if (!(logitStep > 0) || Double.isInfinite(logitStep)) {
            throw new IllegalArgumentException("logitStep must be finite and > 0, was " + logitStep);
        }
        if (!(logitMaxLambda > 0) || Double.isInfinite(logitMaxLambda)) {
            throw new IllegalArgumentException("logitMaxLambda must be finite and > 0, was " + logitMaxLambda);
        }
        if (perturbations < 0) {
            throw new IllegalArgumentException("perturbations must be >= 0 (0: the method's default), was " + perturbations);
        }
        if (!(refinement >= 1.5 && refinement <= 64)) {
            throw new IllegalArgumentException("refinement must be in [1.5, 64], was " + refinement);
        }
    }

    /** Tree form, all reachable, label 1, step 0.03, max lambda 1e12, the method's perturbation count, seed 1, refinement 2. */
    public static GambitOptions defaults() {
        return new GambitOptions(TreeForm.TREE, 0, 1, 0.03, 1e12, 0, 1L, 2.0);
    }

    public GambitOptions withTreeForm(TreeForm f) {
        return new GambitOptions(f, equilibria, startLabel, logitStep, logitMaxLambda, perturbations, seed, refinement);
    }

    public GambitOptions withLcp(int equilibria, int startLabel) {
        return new GambitOptions(treeForm, equilibria, startLabel, logitStep, logitMaxLambda, perturbations, seed, refinement);
    }

    public GambitOptions withLogit(double step, double maxLambda) {
        return new GambitOptions(treeForm, equilibria, startLabel, step, maxLambda, perturbations, seed, refinement);
    }

    public GambitOptions withPerturbations(int count, long seed) {
        return new GambitOptions(treeForm, equilibria, startLabel, logitStep, logitMaxLambda, count, seed, refinement);
    }

    public GambitOptions withRefinement(double r) {
        return new GambitOptions(treeForm, equilibria, startLabel, logitStep, logitMaxLambda, perturbations, seed, r);
    }
}
