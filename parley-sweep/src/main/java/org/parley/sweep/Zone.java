package org.parley.sweep;

import java.util.Objects;

/**
 * A region of outcomes an analyst cares about, named, with its condition as written ({@link ZoneCondition}
 * gives the grammar). A sweep reports the probability of each zone.
 *
 * @param name       the zone's name, e.g. {@code relief}
 * @param expression the condition, e.g. {@code sequencing >= 45}
 * @param models     the models the zone applies to when its condition names an issue without a model; empty: all
 */
public record Zone(String name, String expression, java.util.List<String> models) {
    public Zone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a zone needs a name");
        }
        models = models == null ? java.util.List.of() : java.util.List.copyOf(models);
    }

    public Zone(String name, String expression) {
        this(name, expression, java.util.List.of());
    }

    /**
     * Parses {@code NAME=EXPR} as given on the command line.
     *
     * @throws IllegalArgumentException without {@code =} or with an empty name
     */
    public static Zone parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || text.charAt(eq + 1 < text.length() ? eq + 1 : eq) == '=') {
            throw new IllegalArgumentException("--zone: expected NAME=EXPR, e.g. relief='sequencing >= 45'; got '"
                    + text + "'");
        }
        return new Zone(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }
}
