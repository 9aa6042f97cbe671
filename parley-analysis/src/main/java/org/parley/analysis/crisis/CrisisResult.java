package org.parley.analysis.crisis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.games.ExtensiveGame;
import org.parley.scenario.CrisisTemplate;

/**
 * A solved crisis template. Immutable.
 *
 * @param template       which template
 * @param game           the extensive game built (players: challenger first, then defender)
 * @param parameters     every parameter with its source, in template order
 * @param equilibria     every equilibrium found (for two-type games: every perfect Bayesian equilibrium, one entry
 *                       per support pattern; continua are flagged)
 * @param selected       index into {@code equilibria} of the one reported as the forecast
 * @param selectionRule  how {@code selected} was chosen
 * @param notes          caveats (ties broken, degenerate cases, assumptions violated)
 * @param scenarioSha256 digest of the scenario the parameters came from, or null when given directly
 */
public record CrisisResult(CrisisTemplate template, ExtensiveGame game, List<Param> parameters,
                           List<CrisisEquilibrium> equilibria, int selected, String selectionRule, List<String> notes,
                           String scenarioSha256) {
    public CrisisResult {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(game, "game");
        parameters = List.copyOf(parameters);
        equilibria = List.copyOf(equilibria);
        if (selected < 0 || selected >= equilibria.size()) {
            throw new IllegalArgumentException("selected index " + selected + " out of range (" + equilibria.size() + ")");
        }
        selectionRule = selectionRule == null ? "" : selectionRule;
        notes = List.copyOf(notes);
    }

    /** The equilibrium reported as the forecast. */
    public CrisisEquilibrium selectedEquilibrium() {
        return equilibria.get(selected);
    }

    /** Outcome probabilities of the selected equilibrium. */
    public Map<String, Double> outcomes() {
        return selectedEquilibrium().outcomes();
    }

    public Optional<Param> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** SHA-256 of the game (the engine's canonical hash). */
    public String gameSha256() {
        return game.hash();
    }

    /** Whether every reported equilibrium passed its checks. */
    public boolean isVerified() {
        return equilibria.stream().allMatch(CrisisEquilibrium::isVerified);
    }
}
