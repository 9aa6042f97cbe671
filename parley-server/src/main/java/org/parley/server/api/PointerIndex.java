package org.parley.server.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Finds the JSON pointer of the node at a line and column of a scenario text (YAML or JSON), so that a problem the
 * scenario reader reports at {@code line:column} can also name the field (the UI marks that cell). The inverse of
 * the reader's {@code Locator}. Built once per text; cost linear in its size (each node is walked once, however often
 * aliases refer to it).
 */
final class PointerIndex {
    private record Entry(int line, int column, String pointer) {
    }

    private static final int MAX_DEPTH = 100;

    private final List<Entry> entries = new ArrayList<>();
    /** Nodes walked: an alias is the anchored node itself, so walking it again would expand alias bombs. */
    private final Set<Node> walked = Collections.newSetFromMap(new IdentityHashMap<>());

    private PointerIndex() {
    }

    /** The index of a text that composes; an empty index for one that does not (syntax errors have no pointer). */
    static PointerIndex of(String text) {
        PointerIndex index = new PointerIndex();
        try {
            LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setUseMarks(true).build();
            new Compose(settings).composeString(text).ifPresent(root -> index.walk(root, "", 0));
        } catch (RuntimeException e) {
            // a text that does not compose has no pointers; the reader reports its syntax error with a location
        }
        return index;
    }

    private void walk(Node node, String pointer, int depth) {
        if (depth > MAX_DEPTH || !walked.add(node)) {
            return; // scenarios are never this deep; an aliased node has the pointer of its anchor
        }
        node.getStartMark().ifPresent(m -> entries.add(new Entry(m.getLine() + 1, m.getColumn() + 1, pointer)));
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                t.getKeyNode().getStartMark().ifPresent(m -> entries.add(new Entry(m.getLine() + 1,
                        m.getColumn() + 1, child)));
                walk(t.getValueNode(), child, depth + 1);
            }
        } else if (node instanceof SequenceNode seq) {
            int i = 0;
            for (Node n : seq.getValue()) {
                walk(n, pointer + "/" + i++, depth + 1);
            }
        }
    }

    /** The pointer of the deepest node that starts exactly at {@code line:column}, if any. */
    Optional<String> at(int line, int column) {
        String best = null;
        for (Entry e : entries) {
            if (e.line == line && e.column == column && (best == null || e.pointer.length() > best.length())) {
                best = e.pointer;
            }
        }
        return Optional.ofNullable(best);
    }
}
