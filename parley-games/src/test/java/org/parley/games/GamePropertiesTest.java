package org.parley.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.parley.games.io.GameReader;
import org.parley.games.io.GameWriter;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.Solvers;
import org.parley.games.verify.Regret;

/** Generic battery over seeded random games: format round trip, enumpure against the definition. */
class GamePropertiesTest {

    @Property(tries = 200)
    void strategicRoundTrip(@ForAll long seed) {
        StrategicGame g = RandomGames.strategic(seed);
        Game back = GameReader.read(GameWriter.write(g), "random.nfg");
        assertEquals(g, back);
    }

    @Property(tries = 200)
    void extensiveRoundTripAndPerfectRecall(@ForAll long seed) {
        ExtensiveGame g = RandomGames.extensive(seed);
        assertTrue(g.perfectRecall(), "generator keeps recall perfect");
        Game back = GameReader.read(GameWriter.write(g), "random.efg");
        assertEquals(g, back);
    }

    @Property(tries = 200)
    void enumPureMatchesDefinition(@ForAll long seed) {
        StrategicGame g = RandomGames.strategic(seed);
        EquilibriumResult r = Solvers.byName("enumpure").orElseThrow().solve(g, Arithmetic.EXACT);
        assertTrue(r.isVerified());
        // brute force: a cell is an equilibrium iff no player has a strictly better pure deviation
        List<List<Rational>> expected = new ArrayList<>();
        for (int c = 0; c < g.numCells(); c++) {
            int[] s = g.profileOf(c);
            boolean eq = true;
            for (int i = 0; i < g.numPlayers() && eq; i++) {
                for (int t = 0; t < g.numStrategies(i) && eq; t++) {
                    int[] d = s.clone();
                    d[i] = t;
                    eq = g.exactPayoff(i, d).compareTo(g.exactPayoff(i, s)) <= 0;
                }
            }
            if (eq) {
                expected.add(MixedStrategyProfile.pure(g, s).toFlatExact());
            }
        }
        assertEquals(expected, r.profiles().stream().map(Profile::toFlatExact).toList());
        r.equilibria().forEach(e -> assertEquals(Rational.ZERO, e.exactMaxRegret()));
    }

    @Property(tries = 100)
    void enumPureOnTreesIsVerifiedAndMatchesReducedForm(@ForAll long seed) {
        ExtensiveGame g = RandomGames.extensive(seed);
        EquilibriumResult tree = Solvers.byName("enumpure").orElseThrow().solve(g, Arithmetic.EXACT);
        assertTrue(tree.isVerified());
        ReducedStrategicForm rsf = g.reducedStrategicForm();
        EquilibriumResult table = Solvers.byName("enumpure").orElseThrow().solve(rsf.strategicGame(), Arithmetic.EXACT);
        assertEquals(table.equilibria().size(), tree.equilibria().size());
        for (Profile p : tree.profiles()) {
            MixedStrategyProfile m = rsf.toMixed((MixedBehaviorProfile) p);
            assertEquals(Rational.ZERO, Regret.exactMaxRegret(m));
        }
    }

    @Property(tries = 100)
    void behaviourAndMixedRegretAgree(@ForAll long seed) {
        // realization equivalence: uniform mixing over reduced strategies has the same regret in both forms
        ExtensiveGame g = RandomGames.extensive(seed);
        ReducedStrategicForm rsf = g.reducedStrategicForm();
        MixedStrategyProfile m = MixedStrategyProfile.uniform(rsf.strategicGame(), Arithmetic.EXACT);
        MixedBehaviorProfile b = rsf.toBehavior(m);
        assertEquals(Regret.exactMaxRegret(m), Regret.exactMaxRegret(b));
        assertEquals(Regret.exactExpectedPayoffs(m), Regret.exactExpectedPayoffs(b));
    }
}
