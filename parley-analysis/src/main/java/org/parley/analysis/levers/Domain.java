package org.parley.analysis.levers;

/**
 * The interval an attribute is scanned over: [low, high]. When {@code lowOpen}, the valid domain is open at the low
 * end (salience and capability must be &gt; 0) and {@code low} is the smallest value scanned.
 */
public record Domain(double low, double high, boolean lowOpen) {
    public Domain {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException("domain needs finite low < high, got [" + low + ", " + high + "]");
        }
    }

    public double width() {
        return high - low;
    }

    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
