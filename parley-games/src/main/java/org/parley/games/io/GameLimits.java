package org.parley.games.io;

/**
 * Size limits of the .nfg and .efg readers, checked while reading and before anything proportional to the
 * counts is allocated, so that a tiny hostile file (say {@code { 32000 32000 }} strategy counts) is refused at
 * once with a located {@link GameFormatException} instead of exhausting memory (issue 12). Documented in
 * {@code docs/CLI.md}, section "Limits".
 *
 * @param maxPlayers    most players in one game
 * @param maxStrategies most strategies of one player (strategic games)
 * @param maxProfiles   most strategy profiles, the product of the strategy counts (strategic games)
 * @param maxNodes      most nodes of a game tree
 * @param maxDepth      deepest path from the root of a game tree, in moves (the solvers walk trees recursively)
 */
public record GameLimits(int maxPlayers, int maxStrategies, long maxProfiles, int maxNodes, int maxDepth) {

    /** 100 players, 100,000 strategies each, 1,000,000 profiles, 1,000,000 nodes, depth 2,000. */
    public static final GameLimits DEFAULT = new GameLimits(100, 100_000, 1_000_000L, 1_000_000, 2_000);

    /** Validates the limits (all positive). */
    public GameLimits {
        if (maxPlayers < 1 || maxStrategies < 1 || maxProfiles < 1 || maxNodes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("game limits must be positive");
        }
    }
}
