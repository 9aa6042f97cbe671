package org.parley.analysis.crisis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.games.ExtensiveGame;
import org.parley.provenance.Provenance;
import org.parley.scenario.CrisisTemplate;

/**
 * A solved crisis template. Immutable.
 *
 * @param template          which template
 * @param game              the extensive game built (players: challenger first, then defender)
 * @param parameters        every parameter with its source, in template order
 * @param equilibria        every equilibrium the engine returned (for two-type games: every perfect Bayesian
 *                          equilibrium, one entry per support pattern; continua are flagged)
 * @param selected          index into {@code equilibria} of the one reported as the forecast
 * @param selectionRule     how {@code selected} was chosen
 * @param notes             caveats (ties broken, degenerate cases, assumptions violated)
 * @param provenance        where the result came from: component {@code crisis/<template>}, every parameter, and the
 *                          scenario's hash (or, for a game given directly, the game's)
 * @param solverProvenance  the engine result's provenance (the game's hash, the method, its options)
 */
public record CrisisResult(CrisisTemplate template, ExtensiveGame game, List<Param> parameters,
                           List<CrisisEquilibrium> equilibria, int selected, SelectionRule selectionRule,
                           List<String> notes, Provenance provenance, Provenance solverProvenance) {
    public CrisisResult {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(game, "game");
        parameters = List.copyOf(parameters);
        equilibria = List.copyOf(equilibria);
        if (selected < 0 || selected >= equilibria.size()) {
            throw new IllegalArgumentException("selected index " + selected + " out of range (" + equilibria.size() + ")");
        }
        Objects.requireNonNull(selectionRule, "selectionRule");
        notes = List.copyOf(notes);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(solverProvenance, "solverProvenance");
        if (!solverProvenance.inputSha256().equals(game.hash())) {
            throw new IllegalArgumentException("the solver's provenance names another game");
        }
    }

    /** The equilibrium reported as the forecast. */
    public CrisisEquilibrium selectedEquilibrium() {
        return equilibria.get(selected);
    }

    /** Outcome probabilities of the selected equilibrium. */
    public Map<TemplateOutcome, Double> outcomes() {
        return selectedEquilibrium().outcomes();
    }

    /** P(deal), P(escalation), P(status quo) of the selected equilibrium, in that order. */
    public Map<CrisisOutcome, Double> categories() {
        Map<CrisisOutcome, Double> c = new EnumMap<>(CrisisOutcome.class);
        for (CrisisOutcome o : CrisisOutcome.values()) {
            c.put(o, 0.0);
        }
        for (Map.Entry<TemplateOutcome, Double> e : outcomes().entrySet()) {
            c.merge(e.getKey().category(), e.getValue(), Double::sum);
        }
        return c;
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
