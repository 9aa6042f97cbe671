package org.parley.spark;

import org.parley.sweep.engine.SweepEngine;
import org.parley.sweep.engine.SweepEngineFactory;

/** Registers the Spark engine under {@code spark} ({@link java.util.ServiceLoader}). */
public final class SparkEngineFactory implements SweepEngineFactory {
    @Override
    public String id() {
        return "spark";
    }

    @Override
    public SweepEngine create(String master, int threads) {
        return new SparkEngine(master != null ? master : threads > 0 ? "local[" + threads + "]" : null);
    }
}
