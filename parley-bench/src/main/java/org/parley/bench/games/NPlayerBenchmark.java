package org.parley.bench.games;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.games.StrategicGame;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.Solvers;
import org.parley.games.solve.StrategicEquilibriumSolver;

/**
 * Time per solve of the n-player methods on random strategic games ({@link RandomGames#strategic}, seed
 * {@link RandomGames#SEED}), taken from the {@link Solvers} registry by name in its default arithmetic.
 * The default {@code method} list holds the methods registered when this was written; add others with
 * {@code -p method=logit,simpdiv,gnm} once they are registered (an unregistered name fails that
 * parameter's setup with a message, the other parameters still run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NPlayerBenchmark {
    @Param({"logit", "simpdiv"})
    public String method;

    @Param({"3x3x3", "5x5x5", "3x3x3x3"})
    public String shape;

    private StrategicGame game;
    private StrategicEquilibriumSolver solver;

    @Setup
    public void setUp() {
        game = RandomGames.strategic(RandomGames.parseShape(shape), RandomGames.SEED);
        SolverEntry e = Solvers.byName(method).orElseThrow(() -> new IllegalStateException(
                "method " + method + " is not registered; registered: " + Solvers.names()));
        solver = e.strategicSolver(e.defaultArithmetic()).orElseThrow(() -> new IllegalStateException(
                "method " + method + " has no strategic-form solver"));
    }

    @Benchmark
    public EquilibriumResult solve() {
        return solver.solve(game);
    }
}
