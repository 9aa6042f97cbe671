package org.parley.sweep.engine;

import java.util.ServiceLoader;

/**
 * Makes an engine by id: the local engine always, others (the Spark engine) when their module is on the class
 * path and registers a factory with {@link ServiceLoader}. This keeps Spark out of every module but its own.
 */
public interface SweepEngineFactory {
    /** The engine's id, as given to {@code --engine}. */
    String id();

    /**
     * A new engine.
     *
     * @param master  where to run (a Spark master URL such as {@code local[*]}); null for the engine's default
     * @param threads worker threads for local engines; 0 for the engine's default (every core)
     */
    SweepEngine create(String master, int threads);

    /**
     * The engine with this id.
     *
     * @throws IllegalArgumentException when no engine of that id is on the class path
     */
    static SweepEngine create(String id, String master, int threads) {
        if (id.equals("local")) {
            return threads > 0 ? new LocalEngine(threads) : new LocalEngine();
        }
        for (SweepEngineFactory f : ServiceLoader.load(SweepEngineFactory.class)) {
            if (f.id().equals(id)) {
                return f.create(master, threads);
            }
        }
        throw new IllegalArgumentException("engine '" + id + "' is not available" + (id.equals("spark")
                ? ": the Spark engine (module parley-spark) is not on the class path; see docs/analysis/sweeps.md"
                : "; known: local, spark"));
    }
}
