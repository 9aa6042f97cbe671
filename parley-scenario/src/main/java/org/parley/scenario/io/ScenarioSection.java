package org.parley.scenario.io;

import java.util.List;

/**
 * The mappings of the scenario format and the keys each allows. The reader rejects any other key (except the
 * {@link #RESERVED_TOP_LEVEL_KEYS reserved} top-level ones), and a test keeps {@code docs/scenario.schema.json} in
 * step with this table.
 */
public enum ScenarioSection {
    /** The top level of a file. */
    ROOT("the scenario", List.of("metadata", "issues", "actors", "decision", "games", "levers"),
            List.of("metadata", "issues", "actors")),
    METADATA("metadata", List.of("title", "as_of", "description", "sources"), List.of("title")),
    SOURCE("a source", List.of("id", "title", "publisher", "date", "url"), List.of("id", "title")),
    ISSUE("an issue", List.of("id", "label", "description", "scale", "status_quo", "deadline", "decision", "outcome",
            "sources"),
            List.of("id")),
    SCALE("a scale", List.of("min", "max", "min_meaning", "max_meaning"), List.of()),
    ACTOR("an actor", List.of("id", "name", "aliases", "capability", "notes", "sources", "positions"),
            List.of("id", "capability")),
    /** The long form of one entry under an actor's {@code positions}. */
    STANCE("a stance", List.of("position", "salience", "risk", "rationale", "sources"),
            List.of("position", "salience")),
    /** A number with its uncertainty: {@code {value: 40, range: [30, 55]}} or {@code {value: 40, sd: 5}}. */
    UNCERTAIN_NUMBER("an uncertain number", List.of("value", "range", "sd"), List.of("value")),
    /** The long form of an issue's {@code outcome} ({@link org.parley.scenario.RecordedOutcome}). */
    OUTCOME("an outcome", List.of("value", "date", "sources"), List.of("value")),
    /** A {@code decision:} mapping, top level or in an issue ({@link org.parley.scenario.DecisionStructure}). */
    DECISION("a decision", List.of("rule", "deciders", "threshold", "setter", "reversion", "also", "procedure",
            "sources"),
            List.of("rule", "deciders")),
    /** One further body under a decision's {@code also}. */
    VOTING_BODY("a voting body", List.of("rule", "deciders", "threshold"), List.of("rule", "deciders")),
    /** One entry of {@code games:} ({@link org.parley.scenario.GameSpec}). */
    GAME("a game", List.of("id", "template", "challenger", "defender", "issue", "stances", "lambda", "backers",
            "parameters"), List.of("id", "template", "challenger", "defender", "issue")),
    /** One entry of {@code levers:} ({@link org.parley.scenario.LeverQuestion}). */
    LEVER("a lever", List.of("actor", "issue", "attribute", "target", "models", "game", "stance", "question"),
            List.of("actor", "issue", "attribute", "target"));

    /**
     * Top-level keys that later versions will define ({@code sweeps}: what-if and Monte Carlo sweeps). Accepted,
     * ignored with a warning, and not part of the scenario digest.
     */
    public static final List<String> RESERVED_TOP_LEVEL_KEYS = List.of("sweeps");

    private final String displayName;
    private final List<String> keys;
    private final List<String> requiredKeys;

    ScenarioSection(String displayName, List<String> keys, List<String> requiredKeys) {
        this.displayName = displayName;
        this.keys = keys;
        this.requiredKeys = requiredKeys;
    }

    /** How messages name a mapping of this kind, e.g. "an issue". */
    public String displayName() {
        return displayName;
    }

    /** Every key allowed, in the order the documentation lists them. */
    public List<String> keys() {
        return keys;
    }

    /** The keys that must be present. */
    public List<String> requiredKeys() {
        return requiredKeys;
    }
}
