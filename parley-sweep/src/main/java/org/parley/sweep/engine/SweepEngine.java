package org.parley.sweep.engine;

import org.parley.sweep.Phase;
import org.parley.sweep.SweepSetup;
import org.parley.sweep.SweepSpec;

/**
 * Evaluates every row of a phase's design and returns them in row order. Each row is a function of the spec and
 * its index alone ({@link org.parley.sweep.sample.SweepDesign}), so every engine, whatever its threads or
 * partitions, returns the same numbers bit for bit; summaries are computed from the ordered rows afterwards.
 */
public interface SweepEngine extends AutoCloseable {
    /** The engine's id ({@code local}, {@code spark}). */
    String id();

    /** How many rows it evaluates at once (threads, or Spark's default parallelism). */
    int parallelism();

    /**
     * The rows of a phase, row-major: row r at offset r × columns.
     *
     * @param setup the driver's setup of the spec (engines that ship work elsewhere rebuild it from {@code spec})
     * @throws SweepCancelledException when the monitor asks to stop
     */
    double[] evaluate(SweepSpec spec, SweepSetup setup, Phase phase, SweepMonitor monitor);

    /** Releases threads or the cluster connection. */
    @Override
    void close();
}
