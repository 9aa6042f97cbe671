package org.parley.games.solve.seqform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.games.ExtensiveGame;
import org.parley.games.numeric.Rational;

/** Hand-built and seeded random extensive games for the sequence-form and tree tests. */
public final class TreeFixtures {
    private TreeFixtures() {
    }

    static Rational r(long p) {
        return Rational.of(p);
    }

    /**
     * Kuhn poker (Kuhn, "A simplified two-person poker", Contributions to the Theory of Games I, 1950): cards
     * J &lt; Q &lt; K, ante 1 each, one card each, bets of 1. Player 1 checks or bets; after a check player 2
     * checks (showdown for 1) or bets, and player 1 then folds (−1) or calls (showdown for 2); after a bet
     * player 2 folds (+1 to player 1) or calls (showdown for 2). Zero-sum; its value for player 1 is −1/18.
     */
    public static ExtensiveGame kuhnPoker() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("Kuhn poker").players(List.of("P1", "P2"));
        String[] cards = {"J", "Q", "K"};
        List<String> deals = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int c1 = 0; c1 < 3; c1++) {
            for (int c2 = 0; c2 < 3; c2++) {
                if (c1 != c2) {
                    deals.add(cards[c1] + cards[c2]);
                    pairs.add(new int[] {c1, c2});
                }
            }
        }
        List<Rational> probs = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            probs.add(Rational.of(1, 6));
        }
        Map<Long, Integer> outcome = new HashMap<>();
        var kids = b.root().chance(1, "deal", deals, probs);
        for (int k = 0; k < 6; k++) {
            int c1 = pairs.get(k)[0];
            int c2 = pairs.get(k)[1];
            int win = c1 > c2 ? 1 : -1;
            // player 1: infoset 1+c1 (first move), 4+c1 (after check, bet); player 2: 1+c2 (after check), 4+c2 (after bet)
            var p1 = kids.get(k).personal(0, 1 + c1, cards[c1], List.of("check", "bet"));
            var afterCheck = p1.get(0).personal(1, 1 + c2, cards[c2] + " after check", List.of("check", "bet"));
            afterCheck.get(0).outcome(out(b, outcome, win));
            var p1again = afterCheck.get(1).personal(0, 4 + c1, cards[c1] + " facing bet", List.of("fold", "call"));
            p1again.get(0).outcome(out(b, outcome, -1));
            p1again.get(1).outcome(out(b, outcome, 2L * win));
            var afterBet = p1.get(1).personal(1, 4 + c2, cards[c2] + " after bet", List.of("fold", "call"));
            afterBet.get(0).outcome(out(b, outcome, 1));
            afterBet.get(1).outcome(out(b, outcome, 2L * win));
        }
        return b.build();
    }

    private static int out(ExtensiveGame.Builder b, Map<Long, Integer> cache, long v) {
        return cache.computeIfAbsent(v, k -> b.addOutcome("P1 " + k, r(k), r(-k)));
    }

    /**
     * A seeded random two-player tree with perfect recall: personal and chance nodes to depth {@code maxDepth},
     * 2–3 actions, integer payoffs in [−5, 5] (zero-sum when asked). A player's nodes are grouped into an
     * information set when they have the same own history and the same random "signal" bit, which keeps perfect
     * recall while producing non-trivial information sets.
     */
    public static ExtensiveGame randomTree(long seed, int maxDepth, boolean zeroSum) {
        SplittableRandom rnd = new SplittableRandom(seed);
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("random " + seed).players(List.of("P1", "P2"));
        Gen g = new Gen(b, rnd, zeroSum, maxDepth);
        g.grow(b.root(), 0, new String[] {"", ""});
        return b.build();
    }

    /** A seeded random perfect-information tree (every information set one node) with chance nodes and n players. */
    public static ExtensiveGame randomPerfectInformation(long seed, int players, int maxDepth, boolean manyTies) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            names.add("P" + (i + 1));
        }
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("pi " + seed).players(names);
        int[] next = new int[players + 1]; // last slot numbers chance information sets
        growPerfect(b, b.root(), rnd, 0, maxDepth, next, manyTies);
        return b.build();
    }

    private static void growPerfect(ExtensiveGame.Builder b, ExtensiveGame.Builder.Draft d, SplittableRandom rnd, int depth,
                                    int maxDepth, int[] next, boolean manyTies) {
        int n = b.numPlayers();
        if (depth >= maxDepth || (depth > 0 && rnd.nextInt(4) == 0)) {
            Rational[] v = new Rational[n];
            for (int i = 0; i < n; i++) {
                v[i] = r(manyTies ? rnd.nextInt(2) : rnd.nextInt(-5, 6));
            }
            d.outcome(b.addOutcome("", v));
            return;
        }
        int k = 2 + rnd.nextInt(2);
        List<String> acts = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            acts.add("a" + a);
        }
        List<ExtensiveGame.Builder.Draft> kids;
        if (rnd.nextInt(5) == 0) {
            List<Rational> probs = new ArrayList<>();
            for (int a = 0; a < k - 1; a++) {
                probs.add(Rational.of(1, k + 1));
            }
            probs.add(Rational.ONE.subtract(Rational.of(k - 1, k + 1)));
            kids = d.chance(++next[n], "", acts, probs);
        } else {
            int p = rnd.nextInt(n);
            kids = d.personal(p, ++next[p], "", acts);
        }
        for (var c : kids) {
            growPerfect(b, c, rnd, depth + 1, maxDepth, next, manyTies);
        }
    }

    private static final class Gen {
        final ExtensiveGame.Builder b;
        final SplittableRandom rnd;
        final boolean zeroSum;
        final int maxDepth;
        final Map<String, int[]> infosets = new HashMap<>(); // key -> {number, actions}
        final int[] next = new int[2];
        int chanceNext = 1;

        Gen(ExtensiveGame.Builder b, SplittableRandom rnd, boolean zeroSum, int maxDepth) {
            this.b = b;
            this.rnd = rnd;
            this.zeroSum = zeroSum;
            this.maxDepth = maxDepth;
        }

        void grow(ExtensiveGame.Builder.Draft d, int depth, String[] own) {
            if (depth >= maxDepth || (depth > 1 && rnd.nextInt(5) == 0)) {
                int u1 = rnd.nextInt(-5, 6);
                int u2 = zeroSum ? -u1 : rnd.nextInt(-5, 6);
                d.outcome(b.addOutcome("", r(u1), r(u2)));
                return;
            }
            if (rnd.nextInt(6) == 0) {
                int k = 2;
                List<Rational> probs = List.of(Rational.of(1, 3), Rational.of(2, 3));
                var kids = d.chance(chanceNext++, "", List.of("c0", "c1"), probs);
                for (int a = 0; a < k; a++) {
                    grow(kids.get(a), depth + 1, own);
                }
                return;
            }
            int p = rnd.nextInt(2);
            String key = p + "|" + own[p] + "|" + rnd.nextInt(2);
            int[] h = infosets.get(key);
            List<ExtensiveGame.Builder.Draft> kids;
            if (h == null) {
                int k = 2 + rnd.nextInt(2);
                h = new int[] {++next[p], k};
                infosets.put(key, h);
                List<String> acts = new ArrayList<>();
                for (int a = 0; a < k; a++) {
                    acts.add("a" + a);
                }
                kids = d.personal(p, h[0], "", acts);
            } else {
                kids = d.personal(p, h[0], null, null);
            }
            for (int a = 0; a < h[1]; a++) {
                String[] o = own.clone();
                o[p] = own[p] + "/" + h[0] + ":" + a;
                grow(kids.get(a), depth + 1, o);
            }
        }
    }
}
