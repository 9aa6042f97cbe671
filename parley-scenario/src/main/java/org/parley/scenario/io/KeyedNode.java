package org.parley.scenario.io;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * One key of a mapping with its value, as the reader found them: problems about the key (unknown, duplicate, in
 * conflict with another) are reported at {@code key}, problems about the value at {@code value}.
 */
record KeyedNode(ScalarNode key, Node value) {
    /** The key's text. */
    String name() {
        return key.getValue();
    }
}
