package org.parley.sweep;

import org.parley.sweep.stats.Share;

/**
 * The probability of a zone.
 *
 * @param zone  the zone
 * @param model the model that stood in for references without one; null when the condition names its models
 * @param share samples inside the zone among those in which the condition could be read
 */
public record ZoneProbability(Zone zone, String model, Share share) {
}
