/**
 * Procedural (win-set) models: the outcome follows from who proposes and who must accept, not from a weighted
 * average of everyone's wishes (Tsebelis 2002; Steunenberg 1994; Crombez 1996, 1997; Thomson et al. 2006).
 */
package org.parley.forecast.procedural;
