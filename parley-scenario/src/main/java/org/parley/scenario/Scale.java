package org.parley.scenario;

/**
 * The policy continuum of an issue: [min, max] with what each end means.
 */
public record Scale(double min, double max, String minMeaning, String maxMeaning) {
    public static final Scale DEFAULT = new Scale(0, 100, "", "");

    public Scale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("scale needs finite min < max, got [" + min + ", " + max + "]");
        }
        minMeaning = minMeaning == null ? "" : minMeaning;
        maxMeaning = maxMeaning == null ? "" : maxMeaning;
    }

    public double range() {
        return max - min;
    }

    public boolean contains(double x) {
        return x >= min && x <= max;
    }

    public double clamp(double x) {
        return Math.max(min, Math.min(max, x));
    }
}
