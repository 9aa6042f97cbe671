package org.parley.sweep;

import org.parley.analysis.crisis.CrisisOutcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.parley.sweep.stats.Share;
import org.parley.sweep.stats.ValueSummary;

/**
 * One crisis game at one defender stance over a sweep's samples.
 *
 * @param game        game id
 * @param issue       the game's issue
 * @param stance      stance name
 * @param position    the defender position of that stance (fixed by the file; not sampled)
 * @param pDeal       distribution of P(deal)
 * @param pEscalation distribution of P(escalation)
 * @param pStatusQuo  distribution of P(status quo)
 * @param mostLikely  per outcome, the share of samples in which it is the most likely one (ties: deal, then
 *                    escalation, then status quo)
 */
public record CrisisSummary(String game, String issue, String stance, double position, ValueSummary pDeal,
                            ValueSummary pEscalation, ValueSummary pStatusQuo, Map<CrisisOutcome, Share> mostLikely) {
    public CrisisSummary {
        mostLikely = Collections.unmodifiableMap(new EnumMap<>(mostLikely));
    }
}
