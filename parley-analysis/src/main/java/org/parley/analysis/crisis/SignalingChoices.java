package org.parley.analysis.crisis;

import java.util.Objects;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.signaling.SenderPattern;

/**
 * The strategies of a two-type crisis equilibrium, exactly: how often each type of challenger signals (commits), and
 * how often the defender shifts after each message.
 *
 * @param signalIfResolved   P(signal | resolved)
 * @param signalIfIrresolute P(signal | irresolute)
 * @param shiftAfterSignal   P(shift | signal)
 * @param shiftAfterNoSignal P(shift | no signal)
 * @param pattern            separating, pooling, semi-separating or hybrid
 */
public record SignalingChoices(Rational signalIfResolved, Rational signalIfIrresolute, Rational shiftAfterSignal,
                               Rational shiftAfterNoSignal, SenderPattern pattern) {
    public SignalingChoices {
        Objects.requireNonNull(signalIfResolved, "signalIfResolved");
        Objects.requireNonNull(signalIfIrresolute, "signalIfIrresolute");
        Objects.requireNonNull(shiftAfterSignal, "shiftAfterSignal");
        Objects.requireNonNull(shiftAfterNoSignal, "shiftAfterNoSignal");
        Objects.requireNonNull(pattern, "pattern");
    }
}
