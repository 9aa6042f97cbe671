package org.parley.scenario.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.RecordedOutcome;
import org.parley.scenario.Scale;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code issues:} section: ids, labels, scales (min &lt; max), status quo on the scale, deadlines and source
 * references. Records every issue id it defines, with its scale when that is valid, for the sections that refer to
 * issues (positions, games, levers).
 */
final class IssuesReader {
    /**
     * An issue id as defined in the file.
     *
     * @param idNode where the id is written
     * @param scale  the issue's scale, or null when it is invalid (so that nothing is checked against it)
     */
    record IssueRef(ScalarNode idNode, Scale scale) {
    }

    private final ReadTools tools;
    private final SourceCatalog sources;
    private final Map<String, IssueRef> defined = new LinkedHashMap<>();
    private final Map<String, KeyedNode> decisions = new LinkedHashMap<>();

    IssuesReader(ReadTools tools, SourceCatalog sources) {
        this.tools = tools;
        this.sources = sources;
    }

    private boolean overLimit;

    /** Whether the section holds more issues than the limit (then none is read, and later sections are skipped). */
    boolean overLimit() {
        return overLimit;
    }

    /** The issues without an error, in file order; every issue id written is recorded in {@link #defined()}. */
    List<Issue> read(KeyedNode f) {
        List<Issue> issues = new ArrayList<>();
        if (f == null) {
            return issues;
        }
        List<MappingNode> items = tools.nodes().listOfMappings(f, "issues",
                "an issue ({id, label, scale, status_quo, ...})");
        if (f.value() instanceof SequenceNode s && s.getValue().isEmpty()) {
            tools.log().error(s, "no issues: a scenario needs at least one issue", "");
        }
        if (tools.overCount(f, items.size(), tools.limits().maxIssues(), "issues")) {
            overLimit = true;
            return issues;
        }
        Map<String, ScalarNode> ids = new LinkedHashMap<>();
        for (MappingNode m : items) {
            int before = tools.log().errorCount();
            Map<String, KeyedNode> mf = tools.nodes().fields(m, ScenarioSection.ISSUE);
            String id = tools.nodes().defineId(mf.get("id"), "issue", ids);
            String who = id == null ? "the issue" : "issue '" + id + "'";
            String label = tools.nodes().text(mf.get("label"));
            String description = tools.nodes().text(mf.get("description"));
            int beforeScale = tools.log().errorCount();
            Scale scale = scale(mf.get("scale"), who);
            boolean scaleOk = tools.log().errorCount() == beforeScale;
            Estimate statusQuo = null;
            KeyedNode sq = mf.get("status_quo");
            if (sq != null) {
                statusQuo = tools.estimates().estimate(sq, "status quo of " + who,
                        scaleOk ? inScale(scale) : NumberReader.Rule.ANY);
            }
            LocalDate deadline = tools.dates().date(mf.get("deadline"));
            RecordedOutcome outcome = mf.containsKey("outcome") ? outcome(mf.get("outcome"), who, scaleOk ? scale : null) : null;
            List<String> sourceIds = sources.refs(mf.get("sources"));
            if (id != null) {
                defined.put(id, new IssueRef((ScalarNode) mf.get("id").value(), scaleOk ? scale : null));
                if (mf.containsKey("decision")) {
                    decisions.put(id, mf.get("decision")); // read with the actors known (DecisionReader)
                }
            }
            if (tools.log().errorCount() == before) {
                issues.add(new Issue(id, label, description, scale, statusQuo, deadline, sourceIds).withOutcome(outcome));
            }
        }
        return issues;
    }

    /** The {@code decision:} of each issue that has one, unread, by issue id. */
    Map<String, KeyedNode> decisions() {
        return Collections.unmodifiableMap(decisions);
    }

    /** Every issue id defined (also of issues with errors), in file order. */
    Map<String, IssueRef> defined() {
        return Collections.unmodifiableMap(defined);
    }

    private Scale scale(KeyedNode f, String who) {
        if (f == null) {
            return Scale.DEFAULT;
        }
        if (!(f.value() instanceof MappingNode m)) {
            tools.log().error(f.value(), "the scale of " + who
                    + " must be a mapping {min, max, min_meaning, max_meaning}, got " + NodeReader.describe(f.value()),
                    "");
            return null;
        }
        Map<String, KeyedNode> sf = tools.nodes().fields(m, ScenarioSection.SCALE);
        Double min = sf.containsKey("min") ? tools.numbers().number(sf.get("min").value(), "scale min of " + who)
                : Double.valueOf(0);
        Double max = sf.containsKey("max") ? tools.numbers().number(sf.get("max").value(), "scale max of " + who)
                : Double.valueOf(100);
        String minMeaning = tools.nodes().text(sf.get("min_meaning"));
        String maxMeaning = tools.nodes().text(sf.get("max_meaning"));
        if (min == null || max == null) {
            return null;
        }
        if (!(min < max)) {
            tools.log().error(m, "the scale of " + who + " needs min < max, got [" + NumberReader.fmt(min) + ", "
                    + NumberReader.fmt(max) + "]", "scale min and max default to 0 and 100");
            return null;
        }
        if (Math.abs(min) > InputLimits.MAX_MAGNITUDE || Math.abs(max) > InputLimits.MAX_MAGNITUDE) {
            // the models sum weight × position and square distances over thousands of actors
            KeyedNode bad = Math.abs(min) > InputLimits.MAX_MAGNITUDE ? sf.get("min") : sf.get("max");
            tools.log().error(bad.value(), "the scale of " + who + " reaches beyond ±1e15, got [" + NumberReader.fmt(min) + ", "
                    + NumberReader.fmt(max) + "]", "use other units (e.g. billions): only positions relative to the "
                    + "scale matter");
            return null;
        }
        return new Scale(min, max, minMeaning, maxMeaning);
    }

    /** An outcome: a number on the scale, or {@code {value, date, sources}}. */
    private RecordedOutcome outcome(KeyedNode f, String who, Scale scale) {
        NumberReader.Rule rule = scale == null ? NumberReader.Rule.ANY : inScale(scale);
        if (f.value() instanceof MappingNode m) {
            Map<String, KeyedNode> of = tools.nodes().fields(m, ScenarioSection.OUTCOME);
            Double v = of.containsKey("value") ? tools.numbers().number(of.get("value").value(), "outcome of " + who, rule)
                    : null;
            LocalDate date = tools.dates().date(of.get("date"));
            List<String> refs = sources.refs(of.get("sources"));
            return v == null ? null : new RecordedOutcome(v, date, refs);
        }
        Double v = tools.numbers().number(f.value(), "outcome of " + who, rule);
        return v == null ? null : new RecordedOutcome(v, null, List.of());
    }

    /** The rule "within the issue's scale". */
    static NumberReader.Rule inScale(Scale scale) {
        return v -> scale.contains(v) ? null
                : "must lie within the issue's scale [" + NumberReader.fmt(scale.min()) + ", "
                + NumberReader.fmt(scale.max()) + "]";
    }
}
