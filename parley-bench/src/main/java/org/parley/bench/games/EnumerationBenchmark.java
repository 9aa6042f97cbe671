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
import org.parley.games.solve.bimatrix.ExtremeEquilibriumEnumerator;
import org.parley.games.solve.bimatrix.LemkeHowson;

/**
 * Time per solve of the methods that look for all equilibria of a random square bimatrix game
 * ({@link RandomGames#bimatrix}, seed {@link RandomGames#SEED}): exponential in the worst case, so only
 * small sizes. {@link ScalingProbe} shows where each stops being feasible.
 *
 * <ul>
 *   <li>{@code enumMixed}: all extreme equilibria by vertex enumeration of both best-response polytopes
 *       (Gambit's {@code enummixed}), exact.</li>
 *   <li>{@code lcpAllReachable}: every equilibrium reachable by Lemke–Howson paths from the artificial
 *       equilibrium and from each equilibrium found (Gambit's {@code lcp} on tables), exact.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EnumerationBenchmark {
    @Param({"4", "6", "8", "10"})
    public int size;

    private Bimatrix game;
    private final ExtremeEquilibriumEnumerator enumerator = new ExtremeEquilibriumEnumerator();
    private final ExtremeEquilibriumEnumerator.Options enumOptions = ExtremeEquilibriumEnumerator.Options.defaults();
    private final LemkeHowson lemkeHowson = new LemkeHowson();
    private final LemkeHowson.Options all = LemkeHowson.Options.defaults().withArithmetic(Arithmetic.EXACT);

    @Setup
    public void setUp() {
        game = RandomGames.bimatrix(size, size, RandomGames.SEED);
    }

    @Benchmark
    public BimatrixResult enumMixed() {
        return enumerator.solve(game, enumOptions);
    }

    @Benchmark
    public BimatrixResult lcpAllReachable() {
        return lemkeHowson.solve(game, all);
    }
}
