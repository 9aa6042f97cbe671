/**
 * The game object model, in Gambit's vocabulary: {@link org.parley.games.Game} with its two forms
 * {@link org.parley.games.StrategicGame} (tables) and {@link org.parley.games.ExtensiveGame} (trees of
 * {@link org.parley.games.Node}s, {@link org.parley.games.Infoset}s and {@link org.parley.games.Action}s),
 * {@link org.parley.games.Player}, {@link org.parley.games.Strategy}, {@link org.parley.games.Outcome},
 * the capability record {@link org.parley.games.GameType}, mixed profiles in exact or double arithmetic and
 * the {@link org.parley.games.ReducedStrategicForm}. Everything is immutable and built through builders;
 * objects of one game passed to another raise {@link org.parley.games.ForeignObjectException}.
 */
package org.parley.games;
