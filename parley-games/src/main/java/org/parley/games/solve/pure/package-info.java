/** Pure-strategy equilibrium enumeration (Gambit's enumpure) for any number of players. */
package org.parley.games.solve.pure;
