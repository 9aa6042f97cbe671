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
 * @param maxFileBytes  largest game file read, in bytes
 */
public record GameLimits(int maxPlayers, int maxStrategies, long maxProfiles, int maxNodes, int maxDepth,
        long maxFileBytes) {

    /** 100 players, 100,000 strategies each, 1,000,000 profiles, 1,000,000 nodes, depth 2,000, files of 64 MiB. */
    public static final GameLimits DEFAULT = new GameLimits(100, 100_000, 1_000_000L, 1_000_000, 2_000,
            64L * 1024 * 1024);

    /**
     * The deepest tree any setting allows: the solvers walk trees recursively, and deeper paths could exhaust a
     * thread's stack, so {@code depth} can be lowered but not raised.
     */
    public static final int DEPTH_CEILING = 2_000;

    /** The names accepted by {@link #with(String, long)} (as the command line's {@code --limit NAME=N} writes them). */
    public static final java.util.List<String> NAMES = java.util.List.of("players", "strategies", "profiles", "nodes",
            "depth", "file-bytes");

    /** Validates the limits (all positive, depth at most {@link #DEPTH_CEILING}). */
    public GameLimits {
        if (maxPlayers < 1 || maxStrategies < 1 || maxProfiles < 1 || maxNodes < 1 || maxDepth < 1
                || maxFileBytes < 1) {
            throw new IllegalArgumentException("game limits must be positive");
        }
        if (maxDepth > DEPTH_CEILING) {
            throw new IllegalArgumentException("the depth limit can be at most " + DEPTH_CEILING
                    + " (the solvers walk trees recursively)");
        }
    }

    /**
     * These limits with one changed, by its name in {@link #NAMES}.
     *
     * @throws IllegalArgumentException naming the accepted names, or when the value is out of range
     */
    public GameLimits with(String name, long value) {
        boolean wide = name.equals("profiles") || name.equals("file-bytes");
        if (value < 1 || (!wide && value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("limit " + name + " must be between 1 and "
                    + (wide ? Long.MAX_VALUE : Integer.MAX_VALUE) + ", got " + value);
        }
        int v = (int) Math.min(value, Integer.MAX_VALUE);
        return switch (name) {
            case "players" -> new GameLimits(v, maxStrategies, maxProfiles, maxNodes, maxDepth, maxFileBytes);
            case "strategies" -> new GameLimits(maxPlayers, v, maxProfiles, maxNodes, maxDepth, maxFileBytes);
            case "profiles" -> new GameLimits(maxPlayers, maxStrategies, value, maxNodes, maxDepth, maxFileBytes);
            case "nodes" -> new GameLimits(maxPlayers, maxStrategies, maxProfiles, v, maxDepth, maxFileBytes);
            case "depth" -> new GameLimits(maxPlayers, maxStrategies, maxProfiles, maxNodes, v, maxFileBytes);
            case "file-bytes" -> new GameLimits(maxPlayers, maxStrategies, maxProfiles, maxNodes, maxDepth, value);
            default -> throw new IllegalArgumentException("unknown game limit '" + name + "'; the limits are "
                    + String.join(", ", NAMES));
        };
    }

    /** The end of a message for a crossed limit: how to raise it (depth cannot be raised). */
    String raiseHint(String name) {
        return name.equals("depth") ? "" : " (raise it with --limit " + name + "=N if the file is trusted)";
    }
}
