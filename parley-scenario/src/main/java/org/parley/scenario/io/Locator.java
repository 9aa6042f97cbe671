package org.parley.scenario.io;

import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns a JSON pointer into the file position of the node it names, so that problems found after reading (e.g. by
 * the analysis module in the {@code games:} section) are reported as {@code file:line:column: message} like every
 * other scenario problem.
 *
 * <p>Pointer syntax (RFC 6901): {@code /games/0/stances/hold}; {@code ~1} stands for {@code /} and {@code ~0} for
 * {@code ~} in a segment. The position is that of the value the pointer names; of its key when the value is empty
 * ({@code key:} with nothing after it); and, when the pointer goes further than the file (a missing key or index),
 * that of the deepest node that exists, i.e. the mapping or list that lacks it — the reader's own convention for
 * missing keys. Immutable (holds the composed node tree, which it never changes). Cost O(depth × width).
 */
public final class Locator {
    private final String file;
    private final Node root;

    /**
     * @param file the file name problems report
     * @param root the composed document, or null when there is none (every problem is then unlocated)
     */
    Locator(String file, Node root) {
        this.file = Objects.requireNonNull(file, "file");
        this.root = root;
    }

    /** A locator without a document: every problem it makes is unlocated. */
    public static Locator none(String file) {
        return new Locator(file, null);
    }

    /** The file name problems report. */
    public String file() {
        return file;
    }

    /**
     * The 1-based {@code {line, column}} of the node the pointer names (or of its deepest existing ancestor), or
     * empty when there is no document or no position.
     */
    public Optional<int[]> locate(String pointer) {
        Node n = resolve(pointer);
        if (n == null) {
            return Optional.empty();
        }
        Optional<Mark> mark = n.getStartMark();
        return mark.map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1});
    }

    /** A problem at the node the pointer names (unlocated when it cannot be found). */
    public Problem problem(String pointer, String message, String hint) {
        return locate(pointer).map(lc -> new Problem(file, lc[0], lc[1], message, hint))
                .orElseGet(() -> Problem.unlocated(file, message, hint));
    }

    private Node resolve(String pointer) {
        if (root == null) {
            return null;
        }
        Node n = root;
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return n;
        }
        String[] segments = pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1);
        for (String raw : segments) {
            String seg = raw.replace("~1", "/").replace("~0", "~");
            Node next = null;
            if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(seg)) {
                        Node v = t.getValueNode();
                        next = v instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getValue().isEmpty()
                                ? k : v;
                        break;
                    }
                }
            } else if (n instanceof SequenceNode s) {
                try {
                    int i = Integer.parseInt(seg);
                    if (i >= 0 && i < s.getValue().size()) {
                        next = s.getValue().get(i);
                    }
                } catch (NumberFormatException e) {
                    next = null;
                }
            }
            if (next == null) {
                return n;
            }
            n = next;
        }
        return n;
    }
}
