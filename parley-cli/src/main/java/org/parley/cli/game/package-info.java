/**
 * {@code parley game}: solve, describe and convert Gambit games from the command line. The root command
 * registers {@link org.parley.cli.game.GameCommand} as its {@code game} subcommand.
 */
package org.parley.cli.game;
