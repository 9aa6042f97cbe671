package org.parley.scenario.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The shape of a document: the keys of a mapping, lists of mappings, text, lists of text and ids, each read with
 * its problems logged at the node that causes them. Shared by every section reader. Cost linear in the nodes read
 * (plus a did-you-mean search per unknown key).
 */
final class NodeReader {
    private final ProblemLog log;

    NodeReader(ProblemLog log) {
        this.log = log;
    }

    /**
     * The keys of a mapping: reports non-text keys, duplicate keys, unknown keys (with a did-you-mean hint),
     * reserved keys (warning), missing required keys and required keys without a value. Keys with a null value
     * are left out of the result, so callers see only usable values.
     */
    Map<String, KeyedNode> fields(MappingNode m, ScenarioSection section) {
        Map<String, KeyedNode> result = new LinkedHashMap<>();
        Map<String, ScalarNode> seen = new LinkedHashMap<>();
        boolean root = section == ScenarioSection.ROOT;
        List<String> candidates = new ArrayList<>(section.keys());
        if (root) {
            candidates.addAll(ScenarioSection.RESERVED_TOP_LEVEL_KEYS);
        }
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key) || isNull(t.getKeyNode())) {
                log.error(t.getKeyNode(), "a key must be plain text, got " + describe(t.getKeyNode()) + " in "
                        + section.displayName(), "");
                continue;
            }
            String k = key.getValue();
            ScalarNode first = seen.putIfAbsent(k, key);
            if (first != null) {
                log.error(key, "duplicate key '" + k + "' in " + section.displayName() + " (first at line "
                        + line(first) + ")", "remove one of them");
                continue;
            }
            if (root && ScenarioSection.RESERVED_TOP_LEVEL_KEYS.contains(k)) {
                log.warn(key, "the key '" + k + "' is reserved for a later version of Parley and is ignored", "");
                continue;
            }
            if (!section.keys().contains(k)) {
                log.error(key, "unknown key '" + k + "' in " + section.displayName(), Suggest.hint(k, candidates));
                continue;
            }
            if (isNull(t.getValueNode())) {
                if (section.requiredKeys().contains(k)) {
                    log.error(key, "the required key '" + k + "' in " + section.displayName() + " has no value", "");
                }
                continue;
            }
            result.put(k, new KeyedNode(key, t.getValueNode()));
        }
        for (String required : section.requiredKeys()) {
            if (!seen.containsKey(required)) {
                log.error(m, "missing required key '" + required + "' in " + section.displayName(), "");
            }
        }
        return result;
    }

    /**
     * The entries of a mapping whose keys are names the document chooses (issue ids under {@code positions},
     * stance and parameter names of a game), in file order: reports non-text and duplicate keys.
     *
     * @param whose   how messages name the mapping, e.g. "the positions of actor 'a'"
     * @param keyKind how messages name a key, e.g. "an issue id"
     * @param hint    the hint for a duplicate key
     */
    List<KeyedNode> namedEntries(MappingNode m, String whose, String keyKind, String hint) {
        List<KeyedNode> out = new ArrayList<>();
        Map<String, ScalarNode> seen = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key) || isNull(key)) {
                log.error(t.getKeyNode(), keyKind + " must be plain text, got " + describe(t.getKeyNode()), "");
                continue;
            }
            ScalarNode first = seen.putIfAbsent(key.getValue(), key);
            if (first != null) {
                log.error(key, "duplicate key '" + key.getValue() + "' in " + whose + " (first at line " + line(first)
                        + ")", hint);
                continue;
            }
            out.add(new KeyedNode(key, t.getValueNode()));
        }
        return out;
    }

    /** The mapping elements of a list-valued field; reports a non-list value and non-mapping elements. */
    List<MappingNode> listOfMappings(KeyedNode f, String key, String elementDescription) {
        List<MappingNode> out = new ArrayList<>();
        if (!(f.value() instanceof SequenceNode seq)) {
            log.error(f.value(), "'" + key + "' must be a list, got " + describe(f.value()), "");
            return out;
        }
        for (Node n : seq.getValue()) {
            if (n instanceof MappingNode m) {
                out.add(m);
            } else {
                log.error(n, "each entry of '" + key + "' must be " + elementDescription + ", got " + describe(n), "");
            }
        }
        return out;
    }

    /**
     * Reads an id and records it in {@code defined}; a second definition of the same id is reported where it
     * occurs (with the line of the first), an empty id where it is written.
     *
     * @return the id, or null when absent, not text, empty or a duplicate
     */
    String defineId(KeyedNode f, String kind, Map<String, ScalarNode> defined) {
        String id = text(f);
        if (id == null) {
            return null;
        }
        ScalarNode node = (ScalarNode) f.value();
        if (id.isBlank()) {
            log.error(node, "the id of " + (kind.equals("issue") || kind.equals("actor") ? "an " : "a ") + kind
                    + " must not be empty", "");
            return null;
        }
        ScalarNode first = defined.putIfAbsent(id, node);
        if (first != null) {
            log.error(node, "duplicate " + kind + " id '" + id + "' (first defined at line " + line(first) + ")",
                    "ids must be unique among " + kind + "s");
            return null;
        }
        return id;
    }

    /** A list of text; reports a value that is not a list and entries that are not text. Empty when absent. */
    List<String> textList(KeyedNode f) {
        List<String> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        if (!(f.value() instanceof SequenceNode seq)) {
            log.error(f.value(), "'" + f.name() + "' must be a list of text, got " + describe(f.value()), "");
            return out;
        }
        for (Node n : seq.getValue()) {
            if (n instanceof ScalarNode s && !isNull(n)) {
                out.add(s.getValue());
            } else {
                log.error(n, "each entry of '" + f.name() + "' must be text, got " + describe(n), "");
            }
        }
        return out;
    }

    /** Text of any scalar, as written; null when absent or on a type error (reported). */
    String text(KeyedNode f) {
        if (f == null) {
            return null;
        }
        if (f.value() instanceof ScalarNode s) {
            return s.getValue();
        }
        log.error(f.value(), "expected text for '" + f.name() + "', got " + describe(f.value()), "");
        return null;
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** How messages name what a node holds, e.g. "a list", "the number 3", "text 'abc'". */
    static String describe(Node n) {
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

    /** The 1-based line of a node (0 when it has no position). */
    static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }
}
