package org.parley.sweep.sample;

/** Which number of a scenario an uncertain input is. */
public enum InputAttribute {
    /** An actor's position on an issue; domain: the scale. */
    POSITION,
    /** An actor's salience on an issue; domain (0, 100]. */
    SALIENCE,
    /** An actor's capability; domain (0, ∞). */
    CAPABILITY,
    /** An issue's status quo; domain: the scale. */
    STATUS_QUO
}
