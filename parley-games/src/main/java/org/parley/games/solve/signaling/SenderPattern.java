package org.parley.games.solve.signaling;

/** How the sender's strategy in a signalling equilibrium uses the messages. */
public enum SenderPattern {
    /** Every type sends one message for sure and no two types send the same one: the message reveals the type. */
    SEPARATING,
    /** Every type sends the same message for sure: the message reveals nothing. */
    POOLING,
    /** Every type sends one message for sure, some but not all types share one (three or more types). */
    PARTIALLY_POOLING,
    /** Some types send one message for sure, the others mix. */
    SEMI_SEPARATING,
    /** Every type mixes. */
    HYBRID;

    /** Classifies a sender strategy given as the number of messages each type sends with positive probability. */
    static SenderPattern of(int[][] supports) {
        boolean allPure = true;
        boolean anyPure = false;
        for (int[] s : supports) {
            allPure &= s.length == 1;
            anyPure |= s.length == 1;
        }
        if (!allPure) {
            return anyPure ? SEMI_SEPARATING : HYBRID;
        }
        java.util.Set<Integer> sent = new java.util.HashSet<>();
        for (int[] s : supports) {
            sent.add(s[0]);
        }
        if (sent.size() == 1) {
            return POOLING;
        }
        return sent.size() == supports.length ? SEPARATING : PARTIALLY_POOLING;
    }
}
