package org.parley.analysis.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.analysis.levers.Crossing;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.Reading;

/**
 * A lever question with its answer: one {@link LeverOutcome} per model asked (or one for the crisis game).
 * Immutable.
 */
public record LeverAnswer(LeverSpec spec, LeverResult result) {
    public LeverAnswer {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(result, "result");
    }

    /**
     * A JSON-ready view (maps, lists, text, numbers, booleans): the question, the attribute's current value and
     * scanned domain, the search options, and per model the status, the required change, the threshold with the
     * readings on either side, every crossing's threshold, the evaluation counts and the provenance. NaN numbers
     * appear as the text "NaN". The scan itself is left out (it is drawn in the HTML report).
     */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pointer", spec.pointer());
        m.put("question", spec.text());
        m.put("actor", spec.query().actorId());
        m.put("issue", spec.query().issueId());
        m.put("attribute", spec.query().attribute().label());
        m.put("target", spec.query().target().toString());
        m.put("game", spec.game() == null ? null : spec.game().id());
        m.put("stance", spec.stance());
        m.put("currentValue", num(result.currentValue()));
        m.put("domain", List.of(result.domain().low(), result.domain().high()));
        m.put("options", result.options().asParameters());
        List<Object> outs = new ArrayList<>();
        for (LeverOutcome o : result.outcomes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("responder", o.responderId());
            x.put("status", o.status().name());
            x.put("current", reading(o.current()));
            x.put("requiredChange", num(o.requiredChange()));
            Crossing c = o.nearest();
            if (c != null) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("threshold", c.threshold());
                cm.put("reaching", c.reaching());
                cm.put("change", c.change());
                cm.put("direction", c.direction().name());
                cm.put("below", reading(c.readingLow()));
                cm.put("above", reading(c.readingHigh()));
                cm.put("converged", c.converged());
                x.put("nearest", cm);
            } else {
                x.put("nearest", null);
            }
            x.put("crossings", o.crossings().stream().map(Crossing::threshold).toList());
            x.put("reachable", o.reachable());
            x.put("evaluations", o.evaluations());
            x.put("invalidPoints", o.invalidPoints());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("schemaVersion", o.provenance().schemaVersion());
            p.put("scenarioSha256", o.provenance().scenarioSha256());
            p.put("responderId", o.provenance().responderId());
            p.put("responderVersion", o.provenance().responderVersion());
            p.put("responderParameters", o.provenance().responderParameters());
            p.put("leverParameters", o.provenance().leverParameters());
            p.put("javaVersion", o.provenance().javaVersion());
            x.put("provenance", p);
            outs.add(x);
        }
        m.put("outcomes", outs);
        return m;
    }

    private static Map<String, Object> reading(Reading r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (r == null) {
            return null;
        }
        m.put("value", num(r.value()));
        m.put("label", r.label());
        return m;
    }

    private static Object num(double v) {
        return Double.isFinite(v) ? (Object) v : "NaN";
    }
}
