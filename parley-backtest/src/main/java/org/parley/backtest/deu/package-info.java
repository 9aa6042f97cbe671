/**
 * Import of DEU-style data (Decision-making in the European Union: Thomson et al. 2006; DEU III, Arregui &amp;
 * Perarnaud 2022) into backtest cases, with the EU's procedures as decision structures.
 */
package org.parley.backtest.deu;
