package org.parley.analysis.levers;

/**
 * What a black box (a bargaining model, a crisis game) says for one modified scenario: a number (a forecast, a
 * probability) and, for categorical responses, a label (e.g. the most likely crisis outcome). {@code value} is NaN
 * for purely categorical responses; {@code label} is null for purely numeric ones.
 */
public record Reading(double value, String label) {
    public static Reading of(double value) {
        return new Reading(value, null);
    }
}
