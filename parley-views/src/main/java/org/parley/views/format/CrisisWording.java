package org.parley.views.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.analysis.crisis.Belief;
import org.parley.analysis.crisis.CrisisEquilibrium;
import org.parley.scenario.CrisisTemplate;
import org.parley.analysis.crisis.PathStep;
import org.parley.analysis.crisis.SelectionRule;
import org.parley.analysis.crisis.SignalingChoices;
import org.parley.analysis.crisis.TemplateOutcome;
import org.parley.games.numeric.Rational;
import org.parley.games.verify.SequentialRationality;

/**
 * The words for crisis results, shared by the terminal text and the HTML report: what kind of equilibrium each is,
 * a one-line description of its strategies, the path, the beliefs, the selection rule. Everything here is built from
 * the typed records of {@code org.parley.analysis.crisis} (the JSON form writes those records themselves).
 */
public final class CrisisWording {
    private CrisisWording() {
    }

    private static String signal(CrisisTemplate t) {
        return t == CrisisTemplate.TYING_HANDS ? "commit" : "signal";
    }

    private static String noSignal(CrisisTemplate t) {
        return t == CrisisTemplate.TYING_HANDS ? "no commitment" : "no signal";
    }

    /** E.g. "subgame perfect (backward induction)", "pooling on no signal", "semi-separating (irresolute type mixes)". */
    public static String kind(CrisisTemplate t, CrisisEquilibrium e) {
        return switch (e.concept()) {
            case SUBGAME_PERFECT -> "subgame perfect (backward induction)";
            case AGENT_LOGIT_QRE -> "agent logit QRE (lambda = " + e.lambda() + ")";
            case PERFECT_BAYESIAN -> signalingKind(e.signaling(), signal(t), noSignal(t));
        };
    }

    private static String signalingKind(SignalingChoices s, String sig, String noSig) {
        Rational h = s.signalIfResolved(), l = s.signalIfIrresolute();
        boolean h0 = h.isZero(), h1 = h.equals(Rational.ONE), l0 = l.isZero(), l1 = l.equals(Rational.ONE);
        if (h1 && l0) {
            return "separating (resolved " + sig + "s, irresolute does not)";
        }
        if (h0 && l1) {
            return "separating (irresolute " + sig + "s, resolved does not)";
        }
        if (h0 && l0) {
            return "pooling on " + noSig;
        }
        if (h1 && l1) {
            return "pooling on " + sig;
        }
        if ((h0 || h1) != (l0 || l1)) {
            return "semi-separating (" + ((h0 || h1) ? "irresolute" : "resolved") + " type mixes)";
        }
        return "hybrid (both types mix)";
    }

    /** A plain-text summary of the equilibrium: the outcome reached, the regret of a QRE, or the strategies. */
    public static String description(CrisisTemplate t, CrisisEquilibrium e) {
        return switch (e.concept()) {
            case SUBGAME_PERFECT -> "outcome " + reached(e.exactOutcomes());
            case AGENT_LOGIT_QRE -> "logit choice at every node; max regret " + e.nash().maxRegret();
            case PERFECT_BAYESIAN -> signalingDescription(t, e);
        };
    }

    private static String reached(Map<TemplateOutcome, Rational> exact) {
        Map<String, Rational> byLabel = new LinkedHashMap<>();
        for (Map.Entry<TemplateOutcome, Rational> o : exact.entrySet()) {
            if (o.getValue().equals(Rational.ONE)) {
                return o.getKey().label();
            }
            byLabel.put(o.getKey().label(), o.getValue());
        }
        return byLabel.toString();
    }

    private static String signalingDescription(CrisisTemplate t, CrisisEquilibrium e) {
        SignalingChoices s = e.signaling();
        String sig = signal(t), noSig = noSignal(t);
        boolean sigOnPath = e.beliefs().get(0).onPath(), noSigOnPath = e.beliefs().get(1).onPath();
        StringBuilder d = new StringBuilder();
        d.append("P(").append(sig).append(" | resolved) = ").append(s.signalIfResolved())
                .append(", P(").append(sig).append(" | irresolute) = ").append(s.signalIfIrresolute())
                .append("; P(shift | ").append(sig).append(") = ").append(s.shiftAfterSignal())
                .append(sigOnPath ? "" : " (off path)")
                .append(", P(shift | ").append(noSig).append(") = ").append(s.shiftAfterNoSignal())
                .append(noSigOnPath ? "" : " (off path)");
        if (e.continuum()) {
            d.append("; one point of a continuum of equilibria with these supports (mixing probabilities or"
                    + " off-path responses can vary)");
        }
        if (!e.violations().isEmpty()) {
            List<String> v = new ArrayList<>();
            for (SequentialRationality.Violation x : e.violations()) {
                v.add(violation(x));
            }
            d.append("; CHECK FAILED: ").append(String.join("; ", v));
        }
        return d.toString();
    }

    /** One failed check in words. */
    public static String violation(SequentialRationality.Violation v) {
        return v.infoset() + ": " + switch (v.problem()) {
            case NOT_A_BEST_REPLY -> "action '" + v.action().label() + "' is played but earns " + v.value() + " < "
                    + v.best();
            case NO_BELIEF -> "off the path and no belief given";
            case BELIEF_NOT_A_DISTRIBUTION -> "the belief is not a distribution over the set's nodes";
            case BELIEF_NOT_BAYES -> "the belief differs from Bayes' rule";
        };
    }

    /** One step of the path, e.g. "usa [resolved, no signal]: shift -> deal" or "chance [nature]: resolved (0.5377)". */
    public static String step(PathStep s) {
        String who = s.isChance() ? "chance" : s.player();
        String at = s.node().isEmpty() ? "" : " [" + s.node() + "]";
        return who + at + ": " + s.action()
                + (s.probability() < 1 ? " (" + Numbers.general(s.probability(), 4) + ")" : "")
                + (s.outcome() != null ? " -> " + s.outcome().label() : "");
    }

    /** The path, one step per entry. */
    public static List<String> path(CrisisEquilibrium e) {
        return e.path().stream().map(CrisisWording::step).toList();
    }

    /** E.g. "after signal: P(resolved) in [0, 1/2] (off path)". */
    public static String belief(Belief b) {
        return b.infoset() + ": P(resolved) " + (b.isPoint() ? "= " + b.low() : "in [" + b.low() + ", " + b.high() + "]")
                + (b.onPath() ? "" : " (off path)");
    }

    /** How the reported equilibrium was chosen, in words. */
    public static String selectionRule(SelectionRule r) {
        return switch (r) {
            case UNIQUE_SUBGAME_PERFECT -> "unique subgame-perfect equilibrium (ties, if any, broken as noted)";
            case UNIQUE_AGENT_QRE -> "the agent QRE of a tree is unique";
            case D1_ISOLATED_CHALLENGER_PREFERRED -> "among equilibria surviving D1 (if any), isolated before continua,"
                    + " then the one with the highest prior-weighted challenger payoff";
        };
    }
}
