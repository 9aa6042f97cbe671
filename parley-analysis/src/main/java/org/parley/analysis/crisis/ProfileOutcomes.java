package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.games.Action;
import org.parley.games.BehaviorProfileValues;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.numeric.Rational;

/**
 * What an equilibrium profile of a crisis tree implies: the probability of each outcome label (summed over the
 * terminal nodes carrying it, in the order of first use in the tree) and the equilibrium path. Evaluation only, via
 * the engine's {@link BehaviorProfileValues}; O(nodes).
 */
final class ProfileOutcomes {
    private ProfileOutcomes() {
    }

    private static TemplateOutcome outcome(Node terminal, Function<String, TemplateOutcome> labels) {
        return labels.apply(terminal.outcome() != null ? terminal.outcome().label() : terminal.label());
    }

    /** Probability of each outcome, in doubles. */
    static Map<TemplateOutcome, Double> probabilities(BehaviorProfileValues v, Function<String, TemplateOutcome> labels) {
        Map<TemplateOutcome, Double> out = new LinkedHashMap<>();
        for (Node t : v.profile().game().terminals()) {
            out.merge(outcome(t, labels), v.realizationProbability(t), Double::sum);
        }
        return out;
    }

    /** Probability of each outcome, exactly (the profile must be exact). */
    static Map<TemplateOutcome, Rational> exactProbabilities(BehaviorProfileValues v,
                                                             Function<String, TemplateOutcome> labels) {
        Map<TemplateOutcome, Rational> out = new LinkedHashMap<>();
        for (Node t : v.profile().game().terminals()) {
            out.merge(outcome(t, labels), v.exactRealizationProbability(t), Rational::add);
        }
        return out;
    }

    /** Every action taken with positive probability at a node reached with positive probability, in preorder. */
    static List<PathStep> path(BehaviorProfileValues v, Function<String, TemplateOutcome> labels) {
        MixedBehaviorProfile b = v.profile();
        List<PathStep> out = new ArrayList<>();
        for (Node x : b.game().nodes()) {
            if (x.isTerminal() || v.realizationProbability(x) <= 0) {
                continue;
            }
            for (Action a : x.infoset().actions()) {
                double pa = b.probability(a);
                if (pa > 0) {
                    Node c = x.child(a);
                    out.add(new PathStep(x.infoset().isChance() ? null : x.player().label(), x.label(), a.label(), pa,
                            c.isTerminal() ? outcome(c, labels) : null));
                }
            }
        }
        return out;
    }
}
