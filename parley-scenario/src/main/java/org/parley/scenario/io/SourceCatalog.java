package org.parley.scenario.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The source ids defined under {@code metadata.sources} and the references to them from issues, actors and
 * stances: unknown references are errors, sources never cited are warnings.
 */
final class SourceCatalog {
    private final ReadTools tools;
    /** Source id → the node defining it (first occurrence). */
    private final Map<String, ScalarNode> ids = new LinkedHashMap<>();
    private final Set<String> cited = new HashSet<>();

    SourceCatalog(ReadTools tools) {
        this.tools = tools;
    }

    /** Reads and records a source's id (reporting an empty or duplicate one); null when it has an error. */
    String define(KeyedNode idField) {
        return tools.nodes().defineId(idField, "source", ids);
    }

    /** The source ids of a {@code sources:} list of references; unknown ids are reported and left out. */
    List<String> refs(KeyedNode f) {
        List<String> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        if (!(f.value() instanceof SequenceNode seq)) {
            tools.log().error(f.value(), "'sources' must be a list of source ids, got " + NodeReader.describe(f.value()),
                    f.value() instanceof ScalarNode s ? "write [" + s.getValue() + "]" : "");
            return out;
        }
        for (Node n : seq.getValue()) {
            if (!(n instanceof ScalarNode s) || NodeReader.isNull(n)) {
                tools.log().error(n, "a source reference must be a source id, got " + NodeReader.describe(n), "");
                continue;
            }
            String id = s.getValue();
            if (!ids.containsKey(id)) {
                String hint = Suggest.closest(id, ids.keySet()) != null ? Suggest.hint(id, ids.keySet())
                        : "define it under metadata.sources";
                tools.log().error(s, "unknown source id '" + id + "'", hint);
            } else {
                cited.add(id);
                out.add(id);
            }
        }
        return out;
    }

    /** Warns at each source that no issue, actor or stance cites. */
    void warnUncited() {
        for (Map.Entry<String, ScalarNode> e : ids.entrySet()) {
            if (!cited.contains(e.getKey())) {
                tools.log().warn(e.getValue(), "source '" + e.getKey() + "' is never cited",
                        "cite it from an issue, actor or stance, or remove it");
            }
        }
    }
}
