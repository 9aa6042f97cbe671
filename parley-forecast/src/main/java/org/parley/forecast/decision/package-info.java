/**
 * Who decides: the set of outcomes the decisive actors accept against the reversion point (the win-set, Tsebelis
 * 2002), and the decision stage that turns any model's forecast into an agreement or "no agreement" under the
 * scenario's decision rule.
 *
 * <p>One issue, single-peaked preferences with ideal x_i: actor i prefers x to the reversion point q iff
 * |x − x_i| &lt; |q − x_i|, i.e. x lies strictly between q and the reflection 2x_i − q. A {@code VotingBody} accepts x
 * when the votes of its members who prefer x carry it under the body's rule; the decision structure accepts x when
 * every body does. In one dimension the accepted set is an interval around q, computed from sorted reflections in
 * O(n log n). See {@link org.parley.forecast.decision.AcceptableSet}.
 */
package org.parley.forecast.decision;
