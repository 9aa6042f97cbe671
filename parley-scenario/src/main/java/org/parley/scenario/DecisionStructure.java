package org.parley.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who decides an issue and how: the voting bodies that must all accept a proposal (the decisive actors), an optional
 * agenda setter who makes the proposal, and the reversion point that holds when no proposal is accepted. Actors with
 * a stance on the issue who belong to no body are influencers: they persuade or pressure, but do not decide.
 *
 * <p>Examples: a bilateral deal is two {@link VotingRule#SINGLE} bodies; the EU's consultation procedure under
 * qualified majority is one {@link VotingRule#QUALIFIED_MAJORITY} Council body with the Commission as agenda setter;
 * co-decision adds the European Parliament as a second body. References: Tsebelis (2002) on veto players;
 * Steunenberg (1994), Crombez (1996, 1997) on the EU procedures.
 *
 * @param bodies         every body whose acceptance is needed (at least one)
 * @param agendaSetter   the actor who proposes, or null when the decisive actors bargain without a setter
 * @param reversionPoint the outcome if nothing is accepted, or null for the status quo
 * @param procedure      a label for the procedure the structure stands for (e.g. {@code "COD/QMV"}), or empty
 * @param sourceIds      the sources that say who decides, by id
 */
public record DecisionStructure(List<VotingBody> bodies, String agendaSetter, Double reversionPoint, String procedure,
                                List<String> sourceIds) {
    public DecisionStructure {
        bodies = List.copyOf(Objects.requireNonNull(bodies, "bodies"));
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("a decision structure needs at least one voting body");
        }
        if (reversionPoint != null && !Double.isFinite(reversionPoint)) {
            throw new IllegalArgumentException("reversion point must be finite, was " + reversionPoint);
        }
        procedure = procedure == null ? "" : procedure;
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
    }

    /** A structure without sources. */
    public DecisionStructure(List<VotingBody> bodies, String agendaSetter, Double reversionPoint, String procedure) {
        this(bodies, agendaSetter, reversionPoint, procedure, List.of());
    }

    /** Every decisive actor (members of any body), in body and member order, without repeats. */
    public List<String> decisiveActors() {
        Set<String> s = new LinkedHashSet<>();
        for (VotingBody b : bodies) {
            s.addAll(b.votes().keySet());
        }
        return List.copyOf(s);
    }

    /** Whether this actor belongs to some body. */
    public boolean isDecisive(String actorId) {
        return bodies.stream().anyMatch(b -> b.votes().containsKey(actorId));
    }

    /** The actors of {@code withStance} that are not decisive: the influencers. */
    public List<String> influencers(List<String> withStance) {
        List<String> out = new ArrayList<>();
        for (String a : withStance) {
            if (!isDecisive(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The reversion point for an issue whose status quo is {@code statusQuo} (NaN when the issue has none). */
    public double reversion(double statusQuo) {
        return reversionPoint != null ? reversionPoint : statusQuo;
    }
}
