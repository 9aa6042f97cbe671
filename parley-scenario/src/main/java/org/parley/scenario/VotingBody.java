package org.parley.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A group of decisive actors that must accept a proposal under one {@link VotingRule}: for example the EU Council
 * voting by qualified majority, the European Parliament (modelled as one actor), or one government.
 *
 * @param votes     member actor id → vote weight (positive, finite), in file order; 1 each unless the file gives weights
 * @param rule      how the members accept
 * @param threshold votes needed: all votes for {@link VotingRule#UNANIMITY} and {@link VotingRule#SINGLE}; more than
 *                  half for {@link VotingRule#MAJORITY} (stored as half the total; acceptance needs strictly more);
 *                  the stated threshold for {@link VotingRule#QUALIFIED_MAJORITY}
 */
public record VotingBody(VotingRule rule, Map<String, Double> votes, double threshold) {
    public VotingBody {
        Objects.requireNonNull(rule, "rule");
        if (votes == null || votes.isEmpty()) {
            throw new IllegalArgumentException("a voting body needs at least one member");
        }
        votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
        double total = 0;
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            double w = e.getValue();
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("vote weight of " + e.getKey() + " must be a positive finite number, was " + w);
            }
            total += w;
        }
        if (rule == VotingRule.SINGLE && votes.size() != 1) {
            throw new IllegalArgumentException("rule single needs exactly one member, got " + votes.keySet());
        }
        if (!(threshold > 0) || threshold > total * (1 + 1e-12) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be in (0, " + total + "], was " + threshold);
        }
    }

    /** A body whose members decide under {@code rule} with one vote each (single, unanimity or simple majority). */
    public static VotingBody of(VotingRule rule, List<String> members) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (String m : members) {
            if (v.put(m, 1.0) != null) {
                throw new IllegalArgumentException("member " + m + " listed twice");
            }
        }
        return weighted(rule, v, Double.NaN);
    }

    /**
     * A body with vote weights. {@code qualifiedThreshold} is used for {@link VotingRule#QUALIFIED_MAJORITY} only
     * (the other rules fix their threshold).
     */
    public static VotingBody weighted(VotingRule rule, Map<String, Double> votes, double qualifiedThreshold) {
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        double t = switch (rule) {
            case SINGLE, UNANIMITY -> total;
            case MAJORITY -> total / 2;
            case QUALIFIED_MAJORITY -> qualifiedThreshold;
        };
        return new VotingBody(rule, votes, t);
    }

    /** Total votes of the body. */
    public double totalVotes() {
        return votes.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Whether {@code supporting} votes carry the body (strictly more than half for a simple majority). */
    public boolean carries(double supporting) {
        double eps = 1e-9 * Math.max(1, totalVotes());
        return rule == VotingRule.MAJORITY ? supporting > threshold + eps : supporting >= threshold - eps;
    }
}
