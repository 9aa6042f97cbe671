package org.parley.server.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;

/**
 * The differences between two scenarios in the terms analysts edit: title, issues (label, status quo, scale),
 * actors (capability) and each actor's stance on each issue (position, salience), plus what was added or removed.
 * Numbers are compared by their point values; a change of only the uncertainty range is reported as such.
 */
public final class ScenarioDiff {
    private ScenarioDiff() {
    }

    /** What a change did. */
    public enum ChangeKind { ADDED, REMOVED, CHANGED }

    /**
     * One difference.
     *
     * @param path   where, as a pointer into the scenario model: {@code /issues/<id>/statusQuo},
     *               {@code /actors/<id>/capability}, {@code /actors/<id>/positions/<issue>/position}, ...
     * @param actor  the actor concerned, or null
     * @param issue  the issue concerned, or null
     * @param field  the attribute ({@code position}, {@code salience}, {@code capability}, {@code statusQuo},
     *               {@code label}, {@code scale}, {@code title}, {@code actor}, {@code issue}, {@code stance})
     * @param from   the old value as text, or null when added
     * @param to     the new value as text, or null when removed
     */
    public record Change(ChangeKind kind, String path, String actor, String issue, String field, String from,
                         String to) {
    }

    public static List<Change> between(Scenario a, Scenario b) {
        List<Change> out = new ArrayList<>();
        if (!a.metadata().title().equals(b.metadata().title())) {
            out.add(new Change(ChangeKind.CHANGED, "/metadata/title", null, null, "title", a.metadata().title(),
                    b.metadata().title()));
        }
        Map<String, Issue> ia = index(a.issues(), Issue::id);
        Map<String, Issue> ib = index(b.issues(), Issue::id);
        for (String id : union(ia.keySet(), ib.keySet())) {
            Issue x = ia.get(id);
            Issue y = ib.get(id);
            String p = "/issues/" + id;
            if (x == null || y == null) {
                out.add(new Change(x == null ? ChangeKind.ADDED : ChangeKind.REMOVED, p, null, id, "issue",
                        x == null ? null : x.label(), y == null ? null : y.label()));
                continue;
            }
            if (!Objects.equals(x.label(), y.label())) {
                out.add(new Change(ChangeKind.CHANGED, p + "/label", null, id, "label", x.label(), y.label()));
            }
            estimate(out, p + "/statusQuo", null, id, "statusQuo", x.statusQuo(), y.statusQuo());
            if (!Objects.equals(x.scale(), y.scale())) {
                out.add(new Change(ChangeKind.CHANGED, p + "/scale", null, id, "scale", String.valueOf(x.scale()),
                        String.valueOf(y.scale())));
            }
        }
        Map<String, Actor> aa = index(a.actors(), Actor::id);
        Map<String, Actor> ab = index(b.actors(), Actor::id);
        for (String id : union(aa.keySet(), ab.keySet())) {
            Actor x = aa.get(id);
            Actor y = ab.get(id);
            String p = "/actors/" + id;
            if (x == null || y == null) {
                out.add(new Change(x == null ? ChangeKind.ADDED : ChangeKind.REMOVED, p, id, null, "actor",
                        x == null ? null : x.name(), y == null ? null : y.name()));
                continue;
            }
            estimate(out, p + "/capability", id, null, "capability", x.capability(), y.capability());
            for (String issue : union(x.stances().keySet(), y.stances().keySet())) {
                Stance s = x.stances().get(issue);
                Stance t = y.stances().get(issue);
                String q = p + "/positions/" + issue;
                if (s == null || t == null) {
                    out.add(new Change(s == null ? ChangeKind.ADDED : ChangeKind.REMOVED, q, id, issue, "stance",
                            s == null ? null : text(s.position()), t == null ? null : text(t.position())));
                    continue;
                }
                estimate(out, q + "/position", id, issue, "position", s.position(), t.position());
                estimate(out, q + "/salience", id, issue, "salience", s.salience(), t.salience());
            }
        }
        return out;
    }

    private static void estimate(List<Change> out, String path, String actor, String issue, String field, Estimate x,
                                 Estimate y) {
        if (!Objects.equals(x, y)) {
            ChangeKind kind = x == null ? ChangeKind.ADDED : y == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
            out.add(new Change(kind, path, actor, issue, field, text(x), text(y)));
        }
    }

    /** The value, with its range when it has one: {@code 70} or {@code 70 [45, 95]}. */
    static String text(Estimate e) {
        if (e == null) {
            return null;
        }
        String v = number(e.value());
        if (e.uncertainty() instanceof org.parley.scenario.Uncertainty.Range r) {
            return v + " [" + number(r.low()) + ", " + number(r.high()) + "]";
        }
        if (e.uncertainty() instanceof org.parley.scenario.Uncertainty.StdDev sd) {
            return v + " ± " + number(sd.sd());
        }
        return v;
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static <T> Map<String, T> index(List<T> list, Function<T, String> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity(), (p, q) -> p,
                java.util.LinkedHashMap::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }
}
