package org.parley.sweep;

/** Whether a sweep computed Sobol indices, and if not why. */
public enum SobolStatus {
    COMPUTED,
    /** The sweep was asked not to (0 base samples). */
    NOT_REQUESTED,
    /** Inputs are correlated: the indices assume independent inputs. */
    CORRELATED_INPUTS,
    /** The scenario states no uncertainty. */
    NO_UNCERTAIN_INPUTS
}
