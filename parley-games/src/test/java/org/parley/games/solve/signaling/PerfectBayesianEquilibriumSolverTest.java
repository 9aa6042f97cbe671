package org.parley.games.solve.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.TestGames;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.ExtensiveEquilibriumSolver;
import org.parley.games.solve.Solvers;
import org.parley.games.solve.seqform.ExtensiveSolverContractTest;
import org.parley.games.solve.seqform.TreeFixtures;
import org.parley.games.verify.SequentialRationality;

/**
 * Perfect Bayesian equilibria of signalling games with known answers.
 *
 * <p>Beer–quiche (Cho &amp; Kreps 1987, QJE 102(2), section II; payoffs as in the usual textbook presentation, e.g.
 * Fudenberg &amp; Tirole 1991, <i>Game Theory</i>, §11.2): the sender is strong with probability 9/10, weak with
 * 1/10; he has beer or quiche for breakfast (the strong prefers beer, the weak quiche: +1 for his preferred breakfast)
 * and gets +2 if the receiver does not duel. The receiver gets 1 for dueling a weak sender or for leaving a strong one
 * alone, 0 otherwise: she duels iff P(weak) ≥ 1/2. Derivation by hand (numbers ours): a type can only mix if
 * d_B = d_Q + 1/2 (strong) or d_Q = d_B + 1/2 (weak), d_m the duel probability after m; either makes the other type
 * strictly prefer one breakfast, which then reveals a single type and contradicts the required duel probability, so no
 * type mixes. Separating profiles fail (the weak imitates, or the strong does). What remains: pooling on beer with a
 * duel after quiche, either for sure (belief P(strong | quiche) ∈ [0, 1/2]) or with probability d ∈ [1/2, 1) at
 * belief exactly 1/2 (a continuum, reported at d = 3/4); and pooling on quiche likewise (duel after beer for sure, or
 * d ∈ [1/2, 1) at belief 1/2, reported at 3/4). The intuitive criterion removes both quiche equilibria (the weak type
 * cannot gain by beer: 2 &lt; 3; the strong would: 3 &gt; 2). D1 also removes the beer equilibrium that mixes after
 * quiche (it deletes the strong type at quiche, so the belief must be P(strong) = 0, not 1/2).
 */
class PerfectBayesianEquilibriumSolverTest extends ExtensiveSolverContractTest {
    private static final int STRONG = 0, WEAK = 1, BEER = 0, QUICHE = 1, DUEL = 0;

    static Rational q(long p, long d) {
        return Rational.of(p, d);
    }

    /** Sender (player 1) moves at sets 1 (strong) and 2 (weak); receiver (player 2) at 1 (after beer), 2 (quiche). */
    static ExtensiveGame beerQuiche() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("Beer-quiche").players(List.of("sender", "receiver"));
        var types = b.root().chance(1, "type", List.of("strong", "weak"), List.of(q(9, 10), q(1, 10)));
        for (int t = STRONG; t <= WEAK; t++) {
            var meals = types.get(t).personal(0, t + 1, t == STRONG ? "strong" : "weak", List.of("beer", "quiche"));
            for (int m = BEER; m <= QUICHE; m++) {
                var resp = meals.get(m).personal(1, m + 1, m == BEER ? "after beer" : "after quiche",
                        List.of("duel", "no duel"));
                long breakfast = (t == STRONG) == (m == BEER) ? 1 : 0;
                resp.get(0).outcome(b.addOutcome("", q(breakfast, 1), q(t == WEAK ? 1 : 0, 1)));
                resp.get(1).outcome(b.addOutcome("", q(breakfast + 2, 1), q(t == STRONG ? 1 : 0, 1)));
            }
        }
        return b.build();
    }

    @Override
    protected ExtensiveEquilibriumSolver solver() {
        return new PerfectBayesianEquilibriumSolver();
    }

    @Override
    protected List<ExtensiveGame> supportedGames() {
        return List.of(beerQuiche(), withContinuation(), threeTypes());
    }

    @Override
    protected List<ExtensiveGame> unsupportedGames() {
        return List.of(TestGames.e04(), TreeFixtures.kuhnPoker(), TreeFixtures.randomPerfectInformation(5, 2, 4, false),
                TreeFixtures.randomPerfectInformation(6, 3, 4, false));
    }

    private static Rational sigma(PerfectBayesianEquilibrium e, int type, int message) {
        return e.profile().exactProbability(0, type, message);
    }

    private static Rational duel(PerfectBayesianEquilibrium e, int message) {
        return e.profile().exactProbability(1, message, DUEL);
    }

    @Test
    void beerQuicheHasTheFourPoolingEquilibriaDerivedByHand() {
        SignalingSolution s = new PerfectBayesianEquilibriumSolver().solveAssessments(beerQuiche());
        assertTrue(s.isVerified());
        assertEquals(81, s.supportPatterns());
        List<PerfectBayesianEquilibrium> es = s.equilibria();
        assertEquals(4, es.size(), es.toString());
        for (PerfectBayesianEquilibrium e : es) {
            assertEquals(SenderPattern.POOLING, e.pattern());
            assertTrue(e.nash().exactMaxRegret().isZero());
        }
        // enumeration order: quiche pooling (duel after beer; mixing after beer), then beer pooling (likewise)
        PerfectBayesianEquilibrium quicheDuel = es.get(0), quicheMix = es.get(1), beerDuel = es.get(2), beerMix = es.get(3);
        assertEquals(Rational.ONE, sigma(quicheDuel, STRONG, QUICHE));
        assertEquals(Rational.ONE, sigma(quicheDuel, WEAK, QUICHE));
        assertEquals(Rational.ONE, duel(quicheDuel, BEER));
        assertEquals(Rational.ZERO, duel(quicheDuel, QUICHE));
        BeliefSet afterBeer = quicheDuel.beliefs().get(BEER);
        assertFalse(afterBeer.onPath());
        assertEquals(Rational.ZERO, afterBeer.lowest(STRONG));
        assertEquals(q(1, 2), afterBeer.highest(STRONG));
        assertEquals(List.of(Rational.ZERO, Rational.ONE), afterBeer.belief());
        BeliefSet afterQuiche = quicheDuel.beliefs().get(QUICHE);
        assertTrue(afterQuiche.onPath() && afterQuiche.isPoint());
        assertEquals(List.of(q(9, 10), q(1, 10)), afterQuiche.belief());
        assertEquals(List.of(q(2, 1), q(3, 1)), quicheDuel.senderPayoffs());
        assertEquals(q(9, 10), quicheDuel.receiverPayoff());
        assertFalse(quicheDuel.continuum());
        assertFalse(quicheDuel.intuitiveCriterion());
        assertFalse(quicheDuel.d1());

        assertEquals(q(3, 4), duel(quicheMix, BEER));
        assertTrue(quicheMix.continuum());
        assertEquals(List.of(q(1, 2), q(1, 2)), quicheMix.beliefs().get(BEER).belief());
        assertFalse(quicheMix.intuitiveCriterion());
        assertFalse(quicheMix.d1());

        assertEquals(Rational.ONE, sigma(beerDuel, STRONG, BEER));
        assertEquals(Rational.ONE, sigma(beerDuel, WEAK, BEER));
        assertEquals(Rational.ZERO, duel(beerDuel, BEER));
        assertEquals(Rational.ONE, duel(beerDuel, QUICHE));
        assertEquals(q(1, 2), beerDuel.beliefs().get(QUICHE).highest(STRONG));
        assertEquals(List.of(q(3, 1), q(2, 1)), beerDuel.senderPayoffs());
        assertTrue(beerDuel.intuitiveCriterion());
        assertTrue(beerDuel.d1());

        assertEquals(q(3, 4), duel(beerMix, QUICHE));
        assertTrue(beerMix.continuum());
        assertTrue(beerMix.intuitiveCriterion());
        assertFalse(beerMix.d1(), "D1 deletes the strong type at quiche: the belief must be P(strong) = 0");

        assertEquals(4, s.result().equilibria().size());
        assertEquals("pbe", s.result().method());
        assertEquals(Arithmetic.EXACT, s.result().arithmetic());
    }

    @Test
    void theChecksRefuseAWrongAssessment() {
        ExtensiveGame g = beerQuiche();
        PerfectBayesianEquilibrium beerDuel = new PerfectBayesianEquilibriumSolver().solveAssessments(g).equilibria().get(2);
        Infoset afterQuiche = g.infosets(1).get(QUICHE);
        // the same profile with an off-path belief that makes dueling after quiche a mistake
        var wrong = SequentialRationality.violations(beerDuel.profile(),
                java.util.Map.of(afterQuiche, List.of(q(9, 10), q(1, 10))));
        assertEquals(1, wrong.size());
        assertEquals(SequentialRationality.Problem.NOT_A_BEST_REPLY, wrong.get(0).problem());
        // and no belief at all there
        var none = SequentialRationality.violations(beerDuel.profile(), java.util.Map.of());
        assertEquals(SequentialRationality.Problem.NO_BELIEF, none.get(0).problem());
        // a separating profile is no equilibrium: the weak type imitates the strong
        Rational[][][] p = {{{Rational.ONE, Rational.ZERO}, {Rational.ZERO, Rational.ONE}},
            {{Rational.ZERO, Rational.ONE}, {Rational.ONE, Rational.ZERO}}};
        MixedBehaviorProfile separating = MixedBehaviorProfile.ofExact(g, p);
        assertFalse(SequentialRationality.violations(separating, java.util.Map.of()).isEmpty());
        // an assessment with a failed check is never listed as an equilibrium
        PerfectBayesianEquilibrium broken = new PerfectBayesianEquilibrium(beerDuel.profile(), beerDuel.beliefs(),
                beerDuel.pattern(), false, beerDuel.senderPayoffs(), beerDuel.receiverPayoff(), true, true, beerDuel.nash(),
                wrong);
        SignalingSolution s = new PerfectBayesianEquilibriumSolver().solveAssessments(g);
        assertThrows(org.parley.games.UnverifiedEquilibriumException.class, () -> new SignalingSolution(s.form(), s.result(),
                List.of(s.equilibria().get(0), s.equilibria().get(1), broken, s.equilibria().get(3)), List.of(), 81));
        assertThrows(IllegalArgumentException.class, () -> new SignalingSolution(s.form(), s.result(), s.equilibria(),
                List.of(beerDuel), 81));
        // a wrong on-path belief is refused as not Bayes
        var bayes = SequentialRationality.violations(beerDuel.profile(), java.util.Map.of(g.infosets(1).get(BEER),
                List.of(q(1, 2), q(1, 2)), afterQuiche, List.of(Rational.ZERO, Rational.ONE)));
        assertEquals(SequentialRationality.Problem.BELIEF_NOT_BAYES, bayes.get(0).problem());
    }

    /**
     * The crisis shape: after the receiver holds, the sender moves once more (escalate or back down), solved by
     * backward induction. Section 5.3 of the models notes, semi-separating case (π = 3/10, U_S = 5, U_E = 0,
     * U_B = 10, V_S = 6, V_E^H = 4, V_B^L = 1, k_H = 1, k_L = 3): the irresolute type signals with probability
     * q = 3/7, the receiver shifts after a signal with probability r = 3/5 and holds after none.
     */
    static ExtensiveGame withContinuation() {
        Rational[] kCost = {q(1, 1), q(3, 1)};
        Rational[] vEscalate = {q(4, 1), q(-5, 1)};
        Rational[] vBack = {q(0, 1), q(1, 1)};
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("costly signal").players(List.of("challenger", "defender"));
        var types = b.root().chance(1, "type", List.of("resolved", "irresolute"), List.of(q(3, 10), q(7, 10)));
        for (int t = 0; t < 2; t++) {
            var ms = types.get(t).personal(0, t + 1, "", List.of("signal", "no signal"));
            for (int m = 0; m < 2; m++) {
                Rational cost = m == 0 ? kCost[t] : Rational.ZERO;
                var us = ms.get(m).personal(1, m + 1, "", List.of("shift", "hold"));
                us.get(0).outcome(b.addOutcome("deal", q(6, 1).subtract(cost), q(5, 1)));
                var fin = us.get(1).personal(0, 3 + 2 * t + m, "", List.of("escalate", "back down"));
                fin.get(0).outcome(b.addOutcome("escalation", vEscalate[t].subtract(cost), q(0, 1)));
                fin.get(1).outcome(b.addOutcome("status quo", vBack[t].subtract(cost), q(10, 1)));
            }
        }
        return b.build();
    }

    @Test
    void continuationPlayIsSolvedByBackwardInductionAndTheSemiSeparatingAnswerIsFound() {
        SignalingSolution s = new PerfectBayesianEquilibriumSolver().solveAssessments(withContinuation());
        assertTrue(s.isVerified());
        // resolved escalates after hold (4 > 0; 3 > −1), irresolute backs down (1 > −5; −2 > −8)
        assertEquals(q(4, 1), s.form().senderPayoff(0, 1, 1));
        assertEquals(q(1, 1), s.form().senderPayoff(1, 1, 1));
        assertEquals(q(0, 1), s.form().receiverPayoff(0, 1, 1));
        assertEquals(q(10, 1), s.form().receiverPayoff(1, 0, 1));
        List<PerfectBayesianEquilibrium> semi = s.equilibria().stream()
                .filter(e -> e.pattern() == SenderPattern.SEMI_SEPARATING).toList();
        assertEquals(1, semi.size());
        PerfectBayesianEquilibrium e = semi.get(0);
        assertEquals(Rational.ONE, sigma(e, 0, 0));
        assertEquals(q(3, 7), sigma(e, 1, 0));
        assertEquals(q(3, 5), e.profile().exactProbability(1, 0, 0));
        assertEquals(Rational.ZERO, e.profile().exactProbability(1, 1, 0));
        assertEquals(List.of(q(1, 2), q(1, 2)), e.beliefs().get(0).belief()); // posterior kept at μ* = 1/2
        assertTrue(e.d1() && e.intuitiveCriterion());
        assertTrue(s.form().continuationIndifferences().isEmpty());
    }

    /**
     * Three types, two messages, two responses: the receiver matches the type's "side" (types 0 and 1 want response
     * 0, type 2 response 1) and every type prefers the receiver to choose response 0, whatever the message; messages
     * are cheap talk. Every equilibrium is verified; the babbling one (all types pool, the receiver answers the prior:
     * P(types 0 or 1) = 2/3 ⇒ response 0) is among them.
     */
    static ExtensiveGame threeTypes() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("three types").players(List.of("S", "R"));
        var types = b.root().chance(1, "type", List.of("a", "b", "c"), List.of(q(1, 3), q(1, 3), q(1, 3)));
        for (int t = 0; t < 3; t++) {
            var ms = types.get(t).personal(0, t + 1, "", List.of("m0", "m1"));
            for (int m = 0; m < 2; m++) {
                var rs = ms.get(m).personal(1, m + 1, "", List.of("r0", "r1"));
                for (int a = 0; a < 2; a++) {
                    long receiver = (a == 0) == (t < 2) ? 1 : 0;
                    rs.get(a).outcome(b.addOutcome("", q(a == 0 ? 1 : 0, 1), q(receiver, 1)));
                }
            }
        }
        return b.build();
    }

    @Test
    void threeTypesBabblingIsFound() {
        SignalingSolution s = new PerfectBayesianEquilibriumSolver().solveAssessments(threeTypes());
        assertTrue(s.isVerified());
        assertEquals(3L * 3 * 3 * 3 * 3, s.supportPatterns()); // (2² − 1)³ sender supports × (2² − 1)² responses
        boolean babbling = s.equilibria().stream().anyMatch(e -> e.pattern() == SenderPattern.POOLING
                && e.beliefs().stream().filter(BeliefSet::onPath).allMatch(bs -> bs.belief().equals(
                List.of(q(1, 3), q(1, 3), q(1, 3)))));
        assertTrue(babbling);
        for (PerfectBayesianEquilibrium e : s.equilibria()) {
            assertTrue(e.violations().isEmpty());
            for (BeliefSet bs : e.beliefs()) {
                assertEquals(Rational.ONE, bs.belief().stream().reduce(Rational.ZERO, Rational::add));
            }
        }
    }

    @Test
    void shapesOtherThanSenderReceiverAreRefusedWithTheReason() {
        UnsupportedGameException e = assertThrows(UnsupportedGameException.class,
                () -> SignalingForm.of(TreeFixtures.kuhnPoker()));
        assertTrue(e.getMessage().startsWith("a sender-receiver game needs"), e.getMessage());
        UnsupportedGameException budget = assertThrows(UnsupportedGameException.class,
                () -> new PerfectBayesianEquilibriumSolver(new PerfectBayesianEquilibriumSolver.Options(80)).solve(beerQuiche()));
        assertTrue(budget.getMessage().contains("81 support patterns"), budget.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PerfectBayesianEquilibriumSolver.Options(0));
    }

    @Test
    void registeredAsPbe() {
        var entry = Solvers.byName("pbe").orElseThrow();
        assertEquals(4, entry.solve(beerQuiche(), Arithmetic.EXACT).equilibria().size());
        assertFalse(entry.supports(TestGames.matchingPennies()));
    }

    /** Seeded random two-type signalling games: every reported assessment passes its checks and one always exists. */
    @Test
    void randomSignalingGamesAlwaysHaveAVerifiedEquilibrium() {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            ExtensiveGame.Builder b = ExtensiveGame.builder().title("random " + seed).players(List.of("S", "R"));
            long p = rnd.nextInt(1, 10);
            var types = b.root().chance(1, "", List.of("t0", "t1"), List.of(q(p, 10), q(10 - p, 10)));
            for (int t = 0; t < 2; t++) {
                var ms = types.get(t).personal(0, t + 1, "", List.of("m0", "m1"));
                for (int m = 0; m < 2; m++) {
                    var rs = ms.get(m).personal(1, m + 1, "", List.of("r0", "r1", "r2"));
                    for (int a = 0; a < 3; a++) {
                        rs.get(a).outcome(b.addOutcome("", q(rnd.nextInt(-3, 4), 1), q(rnd.nextInt(-3, 4), 1)));
                    }
                }
            }
            SignalingSolution s = new PerfectBayesianEquilibriumSolver().solveAssessments(b.build());
            assertTrue(s.isVerified(), "seed " + seed + ": rejected " + s.rejected());
            assertFalse(s.equilibria().isEmpty(), "seed " + seed);
            List<Rational> firstTypeBeliefs = new ArrayList<>();
            for (PerfectBayesianEquilibrium e : s.equilibria()) {
                for (BeliefSet bs : e.beliefs()) {
                    firstTypeBeliefs.add(bs.lowest(0));
                    assertTrue(bs.lowest(0).signum() >= 0 && bs.highest(0).compareTo(Rational.ONE) <= 0);
                }
            }
            assertFalse(firstTypeBeliefs.isEmpty());
        }
    }
}
