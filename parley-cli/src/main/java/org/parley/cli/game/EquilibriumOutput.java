package org.parley.cli.game;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.io.GameJsonWriter;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Equilibrium;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.QreResult;

/** Prints an {@link EquilibriumResult} as Gambit's NE lines, JSON or CSV, and a {@link QreResult} likewise. */
final class EquilibriumOutput {
    private EquilibriumOutput() {
    }

    /** Gambit's line: {@code NE,p1,p2,...}; exact values as fractions, doubles as C++ streams print them (6 significant digits). */
    static String gambitLine(Profile p) {
        StringBuilder sb = new StringBuilder("NE");
        if (p.arithmetic() == Arithmetic.EXACT) {
            for (Rational r : p.toFlatExact()) {
                sb.append(',').append(r);
            }
        } else {
            for (double d : p.toFlatArray()) {
                sb.append(',').append(cppDouble(d));
            }
        }
        return sb.toString();
    }

    /** A double as C++'s default ostream formatting prints it (%g with 6 significant digits, zeros trimmed). */
    static String cppDouble(double d) {
        if (d == 0) {
            return "0";
        }
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        BigDecimal b = new BigDecimal(d).round(new MathContext(6));
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 6) {
            BigDecimal mant = b.movePointLeft(exp).stripTrailingZeros();
            String e = Integer.toString(Math.abs(exp));
            return mant.toPlainString() + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        String s = b.stripTrailingZeros().toPlainString();
        return s;
    }

    static void gambit(EquilibriumResult r, PrintWriter out) {
        for (Equilibrium e : r.equilibria()) {
            out.println(gambitLine(e.profile()));
        }
    }

    private static String number(Profile p, int k, List<Rational> exact, double[] d) {
        return p.arithmetic() == Arithmetic.EXACT ? exact.get(k).toString() : Double.toString(d[k]);
    }

    static void csv(EquilibriumResult r, PrintWriter out) {
        out.println("equilibrium,player,infoset,action,probability,max_regret");
        int idx = 1;
        for (Equilibrium e : r.equilibria()) {
            Profile p = e.profile();
            List<Rational> exact = p.arithmetic() == Arithmetic.EXACT ? p.toFlatExact() : null;
            double[] d = p.toFlatArray();
            String regret = e.exactMaxRegret() != null ? e.exactMaxRegret().toString() : Double.toString(e.maxRegret());
            int k = 0;
            if (p.game() instanceof StrategicGame g) {
                for (int i = 0; i < g.numPlayers(); i++) {
                    for (var s : g.strategies(i)) {
                        out.println(idx + "," + csvText(g.player(i).label()) + ",," + csvText(s.label()) + "," + number(p, k++, exact, d) + "," + regret);
                    }
                }
            } else {
                ExtensiveGame g = (ExtensiveGame) p.game();
                for (int i = 0; i < g.numPlayers(); i++) {
                    for (Infoset h : g.infosets(i)) {
                        for (var a : h.actions()) {
                            out.println(idx + "," + csvText(g.player(i).label()) + "," + (h.index() + 1) + "," + csvText(a.label()) + ","
                                    + number(p, k++, exact, d) + "," + regret);
                        }
                    }
                }
            }
            idx++;
        }
    }

    static String csvText(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String json(Equilibrium e) {
        Profile p = e.profile();
        StringBuilder sb = new StringBuilder("{\"profile\":");
        flat(p, sb);
        if (p instanceof MixedBehaviorProfile b) {
            ExtensiveGame g = b.game();
            // Behaviour strategies are the profile; the realization-equivalent mixed strategies of the reduced
            // strategic form are given as well (Gambit prints one or the other depending on the tool).
            sb.append(",\"kind\":\"behavior\"");
            try {
                MixedStrategyProfile m = g.reducedStrategicForm().toMixed(b);
                sb.append(",\"mixed\":");
                flat(m, sb);
            } catch (UnsupportedGameException u) {
                sb.append(",\"mixedUnavailable\":").append(GameJsonWriter.str(u.getMessage()));
            }
        } else {
            sb.append(",\"kind\":\"mixed\"");
        }
        sb.append(",\"maxRegret\":").append(jsonDouble(e.maxRegret()));
        if (e.exactMaxRegret() != null) {
            sb.append(",\"exactMaxRegret\":").append(GameJsonWriter.str(e.exactMaxRegret().toString()));
        }
        return sb.append(",\"verified\":").append(e.verified()).append('}').toString();
    }

    private static void flat(Profile p, StringBuilder sb) {
        sb.append('[');
        if (p.arithmetic() == Arithmetic.EXACT) {
            List<Rational> l = p.toFlatExact();
            for (int k = 0; k < l.size(); k++) {
                sb.append(k == 0 ? "" : ",").append(GameJsonWriter.str(l.get(k).toString()));
            }
        } else {
            double[] d = p.toFlatArray();
            for (int k = 0; k < d.length; k++) {
                sb.append(k == 0 ? "" : ",").append(jsonDouble(d[k]));
            }
        }
        sb.append(']');
    }

    private static String jsonDouble(double d) {
        return Double.isFinite(d) ? Double.toString(d) : "null";
    }

    static void json(EquilibriumResult r, String file, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"schema\":\"parley-equilibria\",\"version\":1,\"file\":").append(GameJsonWriter.str(file))
                .append(",\"gameHash\":").append(GameJsonWriter.str(r.gameHash()))
                .append(",\"title\":").append(GameJsonWriter.str(r.game().title()))
                .append(",\"method\":").append(GameJsonWriter.str(r.method()))
                .append(",\"arithmetic\":").append(GameJsonWriter.str(r.arithmetic().name()))
                .append(",\"representation\":").append(GameJsonWriter.str(r.representation().name()))
                .append(",\"options\":").append(GameJsonWriter.str(r.options().toString()))
                .append(",\"tolerance\":{\"absolute\":").append(r.tolerance().absolute()).append(",\"relative\":")
                .append(r.tolerance().relative()).append('}')
                .append(",\"verified\":").append(r.isVerified())
                .append(",\"equilibria\":[");
        for (int k = 0; k < r.equilibria().size(); k++) {
            sb.append(k == 0 ? "" : ",").append(json(r.equilibria().get(k)));
        }
        sb.append("],\"rejected\":[");
        for (int k = 0; k < r.rejected().size(); k++) {
            sb.append(k == 0 ? "" : ",").append(json(r.rejected().get(k)));
        }
        sb.append("],\"diagnostics\":{\"elapsedNanos\":").append(r.diagnostics().elapsedNanos()).append(",\"counters\":{");
        int k = 0;
        for (var c : r.diagnostics().counters().entrySet()) {
            sb.append(k++ == 0 ? "" : ",").append(GameJsonWriter.str(c.getKey())).append(':').append(c.getValue());
        }
        sb.append("}}}");
        out.println(sb);
    }

    /** A QRE as gambit-logit prints its points: {@code lambda,p1,p2,...} (6 significant digits). */
    static void gambit(QreResult r, PrintWriter out) {
        StringBuilder sb = new StringBuilder(cppDouble(r.lambda()));
        for (double d : r.profile().toFlatArray()) {
            sb.append(',').append(cppDouble(d));
        }
        out.println(sb);
    }

    static void csv(QreResult r, PrintWriter out) {
        out.println("player,infoset,action,probability,lambda,logit_residual");
        ExtensiveGame g = r.profile().game();
        double[] d = r.profile().toFlatArray();
        int k = 0;
        for (int i = 0; i < g.numPlayers(); i++) {
            for (Infoset h : g.infosets(i)) {
                for (var a : h.actions()) {
                    out.println(csvText(g.player(i).label()) + "," + (h.index() + 1) + "," + csvText(a.label()) + ","
                            + d[k++] + "," + r.lambda() + "," + r.residual());
                }
            }
        }
    }

    static void json(QreResult r, String file, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"schema\":\"parley-qre\",\"version\":1,\"file\":").append(GameJsonWriter.str(file))
                .append(",\"gameHash\":").append(GameJsonWriter.str(r.gameHash()))
                .append(",\"title\":").append(GameJsonWriter.str(r.game().title()))
                .append(",\"method\":").append(GameJsonWriter.str(r.method()))
                .append(",\"lambda\":").append(jsonDouble(r.lambda()))
                .append(",\"representation\":").append(GameJsonWriter.str(r.representation().name()))
                .append(",\"profile\":");
        flat(r.profile(), sb);
        sb.append(",\"logitResidual\":").append(jsonDouble(r.residual()))
                .append(",\"tolerance\":").append(jsonDouble(r.tolerance()))
                .append(",\"verified\":").append(r.isVerified()).append('}');
        out.println(sb);
    }
}
