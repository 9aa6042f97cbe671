/**
 * Baseline bargaining models: the compromise model (weighted mean; van den Bos 1991, Achen 2006) and the
 * weighted median ("median voter"; Black 1948). Closed form, O(n) and O(n log n) per issue.
 */
package org.parley.forecast.baseline;
