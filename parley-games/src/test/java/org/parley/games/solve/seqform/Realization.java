package org.parley.games.solve.seqform;

import java.util.List;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.numeric.Rational;
import org.parley.games.verify.Regret;

/** Test helpers: realization equivalence of exact behaviour profiles, and exact expected payoffs. */
public final class Realization {
    private Realization() {
    }

    /** Same realization plan for both players (so the same outcome distribution against any opponent). */
    public static boolean equivalent(MixedBehaviorProfile a, MixedBehaviorProfile b) {
        SequenceForm sf = SequenceForm.of(a.game());
        for (int i = 0; i < 2; i++) {
            if (!sf.realizationPlan(a, i).equals(sf.realizationPlan(b, i))) {
                return false;
            }
        }
        return true;
    }

    public static List<Rational> payoffs(MixedBehaviorProfile p) {
        return Regret.exactExpectedPayoffs(p);
    }
}
