package org.parley.sweep.sample;

/**
 * One-at-a-time swings: every input moved alone across its swing interval while the others keep the values
 * written in the file. Point 0 is the base point; then for input i the points 1 + i·g … i·g + g are the g
 * evenly spaced values of its interval, ends included. The swing interval is the range for a range, and the 5%
 * to 95% quantiles for a (truncated) normal.
 */
public record SwingDesign(InputSpace space, int gridPoints) implements SweepDesign {
    /** Lower and upper quantile of the swing interval of a normal input. */
    public static final double NORMAL_LOW = 0.05, NORMAL_HIGH = 0.95;

    public SwingDesign {
        if (gridPoints < 2) {
            throw new IllegalArgumentException("swing grid points must be >= 2, got " + gridPoints);
        }
    }

    @Override
    public long size() {
        return 1 + (long) space.dimension() * gridPoints;
    }

    /** The swing interval [low, high] of input i. */
    public double[] interval(int i) {
        InputDistribution d = space.inputs().get(i).distribution();
        if (d instanceof InputDistribution.TruncatedNormal) {
            return new double[] {d.quantile(NORMAL_LOW), d.quantile(NORMAL_HIGH)};
        }
        return new double[] {d.low(), d.high()};
    }

    /** The value of input i at grid point g (0 … gridPoints−1). */
    public double gridValue(int i, int g) {
        double[] iv = interval(i);
        return g == gridPoints - 1 ? iv[1] : iv[0] + (iv[1] - iv[0]) * g / (gridPoints - 1);
    }

    @Override
    public void point(long index, double[] x) {
        double[] b = space.baseValues();
        System.arraycopy(b, 0, x, 0, b.length);
        if (index == 0) {
            return;
        }
        int i = (int) ((index - 1) / gridPoints), g = (int) ((index - 1) % gridPoints);
        x[i] = gridValue(i, g);
    }
}
