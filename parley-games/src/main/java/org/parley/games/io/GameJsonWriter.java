package org.parley.games.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.parley.games.Action;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.GameType;
import org.parley.games.Node;
import org.parley.games.Outcome;
import org.parley.games.Player;
import org.parley.games.StrategicGame;
import org.parley.games.Strategy;
import org.parley.games.numeric.Rational;

/**
 * Writes a game as JSON (schema {@code "parley-game"}, version 1), for {@code parley game convert --to json}
 * and the web UI. Exact numbers are strings ({@code "3"}, {@code "-1/2"}) so nothing is rounded.
 *
 * <pre>
 * strategic: {"schema":"parley-game","version":1,"form":"strategic","title","comment","hash","type":{...},
 *             "players":[{"label","strategies":[...]}], "outcomes":[{"label","payoffs":[...]}] (outcome version only),
 *             "cells":[{"profile":[0,1],"payoffs":["2","0"],"outcome":1?}]}   (cells in Gambit order)
 * extensive: {..., "form":"extensive", "players":[{"label","infosets":[{"label","actions":[...],"nodes":[indices]}]}],
 *             "chanceInfosets":[{"label","actions":[{"label","probability"}]}], "outcomes":[...],
 *             "nodes":[{"index","kind","label","player"?,"infoset"?,"outcome"?,"children":[indices],"payoffs"? (terminal)}]}
 * </pre>
 * Indices are 0-based; "player" is -1 at chance nodes.
 */
public final class GameJsonWriter {
    private GameJsonWriter() {
    }

    public static String write(Game g) {
        StringBuilder sb = new StringBuilder();
        write(g, sb);
        return sb.toString();
    }

    public static void write(Game g, Appendable out) {
        try {
            StringBuilder sb = new StringBuilder();
            sb.append("{\"schema\":\"parley-game\",\"version\":1,\"form\":\"")
                    .append(g instanceof StrategicGame ? "strategic" : "extensive").append("\",\"title\":").append(str(g.title()))
                    .append(",\"comment\":").append(str(g.comment())).append(",\"hash\":").append(str(g.hash()))
                    .append(",\"type\":").append(type(g.type()));
            if (g instanceof StrategicGame s) {
                strategic(s, sb);
            } else {
                extensive((ExtensiveGame) g, sb);
            }
            sb.append("}\n");
            out.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON string literal with escapes. */
    public static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String type(GameType t) {
        return "{\"players\":" + t.players() + ",\"form\":\"" + t.form().name().toLowerCase(java.util.Locale.ROOT)
                + "\",\"constantSum\":" + t.constantSum() + (t.constantSum() ? ",\"constantSumValue\":" + str(t.constantSumValue().toString()) : "")
                + ",\"perfectRecall\":" + t.perfectRecall() + ",\"perfectInformation\":" + t.perfectInformation()
                + ",\"hasChance\":" + t.hasChance() + "}";
    }

    private static void payoffs(Rational[] v, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ",").append(str(v[i].toString()));
        }
        sb.append(']');
    }

    private static void outcomes(java.util.List<Outcome> os, StringBuilder sb) {
        sb.append(",\"outcomes\":[");
        for (int k = 0; k < os.size(); k++) {
            Outcome o = os.get(k);
            sb.append(k == 0 ? "" : ",").append("{\"label\":").append(str(o.label())).append(",\"payoffs\":");
            payoffs(o.payoffs().toArray(new Rational[0]), sb);
            sb.append('}');
        }
        sb.append(']');
    }

    private static void strategic(StrategicGame g, StringBuilder sb) {
        sb.append(",\"players\":[");
        for (Player p : g.players()) {
            sb.append(p.index() == 0 ? "" : ",").append("{\"label\":").append(str(p.label())).append(",\"strategies\":[");
            for (Strategy s : g.strategies(p)) {
                sb.append(s.index() == 0 ? "" : ",").append(str(s.label()));
            }
            sb.append("]}");
        }
        sb.append(']');
        if (g.hasOutcomes()) {
            outcomes(g.outcomes(), sb);
        }
        sb.append(",\"cells\":[");
        int n = g.numPlayers();
        Rational[] v = new Rational[n];
        for (int c = 0; c < g.numCells(); c++) {
            sb.append(c == 0 ? "" : ",").append("{\"profile\":").append(java.util.Arrays.toString(g.profileOf(c)).replace(" ", ""))
                    .append(",\"payoffs\":");
            for (int i = 0; i < n; i++) {
                v[i] = g.exactPayoff(i, c);
            }
            payoffs(v, sb);
            if (g.hasOutcomes() && g.outcomeIndex(c) >= 0) {
                sb.append(",\"outcome\":").append(g.outcomeIndex(c));
            }
            sb.append('}');
        }
        sb.append(']');
    }

    private static void extensive(ExtensiveGame g, StringBuilder sb) {
        sb.append(",\"players\":[");
        for (Player p : g.players()) {
            sb.append(p.index() == 0 ? "" : ",").append("{\"label\":").append(str(p.label())).append(",\"infosets\":[");
            for (var h : g.infosets(p)) {
                sb.append(h.index() == 0 ? "" : ",").append("{\"label\":").append(str(h.label())).append(",\"actions\":[");
                for (Action a : h.actions()) {
                    sb.append(a.index() == 0 ? "" : ",").append(str(a.label()));
                }
                sb.append("],\"nodes\":[");
                for (int k = 0; k < h.members().size(); k++) {
                    sb.append(k == 0 ? "" : ",").append(h.members().get(k).index());
                }
                sb.append("]}");
            }
            sb.append("]}");
        }
        sb.append("],\"chanceInfosets\":[");
        for (var h : g.chanceInfosets()) {
            sb.append(h.index() == 0 ? "" : ",").append("{\"label\":").append(str(h.label())).append(",\"actions\":[");
            for (Action a : h.actions()) {
                sb.append(a.index() == 0 ? "" : ",").append("{\"label\":").append(str(a.label())).append(",\"probability\":")
                        .append(str(a.probability().toString())).append('}');
            }
            sb.append("]}");
        }
        sb.append(']');
        outcomes(g.outcomes(), sb);
        sb.append(",\"nodes\":[");
        int n = g.numPlayers();
        for (Node x : g.nodes()) {
            sb.append(x.index() == 0 ? "" : ",").append("{\"index\":").append(x.index()).append(",\"kind\":\"")
                    .append(x.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\",\"label\":").append(str(x.label()));
            if (!x.isTerminal()) {
                sb.append(",\"player\":").append(x.player().index()).append(",\"infoset\":").append(x.infoset().index());
            }
            if (x.outcome() != null) {
                sb.append(",\"outcome\":").append(x.outcome().index());
            }
            sb.append(",\"children\":[");
            for (int k = 0; k < x.children().size(); k++) {
                sb.append(k == 0 ? "" : ",").append(x.children().get(k).index());
            }
            sb.append(']');
            if (x.isTerminal()) {
                Rational[] v = new Rational[n];
                for (int i = 0; i < n; i++) {
                    v[i] = g.exactPayoff(x, i);
                }
                sb.append(",\"payoffs\":");
                payoffs(v, sb);
            }
            sb.append('}');
        }
        sb.append(']');
    }
}
