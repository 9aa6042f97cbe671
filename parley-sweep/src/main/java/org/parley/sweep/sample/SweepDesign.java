package org.parley.sweep.sample;

/**
 * The input points a sweep evaluates, indexed 0 … size−1: point i is a function of i alone (and the design's
 * seed), so engines may evaluate any subset in any order, on any thread or machine, and get the same numbers.
 */
public interface SweepDesign {
    /** Number of points. */
    long size();

    /** Writes the input values of point {@code index} into {@code x} (length: the input space's dimension). */
    void point(long index, double[] x);
}
