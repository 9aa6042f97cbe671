package org.parley.games.solve;

import java.util.Objects;
import org.parley.games.Profile;
import org.parley.games.numeric.Rational;
import org.parley.games.verify.Regret;
import org.parley.games.verify.Tolerance;
import org.parley.games.verify.Verification;

/**
 * A candidate equilibrium with its own check: the profile, its max regret (exact when the profile is exact),
 * and whether it passed.
 *
 * @param profile the profile (strategic or behaviour)
 * @param exactMaxRegret exact max regret, null for double profiles
 * @param maxRegret max regret as a double
 * @param verified whether the check passed (see {@link Regret#verify})
 */
public record Equilibrium(Profile profile, Rational exactMaxRegret, double maxRegret, boolean verified) {
    public Equilibrium {
        Objects.requireNonNull(profile, "profile");
    }

    /** Verifies a profile with {@link Regret#verify} and wraps the outcome. */
    public static Equilibrium check(Profile p, Tolerance t) {
        Verification v = Regret.verify(p, t);
        return new Equilibrium(p, v.exactMaxRegret(), v.maxRegret(), v.verified());
    }
}
