package org.parley.views.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.analysis.levers.Crossing;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.Reading;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.provenance.Provenance;

/** The JSON form of a lever answer, as written by {@code parley levers} and {@code parley analyze --format json}. */
public final class LeverJson {
    private LeverJson() {
    }

    /**
     * A JSON-ready view (maps, lists, text, numbers, booleans): the question, the attribute's current value and
     * scanned domain, the search options, and per model the status, the required change, the threshold with the
     * readings on either side, every crossing's threshold, the evaluation counts and the provenance. NaN numbers
     * appear as the text "NaN". The scan itself is left out (it is drawn in the HTML report).
     */
    public static Map<String, Object> summary(LeverAnswer a) {
        var spec = a.spec();
        var result = a.result();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pointer", spec.pointer());
        m.put("question", LeverText.question(spec));
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
            x.put("provenance", provenance(o.provenance()));
            outs.add(x);
        }
        m.put("outcomes", outs);
        return m;
    }

    /** Every field of the provenance record, the time as ISO-8601 text. */
    static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", p.schemaVersion());
        m.put("inputKind", p.inputKind().name());
        m.put("inputSha256", p.inputSha256());
        m.put("component", p.component());
        m.put("componentVersion", p.componentVersion());
        m.put("parameters", p.parameters());
        m.put("transformations", p.transformations());
        m.put("seed", p.seed());
        m.put("replicate", p.replicate());
        m.put("parleyVersion", p.parleyVersion());
        m.put("gitCommit", p.gitCommit());
        m.put("javaVersion", p.javaVersion());
        m.put("startedAt", p.startedAt().toString());
        return m;
    }

    private static Map<String, Object> reading(Reading r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", num(r.value()));
        m.put("label", r.label());
        return m;
    }

    private static Object num(double v) {
        return Double.isFinite(v) ? (Object) v : "NaN";
    }
}
