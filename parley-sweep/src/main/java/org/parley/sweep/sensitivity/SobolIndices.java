package org.parley.sweep.sensitivity;

import java.util.List;
import org.parley.sweep.OutputId;

/**
 * The Sobol indices of every input for one output, by decreasing total index.
 *
 * @param output     the output
 * @param rows       base rows N of Saltelli's design that gave a value for every point of the row
 * @param variance   the output's variance over the A and B rows
 * @param bootstrap  bootstrap resamples behind the intervals
 * @param indices    one per input; empty when the output does not vary (variance 0)
 */
public record SobolIndices(OutputId output, long rows, double variance, int bootstrap, List<SobolIndex> indices) {
    public SobolIndices {
        indices = List.copyOf(indices);
    }
}
