package org.parley.games;

import java.util.ArrayList;
import java.util.List;
import org.parley.games.numeric.Rational;

/**
 * Conversions between the two forms. Tree to table is {@link ExtensiveGame#reducedStrategicForm()}; table to
 * tree is {@link #toExtensive}: players move one after the other, each in a single information set that
 * contains all nodes of his level (nobody observes anybody), so the tree's strategic form is the table.
 */
public final class Conversions {
    private Conversions() {
    }

    /**
     * The sequential-move tree of a strategic game, with one outcome per cell (labelled by the cell's
     * Gambit outcome when the table has outcomes). O(cells) nodes.
     */
    public static ExtensiveGame toExtensive(StrategicGame g) {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title(g.title()).comment(g.comment());
        int n = g.numPlayers();
        for (Player p : g.players()) {
            b.player(p.label());
        }
        int[] cellOutcome = new int[g.numCells()];
        for (int c = 0; c < g.numCells(); c++) {
            Rational[] v = new Rational[n];
            for (int i = 0; i < n; i++) {
                v[i] = g.exactPayoff(i, c);
            }
            String label = g.hasOutcomes() && g.outcomeIndex(c) >= 0 ? g.outcomes().get(g.outcomeIndex(c)).label() : "";
            cellOutcome[c] = b.addOutcome(label, v);
        }
        List<ExtensiveGame.Builder.Draft> level = List.of(b.root());
        List<int[]> profiles = new ArrayList<>();
        profiles.add(new int[n]);
        for (int i = 0; i < n; i++) {
            List<String> labels = g.strategies(i).stream().map(Strategy::label).toList();
            List<ExtensiveGame.Builder.Draft> next = new ArrayList<>();
            List<int[]> nextProfiles = new ArrayList<>();
            for (int k = 0; k < level.size(); k++) {
                List<ExtensiveGame.Builder.Draft> kids = k == 0 ? level.get(k).personal(i, 1, "", labels) : level.get(k).personal(i, 1, null, null);
                for (int s = 0; s < kids.size(); s++) {
                    int[] p = profiles.get(k).clone();
                    p[i] = s;
                    next.add(kids.get(s));
                    nextProfiles.add(p);
                }
            }
            level = next;
            profiles = nextProfiles;
        }
        for (int k = 0; k < level.size(); k++) {
            level.get(k).outcome(cellOutcome[g.cellIndex(profiles.get(k))]);
        }
        return b.build();
    }
}
