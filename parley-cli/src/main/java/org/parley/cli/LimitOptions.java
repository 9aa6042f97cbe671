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
            "Change a scenario size limit for this run (repeatable); NAME is one of: chars, line-length, "
                    + "depth (at most 1000), value-length, aliases, alias-expansion, actors, issues. "
                    + "Defaults: docs/SCENARIO-FORMAT.md."})
    List<String> limits = new ArrayList<>();

    /**
     * The limits after every {@code --limit}.
     *
     * @throws UsageException naming the bad option value (exit 2)
     */
    InputLimits scenarioLimits() {
        return LimitSettings.apply(limits, InputLimits.DEFAULT, InputLimits::with, InputLimits.NAMES);
    }
}
