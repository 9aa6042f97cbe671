package org.parley.views.text;

import org.parley.views.format.Escaping;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.Infoset;
import org.parley.games.ReducedStrategicForm;
import org.parley.games.StrategicGame;

/** {@code parley game info}: a game described in plain text (players, strategies, nodes, information sets, recall). */
public final class GameInfoText {
    /** Above this many reduced strategies a player's count is given as "more than" (the count is cut off). */
    public static final long STRATEGY_COUNT_LIMIT = 1_000_000;

    private GameInfoText() {
    }

    /** Title, form, players, constant-sum; per player strategies or information sets; recall; the game's hash. */
    public static void describe(PrintWriter raw, Game g) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        out.println("title: " + g.title());
        out.println("form: " + (g instanceof StrategicGame ? "strategic" : "extensive"));
        out.println("players: " + g.numPlayers());
        var t = g.type();
        out.println("constant-sum: " + (t.constantSum() ? "yes (" + t.constantSumValue() + ")" : "no"));
        if (g instanceof StrategicGame s) {
            for (int i = 0; i < s.numPlayers(); i++) {
                List<String> labels = new ArrayList<>();
                s.strategies(i).forEach(x -> labels.add(x.label()));
                out.println("player " + (i + 1) + " \"" + s.player(i).label() + "\": " + s.numStrategies(i)
                        + " strategies " + labels);
            }
            out.println("cells: " + s.numCells());
            out.println("outcomes: " + (s.hasOutcomes() ? s.outcomes().size() : "none (payoff list)"));
        } else {
            ExtensiveGame e = (ExtensiveGame) g;
            out.println("nodes: " + e.nodes().size() + " (" + e.terminals().size() + " terminal)");
            out.println("outcomes: " + e.outcomes().size());
            out.println("chance: " + (t.hasChance() ? e.chanceInfosets().size() + " information sets" : "none"));
            long[] counts = ReducedStrategicForm.strategyCounts(e, STRATEGY_COUNT_LIMIT);
            for (int i = 0; i < e.numPlayers(); i++) {
                int actions = 0;
                int nodes = 0;
                for (Infoset h : e.infosets(i)) {
                    actions += h.numActions();
                    nodes += h.members().size();
                }
                out.println("player " + (i + 1) + " \"" + e.player(i).label() + "\": " + e.infosets(i).size()
                        + " information sets, " + actions + " actions, " + nodes + " decision nodes, "
                        + (counts[i] < 0 ? "more than " + STRATEGY_COUNT_LIMIT : Long.toString(counts[i]))
                        + " reduced strategies");
            }
            out.println("perfect recall: " + (t.perfectRecall() ? "yes" : "no"));
            out.println("perfect information: " + (t.perfectInformation() ? "yes" : "no"));
        }
        out.println("hash: " + g.hash());
        out.flush();
    }
}
