/**
 * Forecasts and the interface every bargaining model implements. Models live in sub-packages, one class each.
 */
package org.parley.forecast;
