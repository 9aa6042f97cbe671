package org.parley.bench.games;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The JMH benchmark operations of this package again, timed by the CPU time of the measuring thread
 * instead of wall time. On a shared machine (other builds running) wall time per operation grows with
 * the load while thread CPU time mostly does not (caches and memory bandwidth are still shared), so this
 * table is the steadier figure; JMH remains the reference for methodology (forks, blackholes).
 *
 * <p>Per case: warm-up until {@code warmSeconds} of CPU time (at least 2 operations), then operations
 * until {@code measureSeconds} of CPU time (at least 3 operations); reports CPU and wall ms per operation.
 * Same games, seeds and solver calls as the JMH classes (it calls their {@code @Setup} and
 * {@code @Benchmark} methods).
 *
 * <p>Usage: {@code java -Dparley.shared.dir=DIR -cp benchmarks.jar org.parley.bench.games.CpuTimeTable
 * [warmSeconds] [measureSeconds] [nPlayerMethods]} (defaults 1, 2 and {@code logit,simpdiv}).
 */
public final class CpuTimeTable {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private CpuTimeTable() {
    }

    private record Case(String benchmark, String param, Callable<?> op) {
    }

    public static void main(String[] args) throws Exception {
        double warm = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        double measure = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        List<Case> cases = new ArrayList<>();
        for (int size : new int[] {10, 20, 40, 80}) {
            BimatrixBenchmark b = new BimatrixBenchmark();
            b.size = size;
            b.setUp();
            cases.add(new Case("BimatrixBenchmark.lemkeHowsonExact", "size=" + size, b::lemkeHowsonExact));
            cases.add(new Case("BimatrixBenchmark.lemkeHowsonDouble", "size=" + size, b::lemkeHowsonDouble));
            cases.add(new Case("BimatrixBenchmark.zeroSumLp", "size=" + size, b::zeroSumLp));
        }
        for (int size : new int[] {4, 6, 8, 10}) {
            EnumerationBenchmark b = new EnumerationBenchmark();
            b.size = size;
            b.setUp();
            cases.add(new Case("EnumerationBenchmark.enumMixed", "size=" + size, b::enumMixed));
            cases.add(new Case("EnumerationBenchmark.lcpAllReachable", "size=" + size, b::lcpAllReachable));
        }
        for (String method : (args.length > 2 ? args[2] : "logit,simpdiv").split(",")) {
            for (String shape : new String[] {"3x3x3", "5x5x5", "3x3x3x3"}) {
                NPlayerBenchmark b = new NPlayerBenchmark();
                b.method = method;
                b.shape = shape;
                try {
                    b.setUp();
                } catch (IllegalStateException e) {
                    System.out.println("skipped NPlayerBenchmark " + method + " " + shape + ": " + e.getMessage());
                    continue;
                }
                cases.add(new Case("NPlayerBenchmark.solve", "method=" + method + " shape=" + shape, b::solve));
            }
        }
        for (String file : new String[] {"2x2.nfg", "8x8.nfg", "5x4x3.nfg", "random-80x80.nfg", "random-10x10x10.nfg",
                "cent2.efg", "bayes2a.efg", "artist2.efg", "condjury.efg", "jury_un.efg", "ttt.efg"}) {
            ReaderBenchmark b = new ReaderBenchmark();
            b.file = file;
            b.setUp();
            cases.add(new Case("ReaderBenchmark.parse", "file=" + file, b::parse));
        }
        System.out.println("| benchmark | parameters | ops | CPU ms/op | wall ms/op |");
        System.out.println("|---|---|---:|---:|---:|");
        Object sink = null;
        for (Case c : cases) {
            long c0 = MX.getCurrentThreadCpuTime();
            int w = 0;
            while (w < 2 || MX.getCurrentThreadCpuTime() - c0 < warm * 1e9) {
                sink = c.op().call();
                w++;
            }
            int n = 0;
            long cpu0 = MX.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            while (n < 3 || MX.getCurrentThreadCpuTime() - cpu0 < measure * 1e9) {
                sink = c.op().call();
                n++;
            }
            double cpu = (MX.getCurrentThreadCpuTime() - cpu0) / 1e6 / n;
            double wall = (System.nanoTime() - wall0) / 1e6 / n;
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s |%n", c.benchmark(), c.param(), n, fmt(cpu), fmt(wall));
            System.out.flush();
        }
        if (sink == null) System.out.println("(no result)");
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : ms >= 1 ? "%.2f" : "%.4f", ms);
    }
}
