package org.parley.games;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.games.numeric.Rational;

/** Seeded random games for property tests. */
public final class RandomGames {
    private RandomGames() {
    }

    private static final String[] LABELS = {"", "a", "b c", "q\"uote", "back\\slash", "dup", "dup", "é"};

    static String label(SplittableRandom rnd) {
        return LABELS[rnd.nextInt(LABELS.length)];
    }

    static Rational payoff(SplittableRandom rnd) {
        return rnd.nextInt(4) == 0 ? Rational.of(rnd.nextInt(-9, 10), rnd.nextInt(1, 5)) : Rational.of(rnd.nextInt(-3, 4));
    }

    public static StrategicGame strategic(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = rnd.nextInt(1, 4);
        StrategicGame.Builder b = StrategicGame.builder().title(label(rnd)).comment(label(rnd));
        int cells = 1;
        for (int i = 0; i < n; i++) {
            int m = rnd.nextInt(1, 5);
            List<String> s = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                s.add(label(rnd));
            }
            b.player(label(rnd), s);
            cells *= m;
        }
        boolean outcomes = rnd.nextBoolean();
        if (outcomes) {
            int k = rnd.nextInt(1, 4);
            for (int o = 0; o < k; o++) {
                Rational[] v = new Rational[n];
                for (int i = 0; i < n; i++) {
                    v[i] = payoff(rnd);
                }
                b.addOutcome(label(rnd), v);
            }
            for (int c = 0; c < cells; c++) {
                b.cellOutcome(c, rnd.nextInt(-1, k));
            }
        } else {
            for (int c = 0; c < cells; c++) {
                Rational[] v = new Rational[n];
                for (int i = 0; i < n; i++) {
                    v[i] = payoff(rnd);
                }
                b.cellPayoffs(c, v);
            }
        }
        return b.build();
    }

    /**
     * A random tree with perfect recall: personal nodes get fresh information sets, except that with some
     * probability a node joins an earlier information set of the same player whose members have the same
     * own history (so recall stays perfect). Chance nodes have random rational probabilities.
     */
    public static ExtensiveGame extensive(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = rnd.nextInt(1, 4);
        ExtensiveGame.Builder b = ExtensiveGame.builder().title(label(rnd));
        for (int i = 0; i < n; i++) {
            b.player(label(rnd));
        }
        int outcomes = rnd.nextInt(1, 5);
        for (int o = 0; o < outcomes; o++) {
            Rational[] v = new Rational[n];
            for (int i = 0; i < n; i++) {
                v[i] = payoff(rnd);
            }
            b.addOutcome(label(rnd), v);
        }
        int[] nextInfoset = new int[n + 1];
        // (player, own history) -> infoset numbers usable at that history, with their action counts
        java.util.Map<String, List<int[]>> shareable = new java.util.HashMap<>();
        grow(b.root(), rnd, n, 0, nextInfoset, shareable, new String[n], outcomes);
        return b.build();
    }

    private static void grow(ExtensiveGame.Builder.Draft d, SplittableRandom rnd, int n, int depth, int[] next,
                             java.util.Map<String, List<int[]>> shareable, String[] history, int outcomes) {
        d.label(label(rnd));
        if (rnd.nextInt(3) == 0) {
            d.outcome(rnd.nextInt(outcomes));
        }
        if (depth >= 4 || rnd.nextInt(4) == 0) {
            return;
        }
        if (rnd.nextInt(5) == 0) {
            int m = rnd.nextInt(1, 4);
            List<String> acts = new ArrayList<>();
            List<Rational> probs = new ArrayList<>();
            Rational left = Rational.ONE;
            for (int k = 0; k < m; k++) {
                acts.add(label(rnd));
                Rational p = k == m - 1 ? left : left.multiply(Rational.of(rnd.nextInt(0, 4), 3));
                probs.add(p);
                left = left.subtract(p);
            }
            var kids = d.chance(++next[n], label(rnd), acts, probs);
            for (var k : kids) {
                grow(k, rnd, n, depth + 1, next, shareable, history.clone(), outcomes);
            }
            return;
        }
        int p = rnd.nextInt(n);
        String key = p + "|" + history[p];
        List<int[]> options = shareable.computeIfAbsent(key, x -> new ArrayList<>());
        int number;
        int m;
        List<ExtensiveGame.Builder.Draft> kids;
        if (!options.isEmpty() && rnd.nextBoolean()) {
            int[] h = options.get(rnd.nextInt(options.size()));
            number = h[0];
            m = h[1];
            kids = d.personal(p, number, null, null);
        } else {
            m = rnd.nextInt(1, 4);
            number = ++next[p];
            List<String> acts = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                acts.add(label(rnd));
            }
            kids = d.personal(p, number, label(rnd), acts);
            options.add(new int[] {number, m});
        }
        for (int a = 0; a < kids.size(); a++) {
            String[] h = history.clone();
            h[p] = history[p] + "/" + number + ":" + a;
            grow(kids.get(a), rnd, n, depth + 1, next, shareable, h, outcomes);
        }
    }
}
