package org.parley.sweep.sample;

/** How a range {@code [low, high]} in a scenario file is read as a distribution. */
public enum RangeShape {
    /** Every value of the range equally plausible (the default). */
    UNIFORM,
    /** Triangular with its peak at the stated value: the ends are the least plausible. */
    TRIANGULAR
}
