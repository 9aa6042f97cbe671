package org.parley.views.svg;

/**
 * The colours and dash patterns of every chart: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), with dash patterns that keep series apart in black-and-white print.
 */
public final class Palette {
    /** Okabe–Ito colours; black last, because the issue charts reserve it for the status quo and the forecast. */
    private static final String[] OKABE_ITO = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#F0E442", "#000000"};
    /** Dash patterns, cycled with the series colours so that series remain distinct in greyscale. */
    private static final String[] DASHES = {"", "7 3", "2 3", "9 3 2 3", "4 4", "1 2", "12 4"};
    /** Number of series colours (black excluded). */
    private static final int SERIES = OKABE_ITO.length - 1;

    private Palette() {
    }

    /** The colour of series {@code i} (models, actors) on a chart where black is taken: 7 colours, cycled. */
    public static String series(int i) {
        return OKABE_ITO[Math.floorMod(i, SERIES)];
    }

    /** The colour of item {@code i} (players, lever lines) on a chart where black is free: all 8 colours, cycled. */
    public static String item(int i) {
        return OKABE_ITO[Math.floorMod(i, OKABE_ITO.length)];
    }

    /** The dash pattern of series {@code i} ("" for solid). */
    public static String dash(int i) {
        // colour and dash cycle together first; after one full cycle the dash shifts so pairs do not repeat
        int k = Math.floorMod(i, SERIES) + Math.floorDiv(i, SERIES);
        return DASHES[Math.floorMod(k, DASHES.length)];
    }
}
