package org.parley.games.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.games.ExtensiveGame;
import org.parley.games.StrategicGame;
import org.parley.games.Strategy;
import org.parley.games.io.GameReader;

/**
 * The catalogue ships some trees together with their strategic forms as Gambit wrote them. Parley's reduced
 * strategic form must give the same strategies in the same order, with Gambit's labels ("1*11", "2*1")
 * where the file has them, and the same payoffs. This is what lets the conformance harness read Gambit's
 * strategic-form output for trees. (e07 and sww1 are left out: their .nfg files were written by hand, with
 * plain labels and another strategy order.)
 */
class ReducedFormConformanceTest {

    @ParameterizedTest
    @ValueSource(strings = {"cent2", "coord2", "coord3", "coord4", "e04", "g1", "g2", "g3", "sh3", "vd"})
    void reducedFormMatchesGambitsTable(String name) {
        GambitCorpus corpus = GambitCorpus.locate();
        Assumptions.assumeTrue(corpus != null, "Gambit corpus not found: set parley.shared.dir");
        Path dir = corpus.dir();
        ExtensiveGame tree = (ExtensiveGame) GameReader.read(dir.resolve(name + ".efg"));
        StrategicGame table = (StrategicGame) GameReader.read(dir.resolve(name + ".nfg"));
        StrategicGame ours = tree.reducedStrategicForm().strategicGame();
        assertArrayEquals(table.shape(), ours.shape());
        for (int i = 0; i < table.numPlayers(); i++) {
            assertArrayEquals(table.exactPayoffTable(i), ours.exactPayoffTable(i), "payoffs of player " + (i + 1));
            boolean gambitLabels = table.strategies(i).stream().anyMatch(s -> s.label().contains("*") || s.label().length() > 1);
            if (gambitLabels) {
                assertEquals(table.strategies(i).stream().map(Strategy::label).toList(), ours.strategies(i).stream().map(Strategy::label).toList());
            }
        }
    }
}
