package org.parley.analysis.levers;

/**
 * One evaluation of the black box: the attribute value, what it said and whether that meets the target. When the
 * black box rejected the modified scenario, {@code reading} is null, {@code satisfied} false and {@code error} says
 * why; such points never bound a crossing.
 */
public record ScanPoint(double value, Reading reading, boolean satisfied, String error) {
    public boolean isValid() {
        return error == null;
    }
}
