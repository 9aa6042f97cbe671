/**
 * The asymmetric n-actor Nash bargaining solution on one issue (Nash 1950; Kalai 1977; Roth 1979), computed on its
 * individually rational interval by bisection on the derivative of the log Nash product.
 */
package org.parley.forecast.nash;
