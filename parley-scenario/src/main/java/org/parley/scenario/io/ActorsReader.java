package org.parley.scenario.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Stance;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code actors:} section with each actor's stances ({@code positions:}, long form or the short form
 * {@code [position, salience]}): capability &gt; 0, positions on the issue's scale, salience in (0, 100], risk in
 * [0.5, 2], references to issues and sources. Records which issues each actor takes a stance on, for the sections
 * that refer to actors (games, levers) and for the check that every issue has a stance.
 */
final class ActorsReader {
    static final double RISK_MIN = 0.5;
    static final double RISK_MAX = 2.0;
    static final double SALIENCE_MAX = 100.0;

    private final ReadTools tools;
    private final SourceCatalog sources;
    private final Map<String, IssuesReader.IssueRef> issues;
    /** Actor id → the (known) issues it writes a stance on, valid or not. */
    private final Map<String, Set<String>> stanceIssues = new LinkedHashMap<>();
    private final Set<String> issuesWithStance = new HashSet<>();
    private int entries;

    ActorsReader(ReadTools tools, SourceCatalog sources, Map<String, IssuesReader.IssueRef> issues) {
        this.tools = tools;
        this.sources = sources;
        this.issues = issues;
    }

    private boolean overLimit;

    /** Whether the section holds more actors than the limit (then none is read, and later sections are skipped). */
    boolean overLimit() {
        return overLimit;
    }

    /** The actors without an error, in file order. */
    List<Actor> read(KeyedNode f) {
        List<Actor> actors = new ArrayList<>();
        if (f == null) {
            return actors;
        }
        List<MappingNode> items = tools.nodes().listOfMappings(f, "actors",
                "an actor ({id, name, capability, positions, ...})");
        if (f.value() instanceof SequenceNode s && s.getValue().isEmpty()) {
            tools.log().error(s, "no actors: a scenario needs at least one actor", "");
        }
        if (tools.overCount(f, items.size(), tools.limits().maxActors(), "actors")) {
            overLimit = true;
            return actors;
        }
        Map<String, org.snakeyaml.engine.v2.nodes.ScalarNode> ids = new LinkedHashMap<>();
        entries = items.size();
        for (MappingNode m : items) {
            int before = tools.log().errorCount();
            Map<String, KeyedNode> mf = tools.nodes().fields(m, ScenarioSection.ACTOR);
            String id = tools.nodes().defineId(mf.get("id"), "actor", ids);
            String who = id == null ? "the actor" : "actor '" + id + "'";
            String name = tools.nodes().text(mf.get("name"));
            List<String> aliases = tools.nodes().textList(mf.get("aliases"));
            Estimate capability = mf.containsKey("capability")
                    ? tools.estimates().estimate(mf.get("capability"), "capability of " + who,
                    ActorsReader::capabilityViolation)
                    : null;
            String notes = tools.nodes().text(mf.get("notes"));
            List<String> sourceIds = sources.refs(mf.get("sources"));
            Set<String> written = new LinkedHashSet<>();
            Map<String, Stance> stances = positions(mf.get("positions"), id == null ? "?" : id, written);
            if (id != null) {
                stanceIssues.put(id, Collections.unmodifiableSet(written));
            }
            if (stances.isEmpty() && id != null && tools.log().errorCount() == before) {
                tools.log().warn(mf.get("id").value(), "actor '" + id + "' takes no stance on any issue, so it affects "
                        + "no forecast", "add positions, or remove the actor");
            }
            if (tools.log().errorCount() == before) {
                actors.add(new Actor(id, name, aliases, capability, notes, sourceIds, stances));
            }
        }
        return actors;
    }

    /** Every actor id defined (also of actors with errors) → the known issues it writes a stance on. */
    Map<String, Set<String>> stanceIssues() {
        return Collections.unmodifiableMap(stanceIssues);
    }

    /** The issues some actor writes a stance on. */
    Set<String> issuesWithStance() {
        return Collections.unmodifiableSet(issuesWithStance);
    }

    /** How many actor entries the section has (0 when it has none or is not a list). */
    int entries() {
        return entries;
    }

    private Map<String, Stance> positions(KeyedNode f, String actorId, Set<String> written) {
        Map<String, Stance> stances = new LinkedHashMap<>();
        if (f == null) {
            return stances;
        }
        if (!(f.value() instanceof MappingNode m)) {
            tools.log().error(f.value(), "the positions of actor '" + actorId
                    + "' must be a mapping from issue id to stance, got " + NodeReader.describe(f.value()), "");
            return stances;
        }
        for (KeyedNode entry : tools.nodes().namedEntries(m, "the positions of actor '" + actorId + "'", "an issue id",
                "give one stance per issue")) {
            String issueId = entry.name();
            IssuesReader.IssueRef issue = issues.get(issueId);
            if (issue == null) {
                tools.log().error(entry.key(), "unknown issue id '" + issueId + "' in the positions of actor '"
                        + actorId + "'", Suggest.hint(issueId, issues.keySet()));
            } else {
                issuesWithStance.add(issueId);
                written.add(issueId);
            }
            NumberReader.Rule inScale = issue != null && issue.scale() != null ? IssuesReader.inScale(issue.scale())
                    : NumberReader.Rule.ANY;
            Stance s = stance(entry, issueId, "'" + actorId + "' on issue '" + issueId + "'", inScale);
            if (s != null && issue != null) {
                stances.put(issueId, s);
            }
        }
        return stances;
    }

    private Stance stance(KeyedNode f, String issueId, String on, NumberReader.Rule inScale) {
        int before = tools.log().errorCount();
        Node v = f.value();
        if (v instanceof SequenceNode seq) {
            // short form [position, salience]
            if (seq.getValue().size() != 2) {
                tools.log().error(seq, "the short form of a stance is [position, salience], got "
                        + seq.getValue().size() + " item(s) for " + on,
                        "use the long form {position, salience, risk, ...} for more");
                return null;
            }
            Estimate position = tools.estimates().estimate(new KeyedNode(f.key(), seq.getValue().get(0)),
                    "position of " + on, inScale);
            Estimate salience = tools.estimates().estimate(new KeyedNode(f.key(), seq.getValue().get(1)),
                    "salience of " + on, ActorsReader::salienceViolation);
            return tools.log().errorCount() == before
                    ? new Stance(issueId, position, salience, null, "", List.of()) : null;
        }
        if (!(v instanceof MappingNode m)) {
            tools.log().error(NodeReader.isNull(v) ? f.key() : v, "expected a stance for " + on
                    + " ({position: ..., salience: ...} or [position, salience]), got " + NodeReader.describe(v), "");
            return null;
        }
        Map<String, KeyedNode> sf = tools.nodes().fields(m, ScenarioSection.STANCE);
        Estimate position = sf.containsKey("position")
                ? tools.estimates().estimate(sf.get("position"), "position of " + on, inScale) : null;
        Estimate salience = sf.containsKey("salience")
                ? tools.estimates().estimate(sf.get("salience"), "salience of " + on, ActorsReader::salienceViolation)
                : null;
        Double risk = null;
        KeyedNode rf = sf.get("risk");
        if (rf != null) {
            risk = tools.numbers().number(rf.value(), "risk of " + on,
                    r -> r >= RISK_MIN && r <= RISK_MAX ? null : "must be in [0.5, 2]");
        }
        String rationale = tools.nodes().text(sf.get("rationale"));
        List<String> sourceIds = sources.refs(sf.get("sources"));
        return tools.log().errorCount() == before
                ? new Stance(issueId, position, salience, risk, rationale, sourceIds) : null;
    }

    private static String salienceViolation(double s) {
        if (s > 0 && s < InputLimits.MIN_WEIGHT_FACTOR) {
            return "is too small to weigh with (below 1e-100: capability × salience must stay a normal double)";
        }
        return s > 0 && s <= SALIENCE_MAX ? null : "must be in (0, 100]";
    }

    private static String capabilityViolation(double c) {
        if (!(c > 0)) {
            return "must be > 0";
        }
        if (c < InputLimits.MIN_WEIGHT_FACTOR) {
            return "is too small to weigh with (below 1e-100); only ratios of capabilities matter, so rescale them";
        }
        return c <= InputLimits.MAX_MAGNITUDE ? null
                : "is larger than 1e15; only ratios of capabilities matter, so rescale them (e.g. billions)";
    }
}
