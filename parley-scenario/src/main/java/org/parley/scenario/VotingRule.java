package org.parley.scenario;

/**
 * How the members of one {@link VotingBody} accept a proposal against the reversion point.
 *
 * <ul>
 *   <li>{@link #SINGLE}: one member decides alone.</li>
 *   <li>{@link #UNANIMITY}: every member must prefer the proposal (each is a veto player, Tsebelis 2002).</li>
 *   <li>{@link #MAJORITY}: members holding more than half of the votes.</li>
 *   <li>{@link #QUALIFIED_MAJORITY}: members holding at least the body's threshold of votes (e.g. the EU Council's
 *       qualified majority).</li>
 * </ul>
 */
public enum VotingRule {
    SINGLE("single"), UNANIMITY("unanimity"), MAJORITY("majority"), QUALIFIED_MAJORITY("qualified-majority");

    private final String id;

    VotingRule(String id) {
        this.id = id;
    }

    /** The name used in scenario files. */
    public String id() {
        return id;
    }

    /** The rule with this scenario-file name, if any. */
    public static java.util.Optional<VotingRule> byId(String id) {
        for (VotingRule r : values()) {
            if (r.id.equals(id)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
