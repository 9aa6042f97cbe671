/** Summaries across several models' forecasts of the same scenario (model disagreement). */
package org.parley.forecast.ensemble;
