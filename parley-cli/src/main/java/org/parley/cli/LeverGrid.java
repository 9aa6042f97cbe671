package org.parley.cli;

/** The bound on lever grid sizes given on the command line: each grid point costs one forecast (issue 12). */
final class LeverGrid {
    /** Most grid points per lever: 10,001 (a step of 1/10,000 of the domain). */
    static final int MAX_POINTS = 10_001;

    private LeverGrid() {
    }
}
