package org.parley.cli;

import java.util.List;

/** Applies {@code --limit NAME=N} options to a limits record (scenario or game limits): one parsing rule for both. */
public final class LimitSettings {
    private LimitSettings() {
    }

    /** Sets one named limit, throwing {@link IllegalArgumentException} for an unknown name or a bad value. */
    @FunctionalInterface
    public interface Setter<T> {
        T with(T limits, String name, long value);
    }

    /**
     * The limits after every {@code NAME=N} item, in order.
     *
     * @param names the accepted names, for the message of a malformed item
     * @throws UsageException naming the bad option value (exit 2)
     */
    public static <T> T apply(List<String> items, T start, Setter<T> setter, List<String> names) {
        T limits = start;
        for (String item : items) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--limit expects NAME=N, got '" + item + "'; names: "
                        + String.join(", ", names));
            }
            String name = item.substring(0, eq).trim();
            String number = item.substring(eq + 1).trim().replace("_", "");
            long value;
            try {
                value = Long.parseLong(number);
            } catch (NumberFormatException e) {
                throw new UsageException("--limit " + name + " expects a whole number, got '" + number + "'");
            }
            try {
                limits = setter.with(limits, name, value);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--limit: " + e.getMessage());
            }
        }
        return limits;
    }
}
