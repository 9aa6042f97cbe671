package org.parley.sweep.sensitivity;

import org.parley.sweep.sample.InputId;
import org.parley.sweep.stats.BootstrapEstimate;

/**
 * First-order and total Sobol indices of one input for one output.
 *
 * @param input  the input
 * @param first  S_i: the share of the output's variance that the input explains alone
 * @param total  S_Ti: the share it takes part in, interactions included (S_Ti ≥ S_i in expectation)
 */
public record SobolIndex(InputId input, BootstrapEstimate first, BootstrapEstimate total) {
}
