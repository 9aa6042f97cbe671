package org.parley.server.jobs;

import org.parley.server.db.RunOutput;

/** The work of one run: computes its output, reporting progress and honouring cancellation. */
@FunctionalInterface
public interface Computation {
    /**
     * @throws RunFailedException for a failure the user should see (its message is stored as the run's error)
     */
    RunOutput compute(Progress progress);
}
