package org.parley.scenario.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.scenario.Actor;
import org.parley.scenario.DecisionStructure;
import org.parley.scenario.GameSpec;
import org.parley.scenario.Issue;
import org.parley.scenario.LeverQuestion;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one composed document into a {@link Scenario}: the top-level keys, then each section with its own reader,
 * in the order their references need whatever the order of the keys in the file — metadata (which defines source
 * ids), issues (issue ids and scales), actors (stances refer to both), games (refer to actors and issues), levers
 * (refer to all three) — then the checks across sections. Every problem is reported at the node that causes it,
 * sorted by position. One instance reads one document and is then discarded.
 */
final class DocumentReader {
    private final String file;
    private final ReadTools tools;

    DocumentReader(String file, InputLimits limits) {
        this.file = file;
        this.tools = ReadTools.of(file, limits);
    }

    /**
     * @throws ScenarioFormatException with every error found, when there is at least one
     */
    ReadResult read(Node root) {
        Scenario scenario = null;
        if (!(root instanceof MappingNode top)) {
            tools.log().error(root, "a scenario must be a mapping with the keys metadata, issues and actors, got "
                    + NodeReader.describe(root), "");
        } else {
            scenario = sections(tools.nodes().fields(top, ScenarioSection.ROOT));
        }
        List<Problem> errors = tools.log().errors();
        if (!errors.isEmpty()) {
            throw new ScenarioFormatException(errors);
        }
        return new ReadResult(scenario, tools.log().warnings(), new Locator(file, root));
    }

    private Scenario sections(Map<String, KeyedNode> f) {
        SourceCatalog sources = new SourceCatalog(tools);
        Metadata metadata = f.containsKey("metadata") ? new MetadataReader(tools, sources).read(f.get("metadata"))
                : null;
        IssuesReader issuesReader = new IssuesReader(tools, sources);
        List<Issue> issues = issuesReader.read(f.get("issues"));
        if (issuesReader.overLimit()) {
            return null; // every stance would refer to an unread issue: one error says it
        }
        ActorsReader actorsReader = new ActorsReader(tools, sources, issuesReader.defined());
        List<Actor> actors = actorsReader.read(f.get("actors"));
        if (actorsReader.overLimit()) {
            return null;
        }
        DecisionStructure decision = null;
        if (actorsReader.entries() > 0) {
            DecisionReader decisions = new DecisionReader(tools, actorsReader.stanceIssues(), sources);
            Map<String, Scale> all = new LinkedHashMap<>();
            issuesReader.defined().forEach((id, ref) -> {
                if (!issuesReader.decisions().containsKey(id)) {
                    all.put(id, ref.scale()); // the default governs the issues without a decision of their own
                }
            });
            if (f.containsKey("decision")) {
                decision = decisions.read(f.get("decision"), all, "the decision");
            }
            Map<String, DecisionStructure> own = new LinkedHashMap<>();
            issuesReader.decisions().forEach((id, field) -> {
                Map<String, Scale> one = new LinkedHashMap<>();
                one.put(id, issuesReader.defined().get(id).scale());
                DecisionStructure d = decisions.read(field, one, "the decision of issue '" + id + "'");
                if (d != null) {
                    own.put(id, d);
                }
            });
            issues.replaceAll(i -> own.containsKey(i.id()) ? i.withDecision(own.get(i.id())) : i);
        }
        GamesReader gamesReader = new GamesReader(tools, issuesReader.defined(), actorsReader.stanceIssues(), actors);
        List<GameSpec> games = f.containsKey("games") ? gamesReader.read(f.get("games")) : List.of();
        Map<String, GameSpec> gamesById = new LinkedHashMap<>();
        games.forEach(g -> gamesById.put(g.id(), g));
        LeverRules.Context leverContext = new LeverRules.Context(actorsReader.stanceIssues(),
                issuesReader.defined().keySet(), gamesById, gamesReader.definedIds());
        List<LeverQuestion> levers = f.containsKey("levers") ? new LeversReader(tools, leverContext)
                .read(f.get("levers")) : List.of();
        everyIssueHasAStance(issuesReader, actorsReader);
        sources.warnUncited();
        return tools.log().errorCount() == 0 ? new Scenario(metadata, issues, actors, games, levers, decision)
                : null;
    }

    private void everyIssueHasAStance(IssuesReader issues, ActorsReader actors) {
        if (actors.entries() == 0) {
            return; // with no actor at all, "no actors" says it already
        }
        for (Map.Entry<String, IssuesReader.IssueRef> e : issues.defined().entrySet()) {
            if (!actors.issuesWithStance().contains(e.getKey())) {
                tools.log().error(e.getValue().idNode(), "no actor takes a stance on issue '" + e.getKey() + "'",
                        "add a position on it to at least one actor, or remove the issue");
            }
        }
    }
}
