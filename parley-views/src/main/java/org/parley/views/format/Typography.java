package org.parley.views.format;

/**
 * The few characters that differ between the terminal (plain ASCII, so that any console and any pipe shows it) and
 * the HTML report (proper typography).
 */
public enum Typography {
    /** Terminal text: "-" for a missing value and for the minus sign. */
    ASCII("-", "-"),
    /** The report: an em dash for a missing value, U+2212 for the minus sign. */
    UNICODE("\u2014", "\u2212");

    private final String missing;
    private final String minus;

    Typography(String missing, String minus) {
        this.missing = missing;
        this.minus = minus;
    }

    /** What stands in for a missing value. */
    public String missing() {
        return missing;
    }

    /** The minus sign. */
    public String minus() {
        return minus;
    }
}
