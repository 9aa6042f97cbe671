package org.parley.cli.game;

import java.util.ArrayList;
import java.util.List;
import org.parley.cli.UsageException;
import org.parley.games.io.GameLimits;
import picocli.CommandLine.Option;

/**
 * {@code --limit NAME=N}, repeatable: changes one of the game readers' size limits for a trusted file. The names
 * and defaults are in docs/CLI.md, section "Limits and hostile input".
 */
final class GameLimitOptions {
    @Option(names = "--limit", paramLabel = "NAME=N", description = {
            "Change a game-file size limit for this run (repeatable); NAME is one of: players, strategies, profiles, "
                    + "nodes, depth (at most 2000), file-bytes. Defaults: docs/CLI.md."})
    List<String> limits = new ArrayList<>();

    /**
     * The limits after every {@code --limit}.
     *
     * @throws UsageException naming the bad option value (exit 2)
     */
    GameLimits gameLimits() {
        GameLimits l = GameLimits.DEFAULT;
        for (String item : limits) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--limit expects NAME=N, got '" + item + "'; names: "
                        + String.join(", ", GameLimits.NAMES));
            }
            String name = item.substring(0, eq).trim();
            long value;
            try {
                value = Long.parseLong(item.substring(eq + 1).trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new UsageException("--limit " + name + " expects a whole number, got '"
                        + item.substring(eq + 1) + "'");
            }
            try {
                l = l.with(name, value);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--limit: " + e.getMessage());
            }
        }
        return l;
    }
}
