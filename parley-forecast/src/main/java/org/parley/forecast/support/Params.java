package org.parley.forecast.support;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads option values from a name → text map (command line, provenance), with messages naming the field.
 * Unknown names are rejected so that a misspelt option is not silently ignored.
 */
public final class Params {
    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param known the option names the model accepts
     * @throws IllegalArgumentException if the map holds a name not in {@code known}
     */
    public static Params of(Map<String, String> values, Set<String> known, String modelId) {
        for (String k : values.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option '" + k + "' for model " + modelId
                        + "; known: " + new java.util.TreeSet<>(known));
            }
        }
        return new Params(values);
    }

    public String text(String name, String dflt) {
        return values.getOrDefault(name, dflt);
    }

    public double dbl(String name, double dflt) {
        return parse(name, dflt, Double::parseDouble);
    }

    public int integer(String name, int dflt) {
        return parse(name, dflt, Integer::parseInt);
    }

    public boolean bool(String name, boolean dflt) {
        return parse(name, dflt, s -> {
            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(s);
            }
            throw new IllegalArgumentException("not a boolean");
        });
    }

    public <T> T parse(String name, T dflt, Function<String, T> parser) {
        String s = values.get(name);
        if (s == null) {
            return dflt;
        }
        try {
            return parser.apply(s.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": cannot read '" + s + "' (" + e.getMessage() + ")", e);
        }
    }
}
