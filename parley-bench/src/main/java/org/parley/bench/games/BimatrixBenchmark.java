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
import org.parley.games.Arithmetic;
import org.parley.games.solve.bimatrix.Bimatrix;
import org.parley.games.solve.bimatrix.BimatrixResult;
import org.parley.games.solve.bimatrix.LemkeHowson;
import org.parley.games.solve.bimatrix.ZeroSumLpSolver;

/**
 * Time per solve of the polynomial-per-pivot bimatrix methods on square random games of size 10..80
 * ({@link RandomGames#bimatrix} / {@link RandomGames#zeroSum}, seed {@link RandomGames#SEED}).
 *
 * <ul>
 *   <li>{@code lemkeHowsonExact}: one Lemke–Howson path dropping label 1, fraction-free integer pivoting.</li>
 *   <li>{@code lemkeHowsonDouble}: the same path pivoting in doubles; the final basis is re-solved exactly
 *       and checked (part of the measured time), with an exact re-run if the check fails.</li>
 *   <li>{@code zeroSumLp}: the exact simplex LP of the row player on a random zero-sum game.</li>
 * </ul>
 * Setup builds the games once per trial; the measured operation is the solver call only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BimatrixBenchmark {
    @Param({"10", "20", "40", "80"})
    public int size;

    private Bimatrix game;
    private Bimatrix zeroSum;
    private final LemkeHowson lemkeHowson = new LemkeHowson();
    private final ZeroSumLpSolver lp = new ZeroSumLpSolver();
    private final LemkeHowson.Options exact = LemkeHowson.Options.singlePath(1);
    private final LemkeHowson.Options dbl = LemkeHowson.Options.singlePath(1).withArithmetic(Arithmetic.DOUBLE);
    private final ZeroSumLpSolver.Options lpOptions = ZeroSumLpSolver.Options.defaults();

    @Setup
    public void setUp() {
        game = RandomGames.bimatrix(size, size, RandomGames.SEED);
        zeroSum = RandomGames.zeroSum(size, size, RandomGames.SEED);
    }

    @Benchmark
    public BimatrixResult lemkeHowsonExact() {
        return lemkeHowson.solve(game, exact);
    }

    @Benchmark
    public BimatrixResult lemkeHowsonDouble() {
        return lemkeHowson.solve(game, dbl);
    }

    @Benchmark
    public BimatrixResult zeroSumLp() {
        return lp.solve(zeroSum, lpOptions);
    }
}
