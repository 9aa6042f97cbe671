package org.parley.forecast.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.forecast.Agreement;
import org.parley.forecast.IssueForecast.Interval;
import org.parley.scenario.DecisionStructure;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.VotingBody;

/**
 * The outcomes that the decisive actors of an issue accept against the reversion point q: the win-set
 * W(q) = {x : every body's supporters of x over q carry it} (Tsebelis 2002, ch. 1; for the EU procedures Steunenberg
 * 1994, Crombez 1996). In one dimension W(q) ∪ {q} is an interval [left, right] containing q; the bounds other than q
 * are limits of open sets (an actor indifferent between x and q does not support x), reported as the closure.
 *
 * <p>Per body and side: members with ideal x_i &gt; q support x &gt; q iff x &lt; r_i = 2x_i − q. Sorting the r_i
 * downwards and adding votes until the body's rule is carried gives the body's right bound; the structure's right
 * bound is the smallest over bodies. Symmetrically on the left. O(n log n) per issue.
 *
 * @param reversion the reversion point q
 * @param left      the smallest accepted outcome (q when no move to the left is accepted)
 * @param right     the largest accepted outcome (q when no move to the right is accepted)
 * @param blockedLeft  decisive actors whose bodies refuse every move to the left, at or right of q (empty when a
 *                     move left is accepted)
 * @param blockedRight the same for moves to the right
 * @param blockers     when no move either way is accepted: every actor in {@code blockedLeft} or
 *                     {@code blockedRight}, in scenario order; empty otherwise
 */
public record AcceptableSet(double reversion, double left, double right, List<String> blockedLeft,
                            List<String> blockedRight, List<String> blockers) {
    public AcceptableSet {
        if (!(left <= reversion && reversion <= right)) {
            throw new IllegalArgumentException("acceptable set [" + left + ", " + right + "] must contain q = " + reversion);
        }
        blockedLeft = List.copyOf(blockedLeft);
        blockedRight = List.copyOf(blockedRight);
        blockers = List.copyOf(blockers);
    }

    /**
     * The acceptable set of an issue under a decision structure, with q = the structure's reversion point or the
     * issue's status quo.
     *
     * @throws IllegalArgumentException if a decisive actor takes no stance on the issue, or there is no reversion point
     */
    public static AcceptableSet of(IssueSlice slice, DecisionStructure d) {
        Objects.requireNonNull(d, "decision structure");
        double q = d.reversion(slice.statusQuo());
        if (!Double.isFinite(q)) {
            throw new IllegalArgumentException("issue " + slice.issue().id() + ": a decision rule needs a reversion point:"
                    + " give the issue a status_quo or the decision a reversion point");
        }
        double right = Double.POSITIVE_INFINITY, left = Double.NEGATIVE_INFINITY;
        Set<String> blockRight = new LinkedHashSet<>(), blockLeft = new LinkedHashSet<>();
        for (VotingBody b : d.bodies()) {
            List<String> members = new ArrayList<>(b.votes().keySet());
            double[] ideal = new double[members.size()];
            for (int k = 0; k < ideal.length; k++) {
                int i = slice.indexOf(members.get(k));
                if (i < 0) {
                    throw new IllegalArgumentException("issue " + slice.issue().id() + ": decisive actor "
                            + members.get(k) + " takes no stance on it");
                }
                ideal[k] = slice.position(i);
            }
            double r = rightBound(b, members, ideal, q);
            double l = -rightBound(b, members, negate(ideal), -q);
            if (r == q) {
                for (int k = 0; k < ideal.length; k++) {
                    if (ideal[k] <= q) {
                        blockRight.add(members.get(k));
                    }
                }
            }
            if (l == q) {
                for (int k = 0; k < ideal.length; k++) {
                    if (ideal[k] >= q) {
                        blockLeft.add(members.get(k));
                    }
                }
            }
            right = Math.min(right, r);
            left = Math.max(left, l);
        }
        Set<String> both = new LinkedHashSet<>(blockLeft);
        both.addAll(blockRight);
        boolean empty = left == q && right == q;
        return new AcceptableSet(q, left, right, left == q ? order(slice, blockLeft) : List.of(),
                right == q ? order(slice, blockRight) : List.of(), empty ? order(slice, both) : List.of());
    }

    private static List<String> order(IssueSlice slice, Set<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : slice.actorIds()) {
            if (ids.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** The body's right bound: the sup of x &gt; q that its rule carries, or q when none. */
    private static double rightBound(VotingBody b, List<String> members, double[] ideal, double q) {
        int n = ideal.length;
        Integer[] idx = new Integer[n];
        for (int k = 0; k < n; k++) {
            idx[k] = k;
        }
        // reflections of the members right of q, largest first
        Arrays.sort(idx, (u, v) -> Double.compare(2 * ideal[v] - q, 2 * ideal[u] - q));
        double votes = 0;
        for (int k = 0; k < n; k++) {
            int m = idx[k];
            if (!(ideal[m] > q)) {
                break;
            }
            votes += b.votes().get(members.get(m));
            if (b.carries(votes)) {
                return 2 * ideal[m] - q;
            }
        }
        return q;
    }

    private static double[] negate(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = -x[i];
        }
        return y;
    }

    /** The closure [left, right] as an interval. */
    public Interval interval() {
        return new Interval(left, right);
    }

    /** Whether nothing but the reversion point is accepted: no agreement is possible. */
    public boolean isEmpty() {
        return left == reversion && right == reversion;
    }

    /**
     * The agreement status of an outcome in this set: no agreement when the set is empty or the outcome is the
     * reversion point itself, else agreement.
     */
    public Agreement agreementAt(double outcome) {
        boolean none = isEmpty() || outcome == reversion;
        List<String> who = none ? (isEmpty() ? blockers() : List.of()) : List.of();
        return new Agreement(none ? Agreement.Status.NO_AGREEMENT : Agreement.Status.AGREEMENT, reversion, interval(),
                who);
    }
}
