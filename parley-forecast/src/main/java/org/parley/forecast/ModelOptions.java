package org.parley.forecast;

import java.util.SortedMap;

/**
 * A model's typed, validated options. Implemented by one immutable record per model.
 */
public interface ModelOptions {
    /** The options as name → value text, for provenance and reports. Sorted by name, complete. */
    SortedMap<String, String> asParameters();
}
