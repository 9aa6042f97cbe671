package org.parley.scenario.io;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.LeverQuestion;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Source;
import org.parley.scenario.Stance;
import org.parley.scenario.Uncertainty;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Maps a composed YAML node tree onto the scenario records by hand, so that every problem is reported at the node
 * that causes it. One instance reads one document and is then discarded (it accumulates problems as it goes).
 *
 * <p>Order of work: metadata (which defines source ids), then issues (which define issue ids and scales), then
 * actors (whose stances refer to both), whatever the order of the keys in the file; then cross-checks. Each part
 * is built only when it produced no error; problems are reported sorted by position.
 */
final class ScenarioMapper {
    static final double RISK_MIN = 0.5;
    static final double RISK_MAX = 2.0;
    static final double SALIENCE_MAX = 100.0;

    private static final Pattern NON_FINITE_WORD =
            Pattern.compile("[-+]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_TEXT =
            Pattern.compile("\\s*[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?\\s*");

    private final String file;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** Source id → the node defining it (first occurrence). */
    private final Map<String, ScalarNode> sourceIds = new LinkedHashMap<>();
    private final Set<String> citedSources = new HashSet<>();
    /** Issue id → its defining node and scale (scale null when invalid, so no position is checked against it). */
    private final Map<String, IssueInfo> issueInfo = new LinkedHashMap<>();
    private final Set<String> issuesWithStance = new HashSet<>();
    private LocalDate asOf;
    private int actorEntries;
    /** Actor id → the issues it takes a (valid) stance on, for the references of levers. */
    private final Map<String, Set<String>> actorIssues = new LinkedHashMap<>();

    private record Field(ScalarNode key, Node value) {
    }

    private record IssueInfo(ScalarNode idNode, Scale scale) {
    }

    /** A number's domain: null when v is allowed, else the rule it breaks, e.g. "must be &gt; 0". */
    @FunctionalInterface
    private interface Rule {
        String violation(double v);

        Rule ANY = v -> null;
    }

    ScenarioMapper(String file) {
        this.file = file;
    }

    /**
     * @throws ScenarioException with every error found, when there is at least one
     */
    ReadResult map(Node root) {
        Scenario scenario = null;
        if (!(root instanceof MappingNode top)) {
            error(root, "a scenario must be a mapping with the keys metadata, issues and actors, got "
                    + describe(root), "");
        } else {
            Map<String, Field> f = fields(top, ScenarioSection.ROOT);
            Metadata metadata = f.containsKey("metadata") ? metadata(f.get("metadata")) : null;
            List<Issue> issues = issues(f.get("issues"));
            List<Actor> actors = actors(f.get("actors"));
            List<Map<String, Object>> games = f.containsKey("games") ? games(f.get("games")) : List.of();
            List<LeverQuestion> levers = f.containsKey("levers") ? levers(f.get("levers")) : List.of();
            crossChecks();
            if (errors.isEmpty()) {
                scenario = new Scenario(metadata, issues, actors, games, levers);
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(sorted(errors));
        }
        return new ReadResult(scenario, sorted(warnings), new Locator(file, root));
    }

    // ---------------------------------------------------------------- sections

    private Metadata metadata(Field f) {
        if (!(f.value() instanceof MappingNode m)) {
            error(f.value(), "'metadata' must be a mapping (title, as_of, description, sources), got "
                    + describe(f.value()), "");
            return null;
        }
        int before = errors.size();
        Map<String, Field> mf = fields(m, ScenarioSection.METADATA);
        String title = text(mf.get("title"));
        asOf = date(mf.get("as_of"));
        String description = text(mf.get("description"));
        List<Source> sources = new ArrayList<>();
        Field sf = mf.get("sources");
        if (sf != null) {
            for (MappingNode sm : listOfMappings(sf, "sources", "a source ({id, title, publisher, date, url})")) {
                Source s = source(sm);
                if (s != null) {
                    sources.add(s);
                }
            }
        }
        return errors.size() == before ? new Metadata(title, asOf, description, sources) : null;
    }

    private Source source(MappingNode m) {
        int before = errors.size();
        Map<String, Field> f = fields(m, ScenarioSection.SOURCE);
        String id = defineId(f.get("id"), "source", sourceIds);
        String title = text(f.get("title"));
        String publisher = text(f.get("publisher"));
        LocalDate date = date(f.get("date"));
        String url = text(f.get("url"));
        if (date != null && asOf != null && date.isAfter(asOf)) {
            warn(f.get("date").value(), "source '" + id + "' is dated " + date + ", after the scenario's as_of "
                    + asOf, "evidence after as_of is out of scope; check either date");
        }
        return errors.size() == before ? new Source(id, title, publisher, date, url) : null;
    }

    private List<Issue> issues(Field f) {
        List<Issue> issues = new ArrayList<>();
        if (f == null) {
            return issues;
        }
        List<MappingNode> items = listOfMappings(f, "issues", "an issue ({id, label, scale, status_quo, ...})");
        if (f.value() instanceof SequenceNode s && s.getValue().isEmpty()) {
            error(s, "no issues: a scenario needs at least one issue", "");
        }
        Map<String, ScalarNode> ids = new LinkedHashMap<>();
        for (MappingNode m : items) {
            int before = errors.size();
            Map<String, Field> mf = fields(m, ScenarioSection.ISSUE);
            String id = defineId(mf.get("id"), "issue", ids);
            String who = id == null ? "the issue" : "issue '" + id + "'";
            String label = text(mf.get("label"));
            String description = text(mf.get("description"));
            int beforeScale = errors.size();
            Scale scale = scale(mf.get("scale"), who);
            boolean scaleOk = errors.size() == beforeScale;
            Estimate statusQuo = null;
            Field sq = mf.get("status_quo");
            if (sq != null) {
                statusQuo = estimate(sq, "status quo of " + who, scaleOk ? inScale(scale) : Rule.ANY);
            }
            LocalDate deadline = date(mf.get("deadline"));
            List<String> sources = sourceRefs(mf.get("sources"));
            if (id != null && !issueInfo.containsKey(id)) {
                issueInfo.put(id, new IssueInfo(mf.get("id").value() instanceof ScalarNode n ? n : null,
                        scaleOk ? scale : null));
            }
            if (errors.size() == before) {
                issues.add(new Issue(id, label, description, scale, statusQuo, deadline, sources));
            }
        }
        return issues;
    }

    /**
     * The {@code games:} section: a list of mappings, each kept as plain data for the analysis module to interpret
     * (it reports its own problems as JSON pointers, which {@link Locator} turns into positions).
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> games(Field f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MappingNode m : listOfMappings(f, "games", "a game ({id, template, challenger, defender, issue, ...})")) {
            Object v = plain(m);
            if (v instanceof Map<?, ?>) {
                out.add((Map<String, Object>) v);
            }
        }
        return out;
    }

    /** The {@code levers:} section; references to actors and issues are checked here. */
    private List<LeverQuestion> levers(Field f) {
        List<LeverQuestion> out = new ArrayList<>();
        for (MappingNode m : listOfMappings(f, "levers", "a lever ({actor, issue, attribute, target, ...})")) {
            int before = errors.size();
            Map<String, Field> lf = fields(m, ScenarioSection.LEVER);
            String actor = text(lf.get("actor"));
            String issue = text(lf.get("issue"));
            String attribute = text(lf.get("attribute"));
            String target = text(lf.get("target"));
            String game = text(lf.get("game"));
            String stance = text(lf.get("stance"));
            String question = text(lf.get("question"));
            List<String> models = textList(lf.get("models"));
            if (actor != null && !actorIssues.containsKey(actor)) {
                error(lf.get("actor").value(), "unknown actor id '" + actor + "' in a lever",
                        Suggest.hint(actor, actorIssues.keySet()));
                actor = null;
            }
            if (issue != null && !issueInfo.containsKey(issue)) {
                error(lf.get("issue").value(), "unknown issue id '" + issue + "' in a lever",
                        Suggest.hint(issue, issueInfo.keySet()));
                issue = null;
            }
            if (actor != null && issue != null && !actorIssues.get(actor).contains(issue)) {
                error(lf.get("actor").value(), "actor '" + actor + "' takes no stance on issue '" + issue
                        + "', so a lever cannot change it", "");
            }
            if (attribute != null && !LeverQuestion.ATTRIBUTES.contains(attribute)) {
                error(lf.get("attribute").value(), "unknown lever attribute '" + attribute + "'; expected one of "
                        + String.join(", ", LeverQuestion.ATTRIBUTES), Suggest.hint(attribute, LeverQuestion.ATTRIBUTES));
            }
            if (target != null && target.isBlank()) {
                error(lf.get("target").value(), "the target of a lever must not be empty", "e.g. \">= 50\"");
            }
            Field mf = lf.get("models");
            if (mf != null && mf.value() instanceof SequenceNode seq && seq.getValue().isEmpty()) {
                error(mf.value(), "'models' of a lever lists no model", "leave it out to ask every model");
            }
            if (mf != null && game != null) {
                error(mf.key(), "a lever asks either bargaining models ('models') or a crisis game ('game'), not both",
                        "split it into two levers");
            }
            if (lf.containsKey("stance") && game == null) {
                error(lf.get("stance").key(), "'stance' applies only to a lever on a crisis game ('game')", "");
            }
            if (errors.size() == before) {
                out.add(new LeverQuestion(actor, issue, attribute, target, models, game, stance, question));
            }
        }
        return out;
    }

    /**
     * Plain data of a node: mappings (text keys, in file order), lists, text, numbers (integers as Long when
     * they fit, else Double), booleans and null. Reports non-text keys, duplicate keys and non-finite numbers;
     * returns null for a node with an error.
     */
    private Object plain(Node n) {
        if (n instanceof MappingNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            Map<String, ScalarNode> seen = new LinkedHashMap<>();
            boolean ok = true;
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key) || isNull(key)) {
                    error(t.getKeyNode(), "a key must be plain text, got " + describe(t.getKeyNode()), "");
                    ok = false;
                    continue;
                }
                ScalarNode first = seen.putIfAbsent(key.getValue(), key);
                if (first != null) {
                    error(key, "duplicate key '" + key.getValue() + "' (first at line " + line(first) + ")",
                            "remove one of them");
                    ok = false;
                    continue;
                }
                int before = errors.size();
                Object v = plain(t.getValueNode());
                ok &= errors.size() == before;
                out.put(key.getValue(), v);
            }
            return ok ? out : null;
        }
        if (n instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            int before = errors.size();
            for (Node x : seq.getValue()) {
                out.add(plain(x));
            }
            return errors.size() == before ? out : null;
        }
        ScalarNode s = (ScalarNode) n;
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.valueOf(s.getValue().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (tag.equals(Tag.INT) && !NON_FINITE_WORD.matcher(s.getValue().trim()).matches()) {
            try {
                BigInteger b = yamlInteger(s.getValue().trim());
                if (b.bitLength() < 63) {
                    return b.longValue();
                }
            } catch (NumberFormatException e) {
                // falls through to the number check, which reports it
            }
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return number(s, "'" + s.getValue() + "'");
        }
        return s.getValue();
    }

    private Scale scale(Field f, String who) {
        if (f == null) {
            return Scale.DEFAULT;
        }
        if (!(f.value() instanceof MappingNode m)) {
            error(f.value(), "the scale of " + who + " must be a mapping {min, max, min_meaning, max_meaning}, got "
                    + describe(f.value()), "");
            return null;
        }
        Map<String, Field> sf = fields(m, ScenarioSection.SCALE);
        Double min = sf.containsKey("min") ? number(sf.get("min").value(), "scale min of " + who) : Double.valueOf(0);
        Double max = sf.containsKey("max") ? number(sf.get("max").value(), "scale max of " + who) : Double.valueOf(100);
        String minMeaning = text(sf.get("min_meaning"));
        String maxMeaning = text(sf.get("max_meaning"));
        if (min == null || max == null) {
            return null;
        }
        if (!(min < max)) {
            error(m, "the scale of " + who + " needs min < max, got [" + fmt(min) + ", " + fmt(max) + "]",
                    "scale min and max default to 0 and 100");
            return null;
        }
        return new Scale(min, max, minMeaning, maxMeaning);
    }

    private List<Actor> actors(Field f) {
        List<Actor> actors = new ArrayList<>();
        if (f == null) {
            return actors;
        }
        List<MappingNode> items = listOfMappings(f, "actors", "an actor ({id, name, capability, positions, ...})");
        if (f.value() instanceof SequenceNode s && s.getValue().isEmpty()) {
            error(s, "no actors: a scenario needs at least one actor", "");
        }
        Map<String, ScalarNode> ids = new LinkedHashMap<>();
        actorEntries = items.size();
        for (MappingNode m : items) {
            int before = errors.size();
            Map<String, Field> mf = fields(m, ScenarioSection.ACTOR);
            String id = defineId(mf.get("id"), "actor", ids);
            String who = id == null ? "the actor" : "actor '" + id + "'";
            String name = text(mf.get("name"));
            List<String> aliases = textList(mf.get("aliases"));
            Estimate capability = mf.containsKey("capability")
                    ? estimate(mf.get("capability"), "capability of " + who, v -> v > 0 ? null : "must be > 0")
                    : null;
            String notes = text(mf.get("notes"));
            List<String> sources = sourceRefs(mf.get("sources"));
            Map<String, Stance> stances = positions(mf.get("positions"), id == null ? "?" : id);
            if (id != null) {
                actorIssues.putIfAbsent(id, stances.keySet());
            }
            if (stances.isEmpty() && id != null && errors.size() == before) {
                warn(mf.get("id").value(), "actor '" + id + "' takes no stance on any issue, so it affects no forecast",
                        "add positions, or remove the actor");
            }
            if (errors.size() == before) {
                actors.add(new Actor(id, name, aliases, capability, notes, sources, stances));
            }
        }
        return actors;
    }

    private Map<String, Stance> positions(Field f, String actorId) {
        Map<String, Stance> stances = new LinkedHashMap<>();
        if (f == null) {
            return stances;
        }
        if (!(f.value() instanceof MappingNode m)) {
            error(f.value(), "the positions of actor '" + actorId + "' must be a mapping from issue id to stance, got "
                    + describe(f.value()), "");
            return stances;
        }
        Map<String, ScalarNode> seen = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key) || isNull(key)) {
                error(t.getKeyNode(), "an issue id must be plain text, got " + describe(t.getKeyNode()), "");
                continue;
            }
            String issueId = key.getValue();
            ScalarNode first = seen.putIfAbsent(issueId, key);
            if (first != null) {
                error(key, "duplicate key '" + issueId + "' in the positions of actor '" + actorId + "' (first at line "
                        + line(first) + ")", "give one stance per issue");
                continue;
            }
            IssueInfo info = issueInfo.get(issueId);
            if (info == null) {
                error(key, "unknown issue id '" + issueId + "' in the positions of actor '" + actorId + "'",
                        Suggest.hint(issueId, issueInfo.keySet()));
            } else {
                issuesWithStance.add(issueId);
            }
            Rule inScale = info != null && info.scale() != null ? inScale(info.scale()) : Rule.ANY;
            String on = "'" + actorId + "' on issue '" + issueId + "'";
            Stance s = stance(new Field(key, t.getValueNode()), issueId, on, inScale);
            if (s != null && info != null) {
                stances.put(issueId, s);
            }
        }
        return stances;
    }

    private Stance stance(Field f, String issueId, String on, Rule inScale) {
        int before = errors.size();
        Node v = f.value();
        if (v instanceof SequenceNode seq) {
            // compact form [position, salience]
            if (seq.getValue().size() != 2) {
                error(seq, "the short form of a stance is [position, salience], got " + seq.getValue().size()
                        + " item(s) for " + on, "use the long form {position, salience, risk, ...} for more");
                return null;
            }
            Estimate position = estimate(new Field(f.key(), seq.getValue().get(0)), "position of " + on, inScale);
            Estimate salience = estimate(new Field(f.key(), seq.getValue().get(1)), "salience of " + on,
                    ScenarioMapper::salienceViolation);
            return errors.size() == before ? new Stance(issueId, position, salience, null, "", List.of()) : null;
        }
        if (!(v instanceof MappingNode m)) {
            error(isNull(v) ? f.key() : v, "expected a stance for " + on
                    + " ({position: ..., salience: ...} or [position, salience]), got " + describe(v), "");
            return null;
        }
        Map<String, Field> sf = fields(m, ScenarioSection.STANCE);
        Estimate position = sf.containsKey("position") ? estimate(sf.get("position"), "position of " + on, inScale)
                : null;
        Estimate salience = sf.containsKey("salience")
                ? estimate(sf.get("salience"), "salience of " + on, ScenarioMapper::salienceViolation) : null;
        Double risk = null;
        Field rf = sf.get("risk");
        if (rf != null) {
            risk = number(rf.value(), "risk of " + on);
            if (risk != null) {
                checkRule(rf.value(), "risk of " + on, risk,
                        r -> r >= RISK_MIN && r <= RISK_MAX ? null : "must be in [0.5, 2]");
            }
        }
        String rationale = text(sf.get("rationale"));
        List<String> sources = sourceRefs(sf.get("sources"));
        return errors.size() == before ? new Stance(issueId, position, salience, risk, rationale, sources) : null;
    }

    private static String salienceViolation(double s) {
        return s > 0 && s <= SALIENCE_MAX ? null : "must be in (0, 100]";
    }

    private static Rule inScale(Scale scale) {
        return v -> scale.contains(v) ? null
                : "must lie within the issue's scale [" + fmt(scale.min()) + ", " + fmt(scale.max()) + "]";
    }

    private void crossChecks() {
        if (actorEntries > 0) { // with no actor at all, "no actors" says it already
            for (Map.Entry<String, IssueInfo> e : issueInfo.entrySet()) {
                if (!issuesWithStance.contains(e.getKey()) && e.getValue().idNode() != null) {
                    error(e.getValue().idNode(), "no actor takes a stance on issue '" + e.getKey() + "'",
                            "add a position on it to at least one actor, or remove the issue");
                }
            }
        }
        for (Map.Entry<String, ScalarNode> e : sourceIds.entrySet()) {
            if (!citedSources.contains(e.getKey())) {
                warn(e.getValue(), "source '" + e.getKey() + "' is never cited",
                        "cite it from an issue, actor or stance, or remove it");
            }
        }
    }

    // ---------------------------------------------------------------- generic pieces

    /**
     * The keys of a mapping: reports non-text keys, duplicate keys, unknown keys (with a did-you-mean hint),
     * reserved keys (warning), missing required keys and required keys without a value. Keys with a null value
     * are left out of the result, so callers see only usable values.
     */
    private Map<String, Field> fields(MappingNode m, ScenarioSection section) {
        Map<String, Field> result = new LinkedHashMap<>();
        Map<String, ScalarNode> seen = new LinkedHashMap<>();
        boolean root = section == ScenarioSection.ROOT;
        List<String> candidates = new ArrayList<>(section.keys());
        if (root) {
            candidates.addAll(ScenarioSection.RESERVED_TOP_LEVEL_KEYS);
        }
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key) || isNull(t.getKeyNode())) {
                error(t.getKeyNode(), "a key must be plain text, got " + describe(t.getKeyNode()) + " in "
                        + section.displayName(), "");
                continue;
            }
            String k = key.getValue();
            ScalarNode first = seen.putIfAbsent(k, key);
            if (first != null) {
                error(key, "duplicate key '" + k + "' in " + section.displayName() + " (first at line " + line(first)
                        + ")", "remove one of them");
                continue;
            }
            if (root && ScenarioSection.RESERVED_TOP_LEVEL_KEYS.contains(k)) {
                warn(key, "the key '" + k + "' is reserved for a later version of Parley and is ignored", "");
                continue;
            }
            if (!section.keys().contains(k)) {
                error(key, "unknown key '" + k + "' in " + section.displayName(), Suggest.hint(k, candidates));
                continue;
            }
            if (isNull(t.getValueNode())) {
                if (section.requiredKeys().contains(k)) {
                    error(key, "the required key '" + k + "' in " + section.displayName() + " has no value", "");
                }
                continue;
            }
            result.put(k, new Field(key, t.getValueNode()));
        }
        for (String required : section.requiredKeys()) {
            if (!seen.containsKey(required)) {
                error(m, "missing required key '" + required + "' in " + section.displayName(), "");
            }
        }
        return result;
    }

    /** The mapping elements of a list-valued field; reports a non-list value and non-mapping elements. */
    private List<MappingNode> listOfMappings(Field f, String key, String elementDescription) {
        List<MappingNode> out = new ArrayList<>();
        if (!(f.value() instanceof SequenceNode seq)) {
            error(f.value(), "'" + key + "' must be a list, got " + describe(f.value()), "");
            return out;
        }
        for (Node n : seq.getValue()) {
            if (n instanceof MappingNode m) {
                out.add(m);
            } else {
                error(n, "each entry of '" + key + "' must be " + elementDescription + ", got " + describe(n), "");
            }
        }
        return out;
    }

    /** Reads an id and records it; a second definition of the same id is reported where it occurs. */
    private String defineId(Field f, String kind, Map<String, ScalarNode> defined) {
        String id = text(f);
        if (id == null) {
            return null;
        }
        ScalarNode node = (ScalarNode) f.value();
        if (id.isBlank()) {
            error(node, "the id of " + (kind.equals("issue") || kind.equals("actor") ? "an " : "a ") + kind
                    + " must not be empty", "");
            return null;
        }
        ScalarNode first = defined.putIfAbsent(id, node);
        if (first != null) {
            error(node, "duplicate " + kind + " id '" + id + "' (first defined at line " + line(first) + ")",
                    "ids must be unique among " + kind + "s");
            return null;
        }
        if (kind.equals("source")) {
            sourceIds.putIfAbsent(id, node);
        }
        return id;
    }

    private List<String> sourceRefs(Field f) {
        List<String> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        if (!(f.value() instanceof SequenceNode seq)) {
            error(f.value(), "'sources' must be a list of source ids, got " + describe(f.value()),
                    f.value() instanceof ScalarNode ? "write [" + ((ScalarNode) f.value()).getValue() + "]" : "");
            return out;
        }
        for (Node n : seq.getValue()) {
            if (!(n instanceof ScalarNode s) || isNull(n)) {
                error(n, "a source reference must be a source id, got " + describe(n), "");
                continue;
            }
            String id = s.getValue();
            if (!sourceIds.containsKey(id)) {
                String hint = Suggest.closest(id, sourceIds.keySet()) != null ? Suggest.hint(id, sourceIds.keySet())
                        : "define it under metadata.sources";
                error(s, "unknown source id '" + id + "'", hint);
            } else {
                citedSources.add(id);
                out.add(id);
            }
        }
        return out;
    }

    private List<String> textList(Field f) {
        List<String> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        if (!(f.value() instanceof SequenceNode seq)) {
            error(f.value(), "'" + f.key().getValue() + "' must be a list of text, got " + describe(f.value()), "");
            return out;
        }
        for (Node n : seq.getValue()) {
            if (n instanceof ScalarNode s && !isNull(n)) {
                out.add(s.getValue());
            } else {
                error(n, "each entry of '" + f.key().getValue() + "' must be text, got " + describe(n), "");
            }
        }
        return out;
    }

    /** Text of any scalar, as written; null when absent or on a type error (reported). */
    private String text(Field f) {
        if (f == null) {
            return null;
        }
        if (f.value() instanceof ScalarNode s) {
            return s.getValue();
        }
        error(f.value(), "expected text for '" + f.key().getValue() + "', got " + describe(f.value()), "");
        return null;
    }

    private LocalDate date(Field f) {
        if (f == null) {
            return null;
        }
        String t = text(f);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t.trim());
        } catch (DateTimeParseException e) {
            error(f.value(), "malformed date '" + t + "' for '" + f.key().getValue() + "'",
                    "write dates as YYYY-MM-DD, e.g. 2024-03-31");
            return null;
        }
    }

    /**
     * A number that may carry uncertainty: a plain number, {@code {value, range: [low, high]}} or
     * {@code {value, sd}}. The rule applies to the value and to both range bounds (Monte Carlo draws from the
     * range must be valid inputs too); a normal draw is truncated to the domain instead, so sd is only checked
     * for sign.
     */
    private Estimate estimate(Field f, String name, Rule rule) {
        Node v = f.value();
        if (v instanceof MappingNode m) {
            int before = errors.size();
            Map<String, Field> uf = fields(m, ScenarioSection.UNCERTAIN_NUMBER);
            Field vf = uf.get("value");
            Double value = vf == null ? null : number(vf.value(), name);
            if (value != null) {
                checkRule(vf.value(), name, value, rule);
            }
            Field rf = uf.get("range");
            Field sf = uf.get("sd");
            Uncertainty uncertainty = Uncertainty.None.INSTANCE;
            if (rf != null && sf != null) {
                error(sf.key(), name + " gives both 'range' and 'sd'", "give one of them");
            } else if (rf != null) {
                uncertainty = range(rf, name, value, vf, rule);
            } else if (sf != null) {
                Double sd = number(sf.value(), "sd of " + name);
                if (sd != null && sd < 0) {
                    error(sf.value(), "sd of " + name + " must be >= 0, got " + fmt(sd), "");
                } else if (sd != null) {
                    uncertainty = new Uncertainty.StdDev(sd);
                }
            }
            return errors.size() == before && value != null && uncertainty != null
                    ? new Estimate(value, uncertainty) : null;
        }
        if (v instanceof SequenceNode) {
            error(v, "expected a number for " + name + ", got a list",
                    "a number with uncertainty is written {value: 40, range: [30, 55]} or {value: 40, sd: 5}");
            return null;
        }
        Double value = number(v, name);
        if (value == null || !checkRule(v, name, value, rule)) {
            return null;
        }
        return Estimate.of(value);
    }

    private Uncertainty range(Field rf, String name, Double value, Field vf, Rule rule) {
        if (!(rf.value() instanceof SequenceNode seq) || seq.getValue().size() != 2) {
            error(rf.value(), "the range of " + name + " must be a list [low, high], got " + describe(rf.value()), "");
            return null;
        }
        Double low = number(seq.getValue().get(0), "range low of " + name);
        Double high = number(seq.getValue().get(1), "range high of " + name);
        if (low == null || high == null) {
            return null;
        }
        if (low > high) {
            error(seq, "the range of " + name + " has low > high: [" + fmt(low) + ", " + fmt(high) + "]",
                    "write it as [low, high]");
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < 2; i++) {
            double b = i == 0 ? low : high;
            String violation = rule.violation(b);
            if (violation != null) {
                error(seq.getValue().get(i), "range bound " + fmt(b) + " of " + name + " " + violation, "");
                ok = false;
            }
        }
        if (value != null && (value < low || value > high)) {
            error(vf.value(), "the value " + fmt(value) + " of " + name + " lies outside its range [" + fmt(low) + ", "
                    + fmt(high) + "]", "");
            ok = false;
        }
        return ok ? new Uncertainty.Range(low, high) : null;
    }

    private boolean checkRule(Node at, String name, double value, Rule rule) {
        String violation = rule.violation(value);
        if (violation != null) {
            error(at, name + " " + violation + ", got " + fmt(value), "");
            return false;
        }
        return true;
    }

    /** A finite number from a scalar; null (reported) for anything else, including NaN and infinities. */
    private Double number(Node n, String name) {
        if (!(n instanceof ScalarNode s)) {
            error(n, "expected a number for " + name + ", got " + describe(n), "");
            return null;
        }
        String t = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            if (NON_FINITE_WORD.matcher(t.trim()).matches()) {
                error(n, name + " must be a finite number, got " + t, "NaN and infinities are not allowed");
                return null;
            }
            double v;
            try {
                v = tag.equals(Tag.INT) ? yamlInteger(t.trim()).doubleValue() : Double.parseDouble(t.trim());
            } catch (NumberFormatException e) {
                error(n, "expected a number for " + name + ", got '" + t + "'", "");
                return null;
            }
            if (!Double.isFinite(v)) {
                error(n, name + " must be a finite number, got " + t + " (too large for a double)", "");
                return null;
            }
            return v + 0.0; // turns -0.0 into 0.0, so -0 and 0 read the same
        }
        if (s.isPlain() && NON_FINITE_WORD.matcher(t.trim()).matches()) {
            error(n, name + " must be a finite number, got " + t, "NaN and infinities are not allowed");
            return null;
        }
        if (tag.equals(Tag.STR) && !s.isPlain() && NUMBER_TEXT.matcher(t).matches()) {
            error(n, "expected a number for " + name + ", got the quoted text \"" + t + "\"", "remove the quotes");
            return null;
        }
        error(n, "expected a number for " + name + ", got " + describe(n), "");
        return null;
    }

    /** YAML 1.2 core-schema integers: decimal with sign, 0o octal, 0x hexadecimal. */
    private static BigInteger yamlInteger(String t) {
        if (t.startsWith("0o")) {
            return new BigInteger(t.substring(2), 8);
        }
        if (t.startsWith("0x")) {
            return new BigInteger(t.substring(2), 16);
        }
        return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
    }

    // ---------------------------------------------------------------- reporting

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) n;
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) {
            return "nothing (null)";
        }
        if (tag.equals(Tag.BOOL)) {
            return "the boolean " + s.getValue();
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "the number " + s.getValue();
        }
        String v = s.getValue();
        return "text '" + (v.length() > 40 ? v.substring(0, 37) + "..." : v) + "'";
    }

    /** Numbers in messages: integral values without ".0" so they read as the analyst wrote them. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private Problem problem(Node n, String message, String hint) {
        Mark mark = n.getStartMark().orElse(null);
        if (mark == null) {
            return Problem.unlocated(file, message, hint);
        }
        return new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, message, hint);
    }

    private void error(Node n, String message, String hint) {
        errors.add(problem(n, message, hint));
    }

    private void warn(Node n, String message, String hint) {
        warnings.add(problem(n, message, hint));
    }

    /** Stable sort by position; unlocated problems first. */
    static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }
}
