package org.parley.cli.game;

import java.util.ArrayList;
import java.util.List;
import org.parley.cli.LimitSettings;
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
        return LimitSettings.apply(limits, GameLimits.DEFAULT, GameLimits::with, GameLimits.NAMES);
    }
}
