package org.parley.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep immutable copies of generic data trees (Map with String keys in insertion order, List, String, Number,
 * Boolean, null): the form in which sections that other modules interpret (e.g. {@code games:}) are carried.
 */
final class PlainData {
    private PlainData() {
    }

    /**
     * An unmodifiable deep copy.
     *
     * @throws IllegalArgumentException for a value of another type, a non-text key or a non-finite number
     */
    static Object freeze(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            return v;
        }
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("numbers must be finite, got " + d);
            }
            return d;
        }
        if (v instanceof Number n) {
            return freeze(n.doubleValue());
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new IllegalArgumentException("keys must be text, got " + e.getKey());
                }
                out.put(k, freeze(e.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(freeze(x));
            }
            return Collections.unmodifiableList(out);
        }
        throw new IllegalArgumentException("expected text, a number, a boolean, a list or a mapping, got "
                + v.getClass().getSimpleName());
    }
}
