package org.parley.scenario.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.scenario.Actor;
import org.parley.scenario.CrisisTemplate;
import org.parley.scenario.GameSpec;
import org.parley.scenario.Scale;
import org.parley.scenario.Stance;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code games:} section, read into {@link GameSpec}s: the template, the challenger and defender (known actors,
 * different, each with a stance on the issue), the issue, the defender stances (on the issue's scale; by default
 * {@code hold} at the defender's position), lambda (only for {@code iig-logit}, ≥ 0, default 1), the backers (known
 * third parties) and the parameter overrides (names of the template, values in their domains).
 *
 * <p>Problems of an entry's shape (unknown or missing keys, wrong types, numbers) read like every other problem of
 * the file; problems of its meaning (unknown template, actor or issue, a stance off the scale, ...) are prefixed by
 * the JSON pointer of the value concerned, e.g. {@code /games/0/stances/shift: 145.0 is outside the scale of issue
 * 'x' [0.0, 100.0]}, as the analysis module reported them when it checked this section.
 */
final class GamesReader {
    private final ReadTools tools;
    private final Map<String, IssuesReader.IssueRef> issues;
    private final Map<String, Set<String>> actorStanceIssues;
    private final List<Actor> actors;
    /** Game id → where it is first defined. */
    private final Map<String, ScalarNode> ids = new LinkedHashMap<>();

    /**
     * @param issues            every issue id defined, with its scale when valid
     * @param actorStanceIssues every actor id defined → the issues it writes a stance on
     * @param actors            the actors read without error (for the defender's position, the default stance)
     */
    GamesReader(ReadTools tools, Map<String, IssuesReader.IssueRef> issues, Map<String, Set<String>> actorStanceIssues,
                List<Actor> actors) {
        this.tools = tools;
        this.issues = issues;
        this.actorStanceIssues = actorStanceIssues;
        this.actors = actors;
    }

    /** The games without an error, in file order. */
    List<GameSpec> read(KeyedNode f) {
        List<GameSpec> out = new ArrayList<>();
        tools.nodes().listOfMappings(f, "games", "a game ({id, template, challenger, defender, issue, ...})");
        if (f.value() instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                if (seq.getValue().get(i) instanceof MappingNode m) {
                    GameSpec g = entry(m, "/games/" + i);
                    if (g != null) {
                        out.add(g);
                    }
                }
            }
        }
        return out;
    }

    /** Every game id defined (also of games with errors), in file order. */
    Set<String> definedIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(ids.keySet()));
    }

    private GameSpec entry(MappingNode m, String at) {
        int before = tools.log().errorCount();
        Map<String, KeyedNode> gf = tools.nodes().fields(m, ScenarioSection.GAME);
        String id = id(gf.get("id"), at);
        String who = "game '" + (id == null ? "?" : id) + "'";
        CrisisTemplate template = template(gf.get("template"), at);
        String challenger = actorRef(gf.get("challenger"), at);
        String defender = actorRef(gf.get("defender"), at);
        if (challenger != null && challenger.equals(defender)) {
            meaning(gf.get("defender").value(), at + "/defender", "defender must differ from challenger", "");
        }
        String issue = trimmed(gf.get("issue"));
        IssuesReader.IssueRef issueRef = issue == null ? null : issues.get(issue);
        if (issue != null && issueRef == null) {
            meaning(gf.get("issue").value(), at + "/issue", "unknown issue id '" + issue + "'",
                    Suggest.hint(issue, issues.keySet()));
        } else if (issue != null) {
            for (String role : List.of("challenger", "defender")) {
                String actor = role.equals("challenger") ? challenger : defender;
                if (actor != null && !actorStanceIssues.get(actor).contains(issue)) {
                    meaning(gf.get(role).value(), at + "/" + role, "actor '" + actor + "' takes no stance on issue '"
                            + issue + "'", "");
                }
            }
        }
        Map<String, Double> stances = stances(gf.get("stances"), at, who, issue, issueRef, defender);
        double lambda = lambda(gf.get("lambda"), at, who, template);
        List<String> backers = backers(gf.get("backers"), at, challenger, defender);
        Map<String, Double> parameters = parameters(gf.get("parameters"), at, who, template);
        if (tools.log().errorCount() > before || id == null || template == null || challenger == null
                || defender == null || issue == null || stances.isEmpty()) {
            return null;
        }
        return new GameSpec(id, template, challenger, defender, issue, stances, lambda, backers, parameters);
    }

    private String id(KeyedNode f, String at) {
        String id = trimmed(f);
        if (id == null) {
            return null;
        }
        if (id.isEmpty()) {
            meaning(f.value(), at + "/id", "the id of a game must not be empty", "");
            return null;
        }
        ScalarNode first = ids.putIfAbsent(id, (ScalarNode) f.value());
        if (first != null) {
            meaning(f.value(), at + "/id", "duplicate game id '" + id + "' (first defined at line "
                    + NodeReader.line(first) + ")", "ids must be unique among games");
            return null;
        }
        return id;
    }

    private CrisisTemplate template(KeyedNode f, String at) {
        String t = tools.nodes().text(f);
        if (t == null) {
            return null;
        }
        try {
            return CrisisTemplate.parse(t);
        } catch (IllegalArgumentException e) {
            meaning(f.value(), at + "/template", e.getMessage(), "");
            return null;
        }
    }

    private String actorRef(KeyedNode f, String at) {
        String id = trimmed(f);
        if (id != null && !actorStanceIssues.containsKey(id)) {
            meaning(f.value(), at + "/" + f.name(), "unknown actor id '" + id + "'",
                    Suggest.hint(id, actorStanceIssues.keySet()));
            return null;
        }
        return id;
    }

    private Map<String, Double> stances(KeyedNode f, String at, String who, String issue, IssuesReader.IssueRef issueRef,
                                        String defender) {
        Map<String, Double> stances = new LinkedHashMap<>();
        if (f == null) {
            // the default: the defender holds its own position
            actors.stream().filter(a -> a.id().equals(defender)).findFirst().map(a -> a.stances().get(issue))
                    .map(Stance::position).ifPresent(p -> stances.put("hold", p.value()));
            return stances;
        }
        if (!(f.value() instanceof MappingNode sm)) {
            tools.log().error(f.value(), "the stances of " + who + " must be a mapping of stance name to position, e.g."
                    + " {hold: 10, shift: 45}; got " + NodeReader.describe(f.value()), "");
            return stances;
        }
        if (sm.getValue().isEmpty()) {
            meaning(sm, at + "/stances", "give at least one stance, e.g. {hold: 10}", "");
        }
        Scale scale = issueRef == null ? null : issueRef.scale();
        for (KeyedNode e : tools.nodes().namedEntries(sm, "the stances of " + who, "a stance name",
                "give each stance once")) {
            Double v = tools.numbers().number(e.value(), "stance '" + e.name() + "' of " + who);
            if (v != null && scale != null && !scale.contains(v)) {
                meaning(e.value(), at + "/stances/" + segment(e.name()), v + " is outside the scale of issue '" + issue
                        + "' [" + scale.min() + ", " + scale.max() + "]", "");
            } else if (v != null) {
                stances.put(e.name(), v);
            }
        }
        return stances;
    }

    private double lambda(KeyedNode f, String at, String who, CrisisTemplate template) {
        if (f == null) {
            return template != null && template.takesLambda() ? GameSpec.DEFAULT_LAMBDA : Double.NaN;
        }
        Double l = tools.numbers().number(f.value(), "lambda of " + who);
        if (template != null && !template.takesLambda()) {
            meaning(f.value(), at + "/lambda", "lambda applies only to template iig-logit", "");
        } else if (l != null && !(l >= 0)) {
            meaning(f.value(), at + "/lambda", "must be >= 0, got " + l, "");
        } else if (l != null) {
            return l;
        }
        return Double.NaN;
    }

    private List<String> backers(KeyedNode f, String at, String challenger, String defender) {
        if (f == null) {
            return null;
        }
        if (!(f.value() instanceof SequenceNode seq)) {
            tools.log().error(f.value(), "'backers' must be a list of actor ids, got " + NodeReader.describe(f.value()),
                    "");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < seq.getValue().size(); k++) {
            Node n = seq.getValue().get(k);
            if (!(n instanceof ScalarNode s) || NodeReader.isNull(n)) {
                tools.log().error(n, "each entry of 'backers' must be an actor id, got " + NodeReader.describe(n), "");
                continue;
            }
            String b = s.getValue().trim();
            if (!actorStanceIssues.containsKey(b)) {
                meaning(n, at + "/backers/" + k, "unknown actor id '" + b + "'",
                        Suggest.hint(b, actorStanceIssues.keySet()));
            } else if (b.equals(challenger) || b.equals(defender)) {
                meaning(n, at + "/backers/" + k, "a backer must be a third party, not '" + b + "'", "");
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private Map<String, Double> parameters(KeyedNode f, String at, String who, CrisisTemplate template) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (f == null) {
            return out;
        }
        if (!(f.value() instanceof MappingNode pm)) {
            tools.log().error(f.value(), "the parameters of " + who + " must be a mapping of parameter name to number,"
                    + " got " + NodeReader.describe(f.value()), "");
            return out;
        }
        for (KeyedNode e : tools.nodes().namedEntries(pm, "the parameters of " + who, "a parameter name",
                "give each parameter once")) {
            String name = e.name();
            String p = at + "/parameters/" + segment(name);
            if (template != null && !template.overridableParameters().contains(name)) {
                meaning(e.value(), p, "unknown parameter for template " + template.id() + "; expected one of "
                        + template.overridableParameters(), Suggest.hint(name, template.overridableParameters()));
                continue;
            }
            Double v = tools.numbers().number(e.value(), "parameter '" + name + "' of " + who);
            if (v == null) {
                continue;
            }
            String violation = overrideViolation(name, v);
            if (violation != null) {
                meaning(e.value(), p, violation, "");
            } else {
                out.put(name, v);
            }
        }
        return out;
    }

    /** The domain of an overridden parameter: a message when the value is outside it, else null. */
    static String overrideViolation(String name, double v) {
        return switch (name) {
            case "prior_resolve", "win_probability" -> v > 0 && v < 1 ? null : name + " must be in (0, 1), got " + v;
            case "concession" -> v > 0 && v <= 1 ? null : "concession must be in (0, 1], got " + v;
            case "first_strike" -> v >= 0 && v <= 0.5 ? null : "first_strike must be in [0, 0.5], got " + v;
            case "escalation_cost_scale", "resolved_cost_factor", "irresolute_cost_factor", "signal_cost_scale",
                 "attacked_cost_factor", "attack_cost_factor", "signal_cost_resolved", "signal_cost_irresolute",
                 "audience_cost" -> v >= 0 ? null : name + " must be >= 0, got " + v;
            default -> null;
        };
    }

    /** Text with surrounding blanks removed; null when absent or not text (reported). */
    private String trimmed(KeyedNode f) {
        String t = tools.nodes().text(f);
        return t == null ? null : t.trim();
    }

    /** A problem of the entry's meaning, prefixed by the JSON pointer of the value concerned. */
    private void meaning(Node at, String pointer, String message, String hint) {
        tools.log().error(at, pointer + ": " + message, hint);
    }

    /** A JSON-pointer segment (RFC 6901): ~ as ~0, / as ~1. */
    static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
