package org.parley.sweep;

import org.parley.sweep.stats.Share;
import org.parley.sweep.stats.ValueSummary;

/**
 * One model's forecast of one issue over a sweep's samples.
 *
 * @param model       model id
 * @param issue       issue id
 * @param outcome     the distribution of the forecast (histogram over the issue's scale)
 * @param noAgreement the share of samples with no agreement among those where the model says (null when it never
 *                    does: the scenario does not say who decides, or the model ignores it)
 */
public record ForecastSummary(String model, String issue, ValueSummary outcome, Share noAgreement) {
}
