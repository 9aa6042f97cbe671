package org.parley.views.svg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.games.Action;
import org.parley.games.BehaviorProfileValues;
import org.parley.games.ExtensiveGame;
import org.parley.games.ForeignObjectException;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.views.format.Numbers;

/**
 * Draws an extensive game as a standalone SVG: the root at the top, one row per depth, leaves evenly spaced.
 * Personal nodes are circles coloured by player, chance nodes grey diamonds, terminals squares with the outcome
 * label and payoffs (players in order). Edges carry the action label (and the probability at chance nodes).
 * Nodes of one information set with several members are joined by a dashed line. With a profile, every edge taken
 * with positive probability from a node reached with positive probability is drawn thick, with its probability when
 * below 1. Cost O(nodes).
 */
public final class GameTreeSvg {
    private static final double DX = 100, DY = 84, MARGIN = 50, TOP = 60;

    private GameTreeSvg() {
    }

    /**
     * Renders the tree.
     *
     * @param highlight profile whose path to highlight, or null
     * @throws ForeignObjectException if the profile belongs to another game
     */
    public static String render(ExtensiveGame g, MixedBehaviorProfile highlight, String title) {
        if (highlight != null && highlight.game() != g) {
            throw new ForeignObjectException("the profile belongs to another game");
        }
        Map<Node, double[]> pos = new LinkedHashMap<>();
        double[] nextLeaf = {0};
        int depth = layout(g.root(), pos, nextLeaf, 0);
        double width = Math.max(360, 2 * MARGIN + 70 + Math.max(1, nextLeaf[0] - 1) * DX);
        double height = TOP + depth * DY + 90;
        BehaviorProfileValues values = highlight == null ? null : BehaviorProfileValues.of(highlight);
        StringBuilder s = new StringBuilder(Svg.open(width, height, title));
        s.append(Svg.text(width / 2, 20, title, "middle", "font-size=\"13\" font-weight=\"bold\""));
        // information sets with several members: one dashed arc per set, bulging upward by a set-specific amount
        int arc = 0;
        for (int i = 0; i < g.numPlayers(); i++) {
            for (Infoset h : g.infosets(i)) {
                if (h.members().size() > 1) {
                    String col = Palette.item(i);
                    double lift = 26 + 14 * arc++;
                    List<double[]> ps = new ArrayList<>();
                    for (Node m : h.members()) {
                        ps.add(pos.get(m));
                    }
                    for (int k = 1; k < ps.size(); k++) {
                        double[] a = ps.get(k - 1), b = ps.get(k);
                        double cx = (a[0] + b[0]) / 2, cy = Math.min(a[1], b[1]) - 2 * lift;
                        s.append("<path d=\"M ").append(Numbers.coordinate(a[0])).append(" ").append(Numbers.coordinate(a[1])).append(" Q ")
                                .append(Numbers.coordinate(cx)).append(" ").append(Numbers.coordinate(cy)).append(" ").append(Numbers.coordinate(b[0])).append(" ")
                                .append(Numbers.coordinate(b[1])).append("\" fill=\"none\" stroke=\"").append(col)
                                .append("\" stroke-dasharray=\"4 3\" stroke-width=\"1.2\"/>\n");
                        if (k == 1) {
                            s.append(Svg.text(cx, Math.min(a[1], b[1]) - lift - 3, h.label(), "middle",
                                    "font-style=\"italic\" fill=\"" + col + "\""));
                        }
                    }
                }
            }
        }
        // edges
        for (Node x : g.nodes()) {
            if (x.isTerminal()) {
                continue;
            }
            double[] p = pos.get(x);
            for (Action a : x.infoset().actions()) {
                Node c = x.child(a);
                double[] q = pos.get(c);
                boolean chance = x.infoset().isChance();
                double pa = chance ? a.probability().doubleValue() : highlight == null ? 0 : highlight.probability(a);
                boolean on = highlight != null && values.realizationProbability(x) > 0 && pa > 0;
                s.append("<line x1=\"").append(Numbers.coordinate(p[0])).append("\" y1=\"").append(Numbers.coordinate(p[1])).append("\" x2=\"")
                        .append(Numbers.coordinate(q[0])).append("\" y2=\"").append(Numbers.coordinate(q[1])).append("\" stroke=\"")
                        .append(on ? "#C0392B" : "#999").append("\" stroke-width=\"").append(on ? "3" : "1.2").append("\"/>\n");
                String lab = a.label() + (chance || (on && pa < 1) ? " (" + Numbers.compact(pa) + ")" : "");
                double mx = (p[0] + q[0]) / 2, my = (p[1] + q[1]) / 2;
                s.append(Svg.text(mx + (q[0] < p[0] ? -4 : q[0] > p[0] ? 4 : 6), my, lab,
                        q[0] < p[0] ? "end" : "start", on ? "fill=\"#C0392B\"" : "fill=\"#333\""));
            }
        }
        // nodes
        for (Node x : g.nodes()) {
            double[] p = pos.get(x);
            if (x.isTerminal()) {
                s.append("<rect x=\"").append(Numbers.coordinate(p[0] - 5)).append("\" y=\"").append(Numbers.coordinate(p[1] - 5))
                        .append("\" width=\"10\" height=\"10\" fill=\"#333\"/>\n");
                s.append(Svg.text(p[0], p[1] + 18, x.outcome() != null ? x.outcome().label() : x.label(), "middle",
                        "font-weight=\"bold\""));
                StringBuilder pay = new StringBuilder("(");
                for (int i = 0; i < g.numPlayers(); i++) {
                    pay.append(i == 0 ? "" : ", ").append(Numbers.compact(g.payoff(x, i)));
                }
                s.append(Svg.text(p[0], p[1] + 31, pay.append(")").toString(), "middle", "fill=\"#555\""));
                double reach = values == null ? 0 : values.realizationProbability(x);
                if (reach > 0 && reach < 1) {
                    s.append(Svg.text(p[0], p[1] + 44, "p = " + Numbers.compact(reach), "middle", "fill=\"#C0392B\""));
                }
            } else if (x.infoset().isChance()) {
                s.append("<polygon points=\"").append(Numbers.coordinate(p[0])).append(",").append(Numbers.coordinate(p[1] - 8)).append(" ")
                        .append(Numbers.coordinate(p[0] + 8)).append(",").append(Numbers.coordinate(p[1])).append(" ").append(Numbers.coordinate(p[0])).append(",")
                        .append(Numbers.coordinate(p[1] + 8)).append(" ").append(Numbers.coordinate(p[0] - 8)).append(",").append(Numbers.coordinate(p[1]))
                        .append("\" fill=\"#bbb\" stroke=\"#555\"/>\n");
                s.append(Svg.text(p[0] + 11, p[1] - 6, "chance", "start", "fill=\"#555\""));
            } else {
                String col = Palette.item(x.player().index());
                s.append("<circle cx=\"").append(Numbers.coordinate(p[0])).append("\" cy=\"").append(Numbers.coordinate(p[1]))
                        .append("\" r=\"7\" fill=\"").append(col).append("\"/>\n");
                s.append(Svg.text(p[0] + 10, p[1] - 8, x.player().label(), "start", "fill=\"" + col + "\" font-weight=\"bold\""));
            }
        }
        // legend
        double ly = height - 12;
        s.append(Svg.text(MARGIN, ly, "payoffs: (" + String.join(", ", g.players().stream().map(pl -> pl.label()).toList())
                + ")" + (highlight != null ? "; thick red: equilibrium path" : ""), "start", "fill=\"#555\""));
        return s.append("</svg>\n").toString();
    }

    /** Assigns positions: leaves left to right, parents centred over their children. Returns the depth below x. */
    private static int layout(Node x, Map<Node, double[]> pos, double[] nextLeaf, int d) {
        double y = TOP + 16 + d * DY;
        if (x.isTerminal()) {
            pos.put(x, new double[] {MARGIN + nextLeaf[0]++ * DX, y});
            return 0;
        }
        int deepest = 0;
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        pos.put(x, null); // keep preorder in the map
        for (Node c : x.children()) {
            deepest = Math.max(deepest, 1 + layout(c, pos, nextLeaf, d + 1));
            lo = Math.min(lo, pos.get(c)[0]);
            hi = Math.max(hi, pos.get(c)[0]);
        }
        pos.put(x, new double[] {(lo + hi) / 2, y});
        return deepest;
    }
}
