package org.parley.sweep;

import java.util.List;

/** The output columns of a sweep's replicates, in a fixed order: column i of every row is {@code columns().get(i)}. */
public record OutputLayout(List<OutputId> columns) {
    public OutputLayout {
        columns = List.copyOf(columns);
    }

    public int size() {
        return columns.size();
    }

    /** The column index of an output, or −1 (linear: layouts have tens of columns). */
    public int indexOf(OutputId id) {
        return columns.indexOf(id);
    }
}
