package org.parley.scenario.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.scenario.DecisionStructure;
import org.parley.scenario.Scale;
import org.parley.scenario.VotingBody;
import org.parley.scenario.VotingRule;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code decision:} mappings (the top-level default and each issue's own): who decides and how. Read after the
 * actors, since every decider and the agenda setter must be an actor with a stance on each issue the structure
 * governs, and a reversion point must lie on each such issue's scale.
 *
 * <pre>
 * decision:
 *   rule: qualified-majority       # single | unanimity | majority | qualified-majority | bilateral
 *   deciders: {de: 29, fr: 29, ...} # a list of actor ids (one vote each) or actor id → votes
 *   threshold: 255                  # qualified-majority only: votes needed
 *   setter: com                     # optional agenda setter
 *   reversion: 0                    # optional; default: the issue's status quo
 *   also: [{rule: single, deciders: [ep]}]   # further bodies that must also accept
 *   procedure: COD/QMV              # optional label
 *   sources: [treaty]               # optional source ids
 * </pre>
 */
final class DecisionReader {
    private final ReadTools tools;
    private final Map<String, Set<String>> stanceIssues;
    private final SourceCatalog sources;

    DecisionReader(ReadTools tools, Map<String, Set<String>> stanceIssues, SourceCatalog sources) {
        this.tools = tools;
        this.stanceIssues = stanceIssues;
        this.sources = sources;
    }

    /**
     * Reads a structure that governs {@code issues} (issue id → scale, null scale when invalid).
     *
     * @param where how messages name it: "the decision" or "the decision of issue 'x'"
     * @return the structure, or null when it has errors
     */
    DecisionStructure read(KeyedNode f, Map<String, Scale> issues, String where) {
        if (!(f.value() instanceof MappingNode m)) {
            tools.log().error(f.value(), where + " must be a mapping {rule, deciders, ...}, got "
                    + NodeReader.describe(f.value()), "");
            return null;
        }
        int before = tools.log().errorCount();
        Map<String, KeyedNode> df = tools.nodes().fields(m, org.parley.scenario.io.ScenarioSection.DECISION);
        List<VotingBody> bodies = new ArrayList<>(body(m, df, issues, where));
        KeyedNode also = df.get("also");
        if (also != null) {
            for (MappingNode b : tools.nodes().listOfMappings(also, "also", "a voting body ({rule, deciders, threshold})")) {
                Map<String, KeyedNode> bf = tools.nodes().fields(b, org.parley.scenario.io.ScenarioSection.VOTING_BODY);
                bodies.addAll(body(b, bf, issues, where));
            }
        }
        String setter = null;
        KeyedNode sf = df.get("setter");
        if (sf != null) {
            setter = actor(sf, issues, "the agenda setter of " + where.substring(4));
        }
        Double reversion = null;
        KeyedNode rf = df.get("reversion");
        if (rf != null) {
            reversion = tools.numbers().number(rf.value(), "reversion point of " + where.substring(4));
            if (reversion != null) {
                for (Map.Entry<String, Scale> e : issues.entrySet()) {
                    if (e.getValue() != null) {
                        tools.numbers().check(rf.value(), "reversion point of " + where.substring(4) + " (issue '"
                                + e.getKey() + "')", reversion, IssuesReader.inScale(e.getValue()));
                    }
                }
            }
        }
        String procedure = tools.nodes().text(df.get("procedure"));
        List<String> sourceIds = sources.refs(df.get("sources"));
        if (tools.log().errorCount() != before || bodies.isEmpty()) {
            return null;
        }
        return new DecisionStructure(bodies, setter, reversion, procedure, sourceIds);
    }

    /** The body (or, for {@code bilateral}, the two bodies) of one mapping with {@code rule} and {@code deciders}. */
    private List<VotingBody> body(MappingNode at, Map<String, KeyedNode> f, Map<String, Scale> issues, String where) {
        KeyedNode ruleField = f.get("rule"), decidersField = f.get("deciders");
        if (ruleField == null || decidersField == null) {
            return List.of(); // the missing key is reported by fields()
        }
        String ruleText = tools.nodes().text(ruleField);
        boolean bilateral = "bilateral".equals(ruleText);
        VotingRule rule = ruleText == null ? null : VotingRule.byId(ruleText).orElse(null);
        if (ruleText != null && rule == null && !bilateral) {
            List<String> known = new ArrayList<>();
            for (VotingRule r : VotingRule.values()) {
                known.add(r.id());
            }
            known.add("bilateral");
            tools.log().error(ruleField.value(), "unknown decision rule '" + ruleText + "' in " + where,
                    Suggest.hint(ruleText, known) + (Suggest.hint(ruleText, known).isEmpty() ? "" : "; ")
                            + "rules: " + String.join(", ", known));
            return List.of();
        }
        if (rule == null && !bilateral) {
            return List.of();
        }
        Map<String, Double> votes = deciders(decidersField, issues, where,
                rule == VotingRule.MAJORITY || rule == VotingRule.QUALIFIED_MAJORITY);
        if (votes == null) {
            return List.of();
        }
        KeyedNode thresholdField = f.get("threshold");
        if (rule != VotingRule.QUALIFIED_MAJORITY && thresholdField != null) {
            tools.log().error(thresholdField.key(), "a threshold is given only with rule qualified-majority (" + where
                    + " uses " + ruleText + ")", "remove it, or use rule: qualified-majority");
            return List.of();
        }
        if (bilateral || rule == VotingRule.SINGLE) {
            int want = bilateral ? 2 : 1;
            if (votes.size() != want) {
                tools.log().error(decidersField.value(), "rule " + ruleText + " needs exactly " + want + " decider"
                        + (want == 1 ? "" : "s") + ", got " + votes.size(), "");
                return List.of();
            }
            List<VotingBody> out = new ArrayList<>();
            for (String id : votes.keySet()) {
                out.add(VotingBody.of(VotingRule.SINGLE, List.of(id)));
            }
            return out;
        }
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        double threshold = Double.NaN;
        if (rule == VotingRule.QUALIFIED_MAJORITY) {
            if (thresholdField == null) {
                tools.log().error(at, "rule qualified-majority in " + where + " needs a threshold (votes needed)", "");
                return List.of();
            }
            Double t = tools.numbers().number(thresholdField.value(), "threshold of " + where.substring(4),
                    v -> v > 0 && v <= total ? null : "must be > 0 and at most the deciders' total votes "
                            + NumberReader.fmt(total));
            if (t == null) {
                return List.of();
            }
            threshold = t;
        }
        return List.of(VotingBody.weighted(rule, votes, threshold));
    }

    /** Deciders as actor id → votes: a list (1 vote each) or, when weights are allowed, a mapping. */
    private Map<String, Double> deciders(KeyedNode f, Map<String, Scale> issues, String where, boolean weighted) {
        Map<String, Double> votes = new LinkedHashMap<>();
        int before = tools.log().errorCount();
        if (f.value() instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                String id = actor(new KeyedNode(f.key(), n), issues, "a decider of " + where.substring(4));
                if (id != null && votes.put(id, 1.0) != null) {
                    tools.log().error(n, "actor '" + id + "' is listed twice among the deciders of " + where.substring(4), "");
                }
            }
        } else if (f.value() instanceof MappingNode m && weighted) {
            for (KeyedNode e : tools.nodes().namedEntries(m, "the deciders of " + where.substring(4), "an actor id", "")) {
                String id = actor(new KeyedNode(e.key(), e.key()), issues, "a decider of " + where.substring(4));
                Double v = tools.numbers().number(e.value(), "votes of '" + e.name() + "'",
                        x -> x > 0 ? null : "must be > 0");
                if (id != null && v != null) {
                    votes.put(id, v);
                }
            }
        } else {
            tools.log().error(f.value(), "the deciders of " + where.substring(4) + " must be a list of actor ids"
                    + (weighted ? " or a mapping actor id → votes" : "") + ", got " + NodeReader.describe(f.value()), "");
            return null;
        }
        if (votes.isEmpty() && tools.log().errorCount() == before) {
            tools.log().error(f.value(), "no deciders in " + where, "");
        }
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!Double.isFinite(total)) {
            tools.log().error(f.value(), "the votes of the deciders of " + where.substring(4)
                    + " add up to more than the largest number", "use smaller vote counts (only ratios matter)");
        }
        return tools.log().errorCount() == before ? votes : null;
    }

    /** An actor id that takes a stance on every governed issue, or null (reported). */
    private String actor(KeyedNode f, Map<String, Scale> issues, String role) {
        if (!(f.value() instanceof ScalarNode s) || NodeReader.isNull(s)) {
            tools.log().error(f.value(), role + " must be an actor id, got " + NodeReader.describe(f.value()), "");
            return null;
        }
        String id = s.getValue();
        Set<String> has = stanceIssues.get(id);
        if (has == null) {
            tools.log().error(s, "unknown actor id '" + id + "' as " + role, Suggest.hint(id, stanceIssues.keySet()));
            return null;
        }
        for (String issue : issues.keySet()) {
            if (!has.contains(issue)) {
                tools.log().error(s, "actor '" + id + "', " + role + ", takes no stance on issue '" + issue + "'",
                        "give it a position on the issue, or give the issue a decision of its own");
                return null;
            }
        }
        return id;
    }
}
