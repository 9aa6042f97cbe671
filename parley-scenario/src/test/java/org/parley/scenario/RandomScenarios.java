package org.parley.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Test support: seeded random valid scenarios, and a writer that prints one as YAML (block style) or JSON with
 * keys in random order and optional keys randomly left out when they hold their default, so that reading the
 * text back must give an equal scenario.
 */
public final class RandomScenarios {
    private static final String[] WORDS = {"alpha", "Bravo", "ünïcode", "quote\"d", "back\\slash", "two\nlines",
        "colon: here", "# not a comment", "- dash", "tab\there", "'single'", "null", "true", "42", "  padded  ", ""};

    private RandomScenarios() {
    }

    public static Scenario scenario(long seed) {
        Random r = new Random(seed);
        List<Source> sources = new ArrayList<>();
        int nSources = r.nextInt(3);
        for (int i = 0; i < nSources; i++) {
            sources.add(new Source("s" + i, word(r) + " report", r.nextBoolean() ? word(r) : null,
                    r.nextBoolean() ? date(r) : null, r.nextBoolean() ? "https://example.org/" + i : null));
        }
        Metadata md = new Metadata("Title " + word(r), r.nextBoolean() ? date(r) : null,
                r.nextBoolean() ? word(r) : "", sources);
        List<Issue> issues = new ArrayList<>();
        int nIssues = 1 + r.nextInt(3);
        for (int i = 0; i < nIssues; i++) {
            Scale scale = r.nextBoolean() ? Scale.DEFAULT
                    : new Scale(-r.nextInt(50), 1 + r.nextInt(200) + r.nextDouble(), word(r), word(r));
            Estimate sq = r.nextBoolean() ? estimate(r, scale.min(), scale.max(), false) : null;
            issues.add(new Issue("issue_" + i, r.nextBoolean() ? "Issue " + word(r) : null,
                    r.nextBoolean() ? word(r) : null, scale, sq, r.nextBoolean() ? date(r) : null, refs(r, nSources)));
        }
        List<Actor> actors = new ArrayList<>();
        int nActors = 1 + r.nextInt(4);
        for (int a = 0; a < nActors; a++) {
            Map<String, Stance> stances = new LinkedHashMap<>();
            for (Issue issue : issues) {
                if (a == 0 || r.nextInt(3) > 0) { // actor 0 covers every issue, so none is without a stance
                    Scale s = issue.scale();
                    stances.put(issue.id(), new Stance(issue.id(), estimate(r, s.min(), s.max(), false),
                            estimate(r, 0, 100, true), r.nextBoolean() ? 0.5 + 1.5 * r.nextDouble() : null,
                            r.nextBoolean() ? word(r) : "", refs(r, nSources)));
                }
            }
            List<String> aliases = r.nextBoolean() ? List.of(word(r), word(r) + "x") : List.of();
            actors.add(new Actor("actor-" + a, r.nextBoolean() ? "Actor " + word(r) : null, aliases,
                    estimate(r, 0, 1000, true), r.nextBoolean() ? word(r) : null, refs(r, nSources), stances));
        }
        List<GameSpec> games = new ArrayList<>();
        int nGames = r.nextInt(3);
        for (int g = 0; g < nGames; g++) {
            GameSpec game = game(r, "g" + g, issues, actors);
            if (game != null) {
                games.add(game);
            }
        }
        List<LeverQuestion> levers = new ArrayList<>();
        int nLevers = r.nextInt(3);
        for (int l = 0; l < nLevers; l++) {
            // actor 0 takes a stance on every issue
            String issue = issues.get(r.nextInt(issues.size())).id();
            GameSpec game = games.isEmpty() || r.nextBoolean() ? null : games.get(r.nextInt(games.size()));
            List<String> models = game != null || r.nextBoolean() ? List.of() : List.of(word(r), "eu");
            String target = game == null ? (r.nextBoolean() ? ">= " : "forecast < ") + r.nextInt(100)
                    : r.nextBoolean() ? "p_deal < " + r.nextInt(100) / 100.0 : "outcome != status quo";
            String stance = game != null && r.nextBoolean() ? List.copyOf(game.stances().keySet()).get(0) : null;
            levers.add(new LeverQuestion("actor-0", issue, LeverAttribute.values()[r.nextInt(3)],
                    LeverTarget.parse(target), models, game == null ? null : game.id(), stance,
                    r.nextBoolean() ? word(r) : ""));
        }
        return new Scenario(md, issues, actors, games, levers);
    }

    /**
     * A valid game on a random issue: actor 0 challenges another actor with a stance on it (null when there is
     * none), stances on the scale, lambda for iig-logit, maybe backers and parameter overrides within their domains.
     */
    private static GameSpec game(Random r, String id, List<Issue> issues, List<Actor> actors) {
        Issue issue = issues.get(r.nextInt(issues.size()));
        List<String> others = new ArrayList<>();
        for (Actor a : actors.subList(1, actors.size())) {
            if (a.stances().containsKey(issue.id())) {
                others.add(a.id());
            }
        }
        if (others.isEmpty()) {
            return null;
        }
        String defender = others.get(r.nextInt(others.size()));
        CrisisTemplate template = CrisisTemplate.values()[r.nextInt(CrisisTemplate.values().length)];
        Map<String, Double> stances = new LinkedHashMap<>();
        for (String name : r.nextBoolean() ? List.of("hold") : List.of("shift", "hold", "s-3")) {
            Scale sc = issue.scale();
            stances.put(name, Math.min(sc.max(), sc.min() + (sc.max() - sc.min()) * r.nextInt(101) / 100.0));
        }
        List<String> backers = null;
        if (r.nextBoolean()) {
            backers = new ArrayList<>();
            for (Actor a : actors) {
                if (!a.id().equals("actor-0") && !a.id().equals(defender) && r.nextBoolean()) {
                    backers.add(a.id());
                }
            }
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        List<String> names = template.overridableParameters();
        for (int k = r.nextInt(3); k > 0; k--) {
            parameters.put(names.get(r.nextInt(names.size())), 0.01 + 0.48 * r.nextDouble());
        }
        double lambda = template.takesLambda() ? (r.nextBoolean() ? GameSpec.DEFAULT_LAMBDA : 30 * r.nextDouble())
                : Double.NaN;
        return new GameSpec(id, template, "actor-0", defender, issue.id(), stances, lambda, backers, parameters);
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(1990 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static List<String> refs(Random r, int nSources) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nSources; i++) {
            if (r.nextBoolean()) {
                out.add("s" + i);
            }
        }
        return out;
    }

    /** A value in [min, max] (in (min, max] when openBelow), with a random valid uncertainty. */
    private static Estimate estimate(Random r, double min, double max, boolean openBelow) {
        double v = r.nextInt(4) == 0 ? Math.rint(min + (max - min) * r.nextDouble()) : min + (max - min) * r.nextDouble();
        if (openBelow && v <= min) {
            v = max;
        }
        v = Math.max(min, Math.min(max, v)) + 0.0; // the reader reads -0 as 0 (documented)
        switch (r.nextInt(3)) {
            case 0:
                return Estimate.of(v);
            case 1: {
                double lo = v - (v - min) * r.nextDouble();
                double hi = v + (max - v) * r.nextDouble();
                if (openBelow && lo <= min) {
                    lo = v;
                }
                return new Estimate(v, new Uncertainty.Range(lo, hi));
            }
            default:
                return new Estimate(v, new Uncertainty.StdDev(r.nextInt(3) == 0 ? 0 : 10 * r.nextDouble()));
        }
    }

    // ------------------------------------------------------------------ writer

    /** Writes the scenario as text; JSON when json, else YAML block style; key order shuffled by the seed. */
    public static String write(Scenario s, boolean json, long seed) {
        Random r = new Random(seed);
        Object tree = tree(s, r);
        StringBuilder sb = new StringBuilder();
        if (json) {
            json(sb, tree);
        } else {
            sb.append("# written by RandomScenarios\n");
            yaml(sb, tree, 0, r);
        }
        return sb.toString();
    }

    /** A tree of LinkedHashMap / List / String / Double / Boolean(short form marker unused). */
    private static Map<String, Object> tree(Scenario s, Random r) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> md = new LinkedHashMap<>();
        md.put("title", s.metadata().title());
        putIf(md, "as_of", s.metadata().asOf() == null ? null : s.metadata().asOf().toString());
        optional(md, "description", s.metadata().description(), "", r);
        List<Object> sources = new ArrayList<>();
        for (Source src : s.metadata().sources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", src.id());
            m.put("title", src.title());
            putIf(m, "publisher", src.publisher());
            putIf(m, "date", src.date() == null ? null : src.date().toString());
            putIf(m, "url", src.url());
            sources.add(shuffle(m, r));
        }
        if (!sources.isEmpty() || r.nextBoolean()) {
            md.put("sources", sources);
        }
        root.put("metadata", shuffle(md, r));
        List<Object> issues = new ArrayList<>();
        for (Issue i : s.issues()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            optional(m, "label", i.label(), i.id(), r);
            optional(m, "description", i.description(), "", r);
            if (!i.scale().equals(Scale.DEFAULT) || r.nextBoolean()) {
                Map<String, Object> sc = new LinkedHashMap<>();
                optional(sc, "min", i.scale().min(), 0.0, r);
                optional(sc, "max", i.scale().max(), 100.0, r);
                optional(sc, "min_meaning", i.scale().minMeaning(), "", r);
                optional(sc, "max_meaning", i.scale().maxMeaning(), "", r);
                m.put("scale", shuffle(sc, r));
            }
            putIf(m, "status_quo", i.statusQuo() == null ? null : estimate(i.statusQuo(), r));
            putIf(m, "deadline", i.deadline() == null ? null : i.deadline().toString());
            optionalList(m, "sources", i.sourceIds(), r);
            issues.add(shuffle(m, r));
        }
        root.put("issues", issues);
        List<Object> actors = new ArrayList<>();
        for (Actor a : s.actors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            optional(m, "name", a.name(), a.id(), r);
            optionalList(m, "aliases", a.aliases(), r);
            m.put("capability", estimate(a.capability(), r));
            optional(m, "notes", a.notes(), "", r);
            optionalList(m, "sources", a.sourceIds(), r);
            Map<String, Object> positions = new LinkedHashMap<>();
            for (Stance st : a.stances().values()) {
                if (st.riskAttitude() == null && st.rationale().isEmpty() && st.sourceIds().isEmpty()
                        && r.nextBoolean()) {
                    positions.put(st.issueId(), List.of(estimate(st.position(), r), estimate(st.salience(), r)));
                    continue;
                }
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("position", estimate(st.position(), r));
                sm.put("salience", estimate(st.salience(), r));
                putIf(sm, "risk", st.riskAttitude());
                optional(sm, "rationale", st.rationale(), "", r);
                optionalList(sm, "sources", st.sourceIds(), r);
                positions.put(st.issueId(), shuffle(sm, r));
            }
            if (!positions.isEmpty() || r.nextBoolean()) {
                m.put("positions", positions); // stance order is kept: only its map value matters
            }
            actors.add(shuffle(m, r));
        }
        root.put("actors", actors);
        if (!s.games().isEmpty() || r.nextInt(4) == 0) {
            List<Object> games = new ArrayList<>();
            for (GameSpec g : s.games()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", g.id());
                m.put("template", g.template().id());
                m.put("challenger", g.challenger());
                m.put("defender", g.defender());
                m.put("issue", g.issue());
                Actor defender = s.actor(g.defender()).orElseThrow();
                if (!g.stances().equals(Map.of("hold", defender.stances().get(g.issue()).position().value()))
                        || r.nextBoolean()) {
                    m.put("stances", new LinkedHashMap<String, Object>(g.stances()));
                }
                if (g.template().takesLambda()) {
                    optional(m, "lambda", g.lambda(), GameSpec.DEFAULT_LAMBDA, r);
                }
                putIf(m, "backers", g.backers());
                if (!g.parameters().isEmpty() || r.nextInt(4) == 0) {
                    m.put("parameters", shuffle(new LinkedHashMap<String, Object>(g.parameters()), r));
                }
                games.add(shuffle(m, r)); // key order is not part of the digest
            }
            root.put("games", games);
        }
        if (!s.levers().isEmpty() || r.nextInt(4) == 0) {
            List<Object> levers = new ArrayList<>();
            for (LeverQuestion l : s.levers()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("actor", l.actor());
                m.put("issue", l.issue());
                m.put("attribute", l.attribute().label());
                m.put("target", l.target().toString());
                if (!l.models().isEmpty()) {
                    m.put("models", l.models());
                }
                putIf(m, "game", l.game());
                putIf(m, "stance", l.stance());
                optional(m, "question", l.question(), "", r);
                levers.add(shuffle(m, r));
            }
            root.put("levers", levers);
        }
        return shuffle(root, r);
    }

    private static Object estimate(Estimate e, Random r) {
        if (!e.isUncertain() && r.nextInt(3) > 0) {
            return e.value();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", e.value());
        if (e.uncertainty() instanceof Uncertainty.Range range) {
            m.put("range", List.of(range.low(), range.high()));
        } else if (e.uncertainty() instanceof Uncertainty.StdDev sd) {
            m.put("sd", sd.sd());
        }
        return shuffle(m, r);
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void optional(Map<String, Object> m, String key, Object value, Object dflt, Random r) {
        if (value != null && (!value.equals(dflt) || r.nextBoolean())) {
            m.put(key, value);
        }
    }

    private static void optionalList(Map<String, Object> m, String key, List<String> value, Random r) {
        if (!value.isEmpty() || r.nextBoolean()) {
            m.put(key, value);
        }
    }

    private static Map<String, Object> shuffle(Map<String, Object> m, Random r) {
        List<String> keys = new ArrayList<>(m.keySet());
        Collections.shuffle(keys, r);
        Map<String, Object> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, m.get(k)));
        return out;
    }

    private static void json(StringBuilder sb, Object o) {
        if (o instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ");
                first = false;
                str(sb, (String) e.getKey());
                sb.append(": ");
                json(sb, e.getValue());
            }
            sb.append('}');
        } else if (o instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                json(sb, l.get(i));
            }
            sb.append(']');
        } else if (o instanceof Double d) {
            sb.append(Double.toString(d));
        } else if (o instanceof Long || o instanceof Boolean) {
            sb.append(o);
        } else if (o == null) {
            sb.append("null");
        } else {
            str(sb, (String) o);
        }
    }

    private static void yaml(StringBuilder sb, Object o, int indent, Random r) {
        String pad = " ".repeat(indent);
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(pad).append(e.getKey()).append(':');
                Object v = e.getValue();
                if (v instanceof Map<?, ?> vm && !vm.isEmpty() && r.nextInt(3) > 0
                        || v instanceof List<?> vl && !vl.isEmpty() && r.nextInt(3) > 0) {
                    sb.append('\n');
                    yaml(sb, v, indent + 2, r);
                } else {
                    sb.append(' ');
                    json(sb, v); // flow style inside block style
                    sb.append('\n');
                }
            }
        } else if (o instanceof List<?> l) {
            for (Object item : l) {
                if (item instanceof Map<?, ?> im && !im.isEmpty()) {
                    sb.append(pad).append("-\n");
                    yaml(sb, item, indent + 2, r);
                } else {
                    sb.append(pad).append("- ");
                    json(sb, item);
                    sb.append('\n');
                }
            }
        }
    }

    private static void str(StringBuilder sb, String s) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        sb.append('"');
    }
}
