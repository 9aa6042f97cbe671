/**
 * Helpers shared by Parley's bargaining models: weighted mean and median, weights of an issue slice,
 * * the issue loop that records provenance, and parameter parsing.
 * Public only so that the model packages can use them; not part of the stable API.
 */
package org.parley.forecast.support;
