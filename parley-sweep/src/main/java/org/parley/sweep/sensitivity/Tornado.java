package org.parley.sweep.sensitivity;

import java.util.List;
import org.parley.sweep.OutputId;

/**
 * The one-at-a-time swings of every input for one output, widest first (ties in input order).
 *
 * @param output     the output
 * @param base       its value with every input at the stated value
 * @param gridPoints grid points per input
 * @param swings     one per input, sorted by decreasing {@link Swing#width()}
 */
public record Tornado(OutputId output, double base, int gridPoints, List<Swing> swings) {
    public Tornado {
        swings = List.copyOf(swings);
    }
}
