/**
 * Provenance: where a result came from, in one record shared by every kind of result Parley computes.
 *
 * <p>{@link org.parley.provenance.Provenance} is attached to forecasts, equilibrium results, crisis-game results
 * and lever answers (and, later, sweeps and backtests). {@link org.parley.provenance.RunContext} is made once per
 * run: it fixes the input's SHA-256, the time of the run and the master seed, so that every result of one run
 * names the same input without hashing it again. {@link org.parley.provenance.BuildInfo} gives Parley's version
 * and git commit as recorded by the build. This module depends on nothing, so that the game engine can use it
 * and stay free of scenario code.
 */
package org.parley.provenance;
