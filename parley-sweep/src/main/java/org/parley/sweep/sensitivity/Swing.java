package org.parley.sweep.sensitivity;

import org.parley.sweep.sample.InputId;

/**
 * One input moved alone across its swing interval, the others at their stated values.
 *
 * @param input  the input moved
 * @param low    the interval's lower end
 * @param high   the interval's upper end
 * @param atLow  the output with the input at {@code low} (NaN when the model failed there)
 * @param atHigh the output at {@code high}
 * @param min    the smallest output over the grid
 * @param max    the largest output over the grid
 */
public record Swing(InputId input, double low, double high, double atLow, double atHigh, double min, double max) {
    /** max − min over the grid: the width of the tornado bar. */
    public double width() {
        return max - min;
    }
}
