package org.parley.analysis.levers;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Options of a lever search.
 *
 * @param gridPoints         number of equally spaced scan points over the domain (≥ 3; the current value is added);
 *                           a crossing pair closer together than the grid spacing can be missed
 * @param relativeTolerance  bisection stops when the bracket is narrower than this × the domain width (0 &lt; t &lt; 0.1)
 * @param capabilityFactor   k: capability is scanned over (0, k × current] (&gt; 1)
 * @param lowerFraction      the open lower end of salience and capability domains is scanned from this fraction of the
 *                           upper end (0 &lt; f &lt; 0.5), since 0 itself is not a valid value
 * @param maxBisections      cap on bisection steps per crossing (≥ 1); running out is reported on the crossing
 */
public record LeverOptions(int gridPoints, double relativeTolerance, double capabilityFactor, double lowerFraction,
                           int maxBisections) {
    /** 201 points, 1e-6 relative tolerance, k = 10, lower end 1e-3 of the upper end, 100 bisections. */
    public static final LeverOptions DEFAULTS = new LeverOptions(201, 1e-6, 10.0, 1e-3, 100);

    public LeverOptions {
        if (gridPoints < 3) {
            throw new IllegalArgumentException("gridPoints must be at least 3, got " + gridPoints);
        }
        if (!(relativeTolerance > 0 && relativeTolerance < 0.1)) {
            throw new IllegalArgumentException("relativeTolerance must be in (0, 0.1), got " + relativeTolerance);
        }
        if (!(capabilityFactor > 1) || Double.isInfinite(capabilityFactor)) {
            throw new IllegalArgumentException("capabilityFactor must be a finite number > 1, got " + capabilityFactor);
        }
        if (!(lowerFraction > 0 && lowerFraction < 0.5)) {
            throw new IllegalArgumentException("lowerFraction must be in (0, 0.5), got " + lowerFraction);
        }
        if (maxBisections < 1) {
            throw new IllegalArgumentException("maxBisections must be at least 1, got " + maxBisections);
        }
    }

    public LeverOptions withGridPoints(int n) {
        return new LeverOptions(n, relativeTolerance, capabilityFactor, lowerFraction, maxBisections);
    }

    /** The options as name → value text ({@link Double#toString} for numbers), for provenance. */
    public SortedMap<String, String> asParameters() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("gridPoints", Integer.toString(gridPoints));
        m.put("relativeTolerance", Double.toString(relativeTolerance));
        m.put("capabilityFactor", Double.toString(capabilityFactor));
        m.put("lowerFraction", Double.toString(lowerFraction));
        m.put("maxBisections", Integer.toString(maxBisections));
        return m;
    }
}
