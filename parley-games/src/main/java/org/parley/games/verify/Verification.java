package org.parley.games.verify;

import org.parley.games.numeric.Rational;

/**
 * Outcome of checking a profile: its maximum regret (the largest gain any player can make by a unilateral
 * deviation to a best response), how far it is from being a profile of distributions, and whether both are
 * within the allowed bound.
 *
 * @param exactMaxRegret exact max regret, or null for double profiles
 * @param maxRegret max regret as a double
 * @param distributionError largest violation of non-negativity or of sum = 1 (0 for a valid profile)
 * @param allowed bound both numbers were compared against (0 for exact profiles)
 * @param verified {@code maxRegret <= allowed && distributionError <= allowed} (exactly, for exact profiles)
 */
public record Verification(Rational exactMaxRegret, double maxRegret, double distributionError, double allowed, boolean verified) {
}
