package org.parley.views.csv;

import java.io.PrintWriter;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Equilibrium;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.QreResult;

/**
 * Equilibria as CSV, one row per probability: equilibrium number, player, information set (trees only), strategy or
 * action, probability (an exact fraction or a double in full precision) and the equilibrium's max regret; a quantal
 * response equilibrium likewise with its lambda and logit residual.
 */
public final class EquilibriumCsv {
    /** The header row. */
    public static final List<String> HEADER = List.of("equilibrium", "player", "infoset", "action", "probability",
            "max_regret");

    private EquilibriumCsv() {
    }

    /** Writes the header and the rows of every verified equilibrium, numbered from 1. */
    public static void write(PrintWriter out, EquilibriumResult r) {
        Csv.row(out, HEADER);
        int idx = 1;
        for (Equilibrium e : r.equilibria()) {
            Profile p = e.profile();
            List<Rational> exact = p.arithmetic() == Arithmetic.EXACT ? p.toFlatExact() : null;
            double[] d = p.toFlatArray();
            String regret = e.exactMaxRegret() != null ? e.exactMaxRegret().toString() : Csv.number(e.maxRegret());
            int k = 0;
            if (p.game() instanceof StrategicGame g) {
                for (int i = 0; i < g.numPlayers(); i++) {
                    for (var s : g.strategies(i)) {
                        Csv.row(out, List.of(Integer.toString(idx), Csv.text(g.player(i).label()), "",
                                Csv.text(s.label()), probability(exact, d, k++), regret));
                    }
                }
            } else {
                ExtensiveGame g = (ExtensiveGame) p.game();
                for (int i = 0; i < g.numPlayers(); i++) {
                    for (Infoset h : g.infosets(i)) {
                        for (var a : h.actions()) {
                            Csv.row(out, List.of(Integer.toString(idx), Csv.text(g.player(i).label()),
                                    Integer.toString(h.index() + 1), Csv.text(a.label()), probability(exact, d, k++),
                                    regret));
                        }
                    }
                }
            }
            idx++;
        }
        out.flush();
    }

    /** The header of a QRE. */
    public static final List<String> QRE_HEADER = List.of("player", "infoset", "action", "probability", "lambda",
            "logit_residual");

    /** Writes the header and one row per action of the QRE's behaviour profile. */
    public static void write(PrintWriter out, QreResult r) {
        Csv.row(out, QRE_HEADER);
        ExtensiveGame g = r.profile().game();
        double[] d = r.profile().toFlatArray();
        int k = 0;
        for (int i = 0; i < g.numPlayers(); i++) {
            for (Infoset h : g.infosets(i)) {
                for (var a : h.actions()) {
                    Csv.row(out, List.of(Csv.text(g.player(i).label()), Integer.toString(h.index() + 1),
                            Csv.text(a.label()), Csv.number(d[k++]), Csv.number(r.lambda()), Csv.number(r.residual())));
                }
            }
        }
        out.flush();
    }

    private static String probability(List<Rational> exact, double[] d, int k) {
        return exact != null ? exact.get(k).toString() : Csv.number(d[k]);
    }
}
