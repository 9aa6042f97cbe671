package org.parley.analysis.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.analysis.InvalidAnalysisInputException.Problem;
import org.parley.analysis.crisis.CrisisTemplate;
import org.parley.analysis.crisis.ParameterMapping;
import org.parley.scenario.Actor;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;

/**
 * Parser of the {@code games:} section from the generic tree a YAML/JSON reader produces ({@code Map}, {@code List},
 * {@code String}, {@code Number}, {@code Boolean}). Every problem is collected and reported at once, each with a
 * JSON-pointer-like path such as {@code /games/0/stances/hold}. Cost O(size of the section).
 */
public final class GameSpecs {
    private static final Set<String> KEYS = Set.of("id", "template", "challenger", "defender", "issue", "stances",
            "lambda", "backers", "parameters");

    private GameSpecs() {
    }

    /**
     * Parses the {@code games} entry of a whole scenario document (absent → empty list).
     *
     * @throws InvalidAnalysisInputException with every problem found
     */
    public static List<GameSpec> parseDocument(Map<String, Object> document, Scenario scenario) {
        Object games = document.get("games");
        return games == null ? List.of() : parse(games, scenario);
    }

    /**
     * Parses the value of the {@code games:} key (a list of maps).
     *
     * @throws InvalidAnalysisInputException with every problem found, located under {@code /games}
     */
    public static List<GameSpec> parse(Object section, Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        List<GameSpec> out = new ArrayList<>();
        if (!(section instanceof List<?> list)) {
            throw new InvalidAnalysisInputException(List.of(new Problem("/games", "expected a list of games, got "
                    + describe(section))));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/games/" + i;
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                problems.add(new Problem(at, "expected a map with id, template, challenger, defender, issue; got "
                        + describe(list.get(i))));
                continue;
            }
            GameSpec g = entry(m, at, scenario, problems);
            if (g != null && !ids.add(g.id())) {
                problems.add(new Problem(at + "/id", "duplicate game id '" + g.id() + "'"));
            }
            if (g != null) {
                out.add(g);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnalysisInputException(problems);
        }
        return List.copyOf(out);
    }

    private static GameSpec entry(Map<?, ?> m, String at, Scenario sc, List<Problem> problems) {
        int before = problems.size();
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                problems.add(new Problem(at + "/" + k, "unknown key; expected one of " + new java.util.TreeSet<>(KEYS)));
            }
        }
        String id = string(m, "id", at, problems, true);
        String tpl = string(m, "template", at, problems, true);
        CrisisTemplate template = null;
        if (tpl != null) {
            try {
                template = CrisisTemplate.parse(tpl);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(at + "/template", e.getMessage()));
            }
        }
        String challenger = actorRef(m, "challenger", at, sc, problems);
        String defender = actorRef(m, "defender", at, sc, problems);
        if (challenger != null && challenger.equals(defender)) {
            problems.add(new Problem(at + "/defender", "defender must differ from challenger"));
        }
        String issueId = string(m, "issue", at, problems, true);
        Issue issue = null;
        if (issueId != null) {
            issue = sc.issue(issueId).orElse(null);
            if (issue == null) {
                problems.add(new Problem(at + "/issue", "unknown issue id '" + issueId + "'"));
            } else {
                for (String who : new String[] {challenger, defender}) {
                    Actor a = who == null ? null : sc.actor(who).orElse(null);
                    if (a != null && a.stance(issueId).isEmpty()) {
                        problems.add(new Problem(at + "/" + (who.equals(challenger) ? "challenger" : "defender"),
                                "actor '" + who + "' takes no stance on issue '" + issueId + "'"));
                    }
                }
            }
        }
        Map<String, Double> stances = new LinkedHashMap<>();
        Object st = m.get("stances");
        if (st == null) {
            if (defender != null && issue != null) {
                sc.actor(defender).flatMap(a -> a.stance(issueId)).ifPresent(s -> stances.put("hold", s.position().value()));
            }
        } else if (st instanceof Map<?, ?> sm) {
            if (sm.isEmpty()) {
                problems.add(new Problem(at + "/stances", "give at least one stance, e.g. {hold: 10}"));
            }
            for (Map.Entry<?, ?> e : sm.entrySet()) {
                String p = at + "/stances/" + e.getKey();
                Double v = number(e.getValue(), p, problems);
                if (v != null && issue != null && !issue.scale().contains(v)) {
                    problems.add(new Problem(p, v + " is outside the scale of issue '" + issueId + "' ["
                            + issue.scale().min() + ", " + issue.scale().max() + "]"));
                } else if (v != null) {
                    stances.put(String.valueOf(e.getKey()), v);
                }
            }
        } else {
            problems.add(new Problem(at + "/stances", "expected a map of stance name to position, e.g. {hold: 10, shift: 45}; got "
                    + describe(st)));
        }
        double lambda = Double.NaN;
        if (m.containsKey("lambda")) {
            Double l = number(m.get("lambda"), at + "/lambda", problems);
            if (template != null && template != CrisisTemplate.IIG_LOGIT) {
                problems.add(new Problem(at + "/lambda", "lambda applies only to template iig-logit"));
            } else if (l != null && !(l >= 0)) {
                problems.add(new Problem(at + "/lambda", "must be >= 0, got " + l));
            } else if (l != null) {
                lambda = l;
            }
        } else if (template == CrisisTemplate.IIG_LOGIT) {
            lambda = 1.0;
        }
        List<String> backers = null;
        if (m.containsKey("backers")) {
            if (m.get("backers") instanceof List<?> bl) {
                backers = new ArrayList<>();
                for (int k = 0; k < bl.size(); k++) {
                    String b = String.valueOf(bl.get(k));
                    if (sc.actor(b).isEmpty()) {
                        problems.add(new Problem(at + "/backers/" + k, "unknown actor id '" + b + "'"));
                    } else if (b.equals(challenger) || b.equals(defender)) {
                        problems.add(new Problem(at + "/backers/" + k, "a backer must be a third party, not '" + b + "'"));
                    } else {
                        backers.add(b);
                    }
                }
            } else {
                problems.add(new Problem(at + "/backers", "expected a list of actor ids; got " + describe(m.get("backers"))));
            }
        }
        Map<String, Double> params = new LinkedHashMap<>();
        if (m.containsKey("parameters")) {
            if (m.get("parameters") instanceof Map<?, ?> pm) {
                List<String> known = template == null ? null : ParameterMapping.parameterNames(template);
                for (Map.Entry<?, ?> e : pm.entrySet()) {
                    String name = String.valueOf(e.getKey());
                    String p = at + "/parameters/" + name;
                    if (known != null && !known.contains(name)) {
                        problems.add(new Problem(p, "unknown parameter for template " + template.id() + "; expected one of "
                                + known));
                        continue;
                    }
                    Double v = number(e.getValue(), p, problems);
                    if (v != null) {
                        String err = template == null ? null : ParameterMapping.checkOverride(template, name, v);
                        if (err != null) {
                            problems.add(new Problem(p, err));
                        } else {
                            params.put(name, v);
                        }
                    }
                }
            } else {
                problems.add(new Problem(at + "/parameters", "expected a map of parameter name to number; got "
                        + describe(m.get("parameters"))));
            }
        }
        if (problems.size() > before || stances.isEmpty()) {
            return null;
        }
        return new GameSpec(id, template, challenger, defender, issueId, stances, lambda, backers, params);
    }

    private static String actorRef(Map<?, ?> m, String key, String at, Scenario sc, List<Problem> problems) {
        String v = string(m, key, at, problems, true);
        if (v != null && sc.actor(v).isEmpty()) {
            problems.add(new Problem(at + "/" + key, "unknown actor id '" + v + "'"));
            return null;
        }
        return v;
    }

    private static String string(Map<?, ?> m, String key, String at, List<Problem> problems, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                problems.add(new Problem(at + "/" + key, "missing required key '" + key + "'"));
            }
            return null;
        }
        if (!(v instanceof String s) || s.isBlank()) {
            problems.add(new Problem(at + "/" + key, "expected a non-empty text, got " + describe(v)));
            return null;
        }
        return s.trim();
    }

    private static Double number(Object v, String at, List<Problem> problems) {
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        problems.add(new Problem(at, "expected a finite number, got " + describe(v)));
        return null;
    }

    private static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Map) {
            return "a map";
        }
        if (v instanceof List) {
            return "a list";
        }
        return "'" + v + "' (" + v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
