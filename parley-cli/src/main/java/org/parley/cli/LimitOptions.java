package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import org.parley.scenario.io.InputLimits;
import picocli.CommandLine.Option;

/**
 * {@code --limit NAME=N}, repeatable: raises (or lowers) one of the scenario reader's size limits for a trusted
 * input. The names and defaults are in docs/SCENARIO-FORMAT.md, section "Limits".
 */
final class LimitOptions {
    @Option(names = "--limit", paramLabel = "NAME=N", description = {
            "Change a scenario size limit for this run (repeatable); NAME is one of: chars, line-length, depth, "
                    + "value-length, aliases, alias-expansion, actors, issues. Defaults: docs/SCENARIO-FORMAT.md."})
    List<String> limits = new ArrayList<>();

    /**
     * The limits after every {@code --limit}.
     *
     * @throws UsageException naming the bad option value (exit 2)
     */
    InputLimits scenarioLimits() {
        InputLimits l = InputLimits.DEFAULT;
        for (String item : limits) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--limit expects NAME=N, got '" + item + "'; names: "
                        + String.join(", ", InputLimits.NAMES));
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
