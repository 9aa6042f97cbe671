package org.parley.games.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.parley.games.Action;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.Infoset;
import org.parley.games.Node;
import org.parley.games.Outcome;
import org.parley.games.Player;
import org.parley.games.StrategicGame;
import org.parley.games.Strategy;
import org.parley.games.numeric.Rational;

/**
 * Writes games in Gambit's formats: {@code NFG 1 R} (outcome version when the game has outcomes, payoff
 * version otherwise) and {@code EFG 2 R} (information-set labels, actions and outcome payoffs repeated at
 * every node, as Gambit writes them; information sets and outcomes renumbered 1, 2, ... in model order).
 * Numbers are written exactly ("3", "-1/2"). Reading the output gives an equal game.
 */
public final class GameWriter {
    private GameWriter() {
    }

    /** The game as .nfg or .efg text. */
    public static String write(Game g) {
        StringBuilder sb = new StringBuilder();
        write(g, sb);
        return sb.toString();
    }

    public static void write(Game g, Appendable out) {
        try {
            if (g instanceof StrategicGame s) {
                writeNfg(s, out);
            } else {
                writeEfg((ExtensiveGame) g, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static void players(List<Player> ps, Appendable out) throws IOException {
        out.append("{");
        for (Player p : ps) {
            out.append(' ').append(quote(p.label()));
        }
        out.append(" }");
    }

    private static void writeNfg(StrategicGame g, Appendable out) throws IOException {
        out.append("NFG 1 R ").append(quote(g.title())).append(' ');
        players(g.players(), out);
        out.append("\n\n{ ");
        for (int i = 0; i < g.numPlayers(); i++) {
            out.append(i == 0 ? "{" : "\n{");
            for (Strategy s : g.strategies(i)) {
                out.append(' ').append(quote(s.label()));
            }
            out.append(" }");
        }
        out.append("\n}\n").append(quote(g.comment())).append("\n\n");
        int n = g.numPlayers();
        if (g.hasOutcomes()) {
            out.append("{\n");
            for (Outcome o : g.outcomes()) {
                out.append("{ ").append(quote(o.label()));
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? " " : ", ").append(o.payoff(i).toString());
                }
                out.append(" }\n");
            }
            out.append("}\n");
            for (int c = 0; c < g.numCells(); c++) {
                if (c > 0) {
                    out.append(' ');
                }
                out.append(Integer.toString(g.outcomeIndex(c) + 1));
            }
            out.append('\n');
        } else {
            for (int c = 0; c < g.numCells(); c++) {
                for (int i = 0; i < n; i++) {
                    if (c > 0 || i > 0) {
                        out.append(' ');
                    }
                    out.append(g.exactPayoff(i, c).toString());
                }
            }
            out.append('\n');
        }
    }

    private static void writeEfg(ExtensiveGame g, Appendable out) throws IOException {
        out.append("EFG 2 R ").append(quote(g.title())).append(' ');
        players(g.players(), out);
        out.append('\n').append(quote(g.comment())).append("\n\n");
        for (Node x : g.nodes()) {
            switch (x.kind()) {
                case CHANCE -> out.append("c ").append(quote(x.label())).append(' ');
                case PERSONAL -> out.append("p ").append(quote(x.label())).append(' ')
                        .append(Integer.toString(x.player().index() + 1)).append(' ');
                case TERMINAL -> out.append("t ").append(quote(x.label())).append(' ');
            }
            if (!x.isTerminal()) {
                Infoset h = x.infoset();
                out.append(Integer.toString(h.index() + 1)).append(' ').append(quote(h.label())).append(" {");
                for (Action a : h.actions()) {
                    out.append(' ').append(quote(a.label()));
                    if (h.isChance()) {
                        out.append(' ').append(a.probability().toString());
                    }
                }
                out.append(" } ");
            }
            Outcome o = x.outcome();
            if (o == null) {
                out.append('0');
            } else {
                out.append(Integer.toString(o.index() + 1)).append(' ').append(quote(o.label())).append(" {");
                for (int i = 0; i < g.numPlayers(); i++) {
                    out.append(i == 0 ? " " : ", ").append(o.payoff(i).toString());
                }
                out.append(" }");
            }
            out.append('\n');
        }
    }

    /** A rational as Gambit prints it ("p/q" or "p"). */
    static String number(Rational r) {
        return r.toString();
    }
}
