package org.parley.scenario.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.scenario.LeverQuestion;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code levers:} section, read into {@link LeverQuestion}s and checked by {@link LeverRules} against the
 * actors, issues and games read before it. Each violation is reported at the key or value concerned, prefixed by
 * its JSON pointer ({@code /levers/1/target: ...}); an empty {@code models:} list is reported as a problem of shape.
 */
final class LeversReader {
    private final ReadTools tools;
    private final LeverRules.Context context;

    LeversReader(ReadTools tools, LeverRules.Context context) {
        this.tools = tools;
        this.context = context;
    }

    /** The questions without an error, in file order. */
    List<LeverQuestion> read(KeyedNode f) {
        List<LeverQuestion> out = new ArrayList<>();
        tools.nodes().listOfMappings(f, "levers", "a lever ({actor, issue, attribute, target, ...})");
        if (!(f.value() instanceof SequenceNode seq)) {
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            if (seq.getValue().get(i) instanceof MappingNode m) {
                LeverQuestion q = entry(m, "/levers/" + i);
                if (q != null) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    private LeverQuestion entry(MappingNode m, String at) {
        int before = tools.log().errorCount();
        NodeReader nodes = tools.nodes();
        Map<String, KeyedNode> lf = nodes.fields(m, ScenarioSection.LEVER);
        KeyedNode models = lf.get("models");
        if (models != null && models.value() instanceof SequenceNode seq && seq.getValue().isEmpty()) {
            tools.log().error(models.value(), "'models' of a lever lists no model", "leave it out to ask every model");
        }
        LeverRules.Checked checked = LeverRules.check(new LeverRules.Written(nodes.text(lf.get("actor")),
                nodes.text(lf.get("issue")), nodes.text(lf.get("attribute")), nodes.text(lf.get("target")),
                nodes.textList(models), nodes.text(lf.get("game")), nodes.text(lf.get("stance")),
                nodes.text(lf.get("question"))), context);
        for (LeverRules.Violation v : checked.violations()) {
            KeyedNode field = lf.get(v.key());
            Node node = field == null ? m : v.atKey() ? field.key() : field.value();
            tools.log().error(node, at + "/" + v.key() + ": " + v.message(), v.hint());
        }
        return tools.log().errorCount() == before ? checked.question() : null;
    }
}
