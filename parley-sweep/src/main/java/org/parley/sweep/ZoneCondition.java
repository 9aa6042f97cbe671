package org.parley.sweep;

import org.parley.analysis.crisis.CrisisOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A zone's condition, parsed and bound to a sweep's output columns. Grammar:
 * <pre>
 *   expr  := term ('or' term)*
 *   term  := unary ('and' unary)*
 *   unary := 'not' unary | '(' expr ')' | test
 *   test  := REF ('&lt;' | '&lt;=' | '&gt;' | '&gt;=') NUMBER
 *          | REF 'in' '[' NUMBER ',' NUMBER ']'
 *          | REF ('==' | '!=') LABEL
 *   REF   := ISSUE | MODEL.ISSUE                    a forecast (ISSUE alone: each model in turn)
 *          | ISSUE.agreement | MODEL.ISSUE.agreement  with LABEL agreement | no_agreement
 *          | GAME.STANCE.p_deal | .p_escalation | .p_status_quo
 *          | GAME.STANCE.outcome                    with LABEL deal | escalation | status_quo
 * </pre>
 * A sample counts towards the zone's probability only when every value the condition reads is there (a model that
 * failed, or does not model agreement, leaves it out). Immutable.
 */
public final class ZoneCondition {
    /** Stands for "the model being evaluated" in a reference that names none. */
    private static final String UNBOUND = "\u0000any model";
    private final Node root;
    private final boolean perModel;

    private ZoneCondition(Node root, boolean perModel) {
        this.root = root;
        this.perModel = perModel;
    }

    /** Whether the condition names an issue without a model, and so is evaluated once per model. */
    public boolean perModel() {
        return perModel;
    }

    /**
     * Parses a condition and binds its references to the layout.
     *
     * @throws IllegalArgumentException with the position (1-based column) of the problem and what was expected
     */
    public static ZoneCondition parse(String text, OutputLayout layout) {
        Parser p = new Parser(text, layout);
        Node n = p.expr();
        p.expectEnd();
        return new ZoneCondition(n, p.perModel);
    }

    /**
     * Evaluates the condition on one row.
     *
     * @param model the model that stands in for references without one (ignored unless {@link #perModel()})
     * @return 1 inside, 0 outside, −1 when a value it reads is missing
     */
    public int test(double[] rows, int offset, OutputLayout layout, String model) {
        return root.eval(rows, offset, layout, model);
    }

    private sealed interface Node permits Or, And, Not, Compare {
        int eval(double[] r, int off, OutputLayout l, String model);
    }

    private record Or(Node a, Node b) implements Node {
        public int eval(double[] r, int off, OutputLayout l, String model) {
            int x = a.eval(r, off, l, model), y = b.eval(r, off, l, model);
            return x < 0 || y < 0 ? -1 : (x | y);
        }
    }

    private record And(Node a, Node b) implements Node {
        public int eval(double[] r, int off, OutputLayout l, String model) {
            int x = a.eval(r, off, l, model), y = b.eval(r, off, l, model);
            return x < 0 || y < 0 ? -1 : (x & y);
        }
    }

    private record Not(Node a) implements Node {
        public int eval(double[] r, int off, OutputLayout l, String model) {
            int x = a.eval(r, off, l, model);
            return x < 0 ? -1 : 1 - x;
        }
    }

    /** ref op value; for unbound forecast refs {@code template} names the issue and kind, the model comes later. */
    private record Compare(OutputId template, int column, String op, double a, double b) implements Node {
        public int eval(double[] r, int off, OutputLayout l, String model) {
            int c = column >= 0 ? column : l.indexOf(new OutputId(template.kind(), model, template.issue(), null, null));
            if (c < 0) {
                return -1;
            }
            double v = r[off + c];
            if (Double.isNaN(v)) {
                return -1;
            }
            boolean in = switch (op) {
                case "<" -> v < a;
                case "<=" -> v <= a;
                case ">" -> v > a;
                case ">=" -> v >= a;
                case "in" -> v >= a && v <= b;
                case "==" -> v == a;
                case "!=" -> v != a;
                default -> throw new IllegalStateException(op);
            };
            return in ? 1 : 0;
        }
    }

    private static final class Parser {
        private final String text;
        private final OutputLayout layout;
        private final List<String[]> tokens = new ArrayList<>(); // {text, column}
        private int pos;
        boolean perModel;

        Parser(String text, OutputLayout layout) {
            this.text = text;
            this.layout = layout;
            int i = 0;
            while (i < text.length()) {
                char ch = text.charAt(i);
                if (Character.isWhitespace(ch)) {
                    i++;
                    continue;
                }
                int start = i;
                if ("()[],".indexOf(ch) >= 0) {
                    i++;
                } else if ("<>=!".indexOf(ch) >= 0) {
                    i++;
                    if (i < text.length() && text.charAt(i) == '=') {
                        i++;
                    }
                } else if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.' || ch == '+') {
                    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_-.+".indexOf(
                            text.charAt(i)) >= 0)) {
                        i++;
                    }
                } else {
                    throw error(i, "unexpected character '" + ch + "'");
                }
                tokens.add(new String[] {text.substring(start, i), Integer.toString(start)});
            }
        }

        private IllegalArgumentException error(int column, String message) {
            return new IllegalArgumentException("zone '" + text + "', column " + (column + 1) + ": " + message);
        }

        private IllegalArgumentException error(String message) {
            int col = pos < tokens.size() ? Integer.parseInt(tokens.get(pos)[1]) : text.length();
            return error(col, message);
        }

        private String peek() {
            return pos < tokens.size() ? tokens.get(pos)[0] : null;
        }

        private String next(String what) {
            if (pos >= tokens.size()) {
                throw error("expected " + what + ", found the end");
            }
            return tokens.get(pos++)[0];
        }

        void expectEnd() {
            if (pos < tokens.size()) {
                throw error("unexpected '" + peek() + "'");
            }
        }

        Node expr() {
            Node n = term();
            while ("or".equalsIgnoreCase(peek())) {
                pos++;
                n = new Or(n, term());
            }
            return n;
        }

        Node term() {
            Node n = unary();
            while ("and".equalsIgnoreCase(peek())) {
                pos++;
                n = new And(n, unary());
            }
            return n;
        }

        Node unary() {
            String t = peek();
            if ("not".equalsIgnoreCase(t)) {
                pos++;
                return new Not(unary());
            }
            if ("(".equals(t)) {
                pos++;
                Node n = expr();
                if (!")".equals(next("')'"))) {
                    pos--;
                    throw error("expected ')'");
                }
                return n;
            }
            return test();
        }

        Node test() {
            int refPos = pos;
            String ref = next("a reference such as sequencing, eu.sequencing or us-dprk.hold.p_deal");
            OutputId id = resolve(ref, refPos);
            String op = next("an operator");
            if (op.equalsIgnoreCase("in")) {
                if (!id.kind().isNumeric()) {
                    throw error("'in' needs a number-valued reference");
                }
                expect("[");
                double a = number();
                expect(",");
                double b = number();
                expect("]");
                if (!(a <= b)) {
                    throw error("interval [" + a + ", " + b + "] is empty");
                }
                return compare(id, "in", a, b);
            }
            if (List.of("<", "<=", ">", ">=").contains(op)) {
                if (!id.kind().isNumeric()) {
                    throw error("'" + op + "' needs a number-valued reference; " + ref + " takes ==/!= and a label");
                }
                return compare(id, op, number(), Double.NaN);
            }
            if (op.equals("==") || op.equals("!=")) {
                if (id.kind().isNumeric()) {
                    throw error("a number is not compared with == or != (a forecast is continuous); use <, <=, >, >="
                            + " or 'in [a, b]'");
                }
                String label = next("a label").toLowerCase(Locale.ROOT);
                if (label.equals("status") && "quo".equalsIgnoreCase(peek())) {
                    pos++;
                    label = "status_quo";
                }
                double code;
                if (id.kind() == OutputKind.AGREEMENT) {
                    code = switch (label.replace('-', '_')) {
                        case "agreement" -> 0;
                        case "no_agreement" -> 1;
                        default -> throw error("expected agreement or no_agreement, got '" + label + "'");
                    };
                } else {
                    try {
                        code = CrisisOutcome.parse(label.replace('_', ' ')).ordinal();
                    } catch (IllegalArgumentException e) {
                        throw error(e.getMessage());
                    }
                }
                return compare(id, op, code, Double.NaN);
            }
            pos--;
            throw error("expected <, <=, >, >=, in, == or !=, got '" + op + "'");
        }

        private Node compare(OutputId id, String op, double a, double b) {
            int col = UNBOUND.equals(id.model()) ? -1 : layout.indexOf(id);
            return new Compare(id, col, op, a, b);
        }

        private void expect(String t) {
            if (!t.equals(next("'" + t + "'"))) {
                pos--;
                throw error("expected '" + t + "'");
            }
        }

        private double number() {
            String t = next("a number");
            try {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                pos--;
                throw error("expected a number, got '" + t + "'");
            }
        }

        private OutputId resolve(String ref, int refPos) {
            String[] p = ref.split("\\.", -1);
            List<OutputId> cols = layout.columns();
            java.util.function.Predicate<String> isIssue = s -> cols.stream().anyMatch(c -> c.model() != null
                    && c.issue().equals(s));
            java.util.function.Predicate<String> isModel = s -> cols.stream().anyMatch(c -> s.equals(c.model()));
            if (p.length == 1 && isIssue.test(p[0])) {
                perModel = true;
                return new OutputId(OutputKind.FORECAST, UNBOUND, p[0], null, null);
            }
            if (p.length == 2 && isIssue.test(p[0]) && p[1].equalsIgnoreCase("agreement")) {
                perModel = true;
                return new OutputId(OutputKind.AGREEMENT, UNBOUND, p[0], null, null);
            }
            if ((p.length == 2 || p.length == 3 && p[2].equalsIgnoreCase("agreement")) && isModel.test(p[0])) {
                OutputId id = p.length == 2 ? OutputId.forecast(p[0], p[1]) : OutputId.agreement(p[0], p[1]);
                if (layout.indexOf(id) < 0) {
                    throw refError(ref, refPos, "model " + p[0] + " has no issue '" + p[1] + "'");
                }
                return id;
            }
            if (p.length == 3) {
                OutputKind kind = switch (p[2].toLowerCase(Locale.ROOT)) {
                    case "p_deal" -> OutputKind.P_DEAL;
                    case "p_escalation" -> OutputKind.P_ESCALATION;
                    case "p_status_quo" -> OutputKind.P_STATUS_QUO;
                    case "outcome" -> OutputKind.MODAL_OUTCOME;
                    default -> null;
                };
                if (kind != null) {
                    for (OutputId c : cols) {
                        if (c.kind() == kind && p[0].equals(c.game()) && p[1].equals(c.stance())) {
                            return c;
                        }
                    }
                    throw refError(ref, refPos, "no game '" + p[0] + "' with a stance '" + p[1] + "'");
                }
            }
            throw refError(ref, refPos, "expected ISSUE, MODEL.ISSUE, [MODEL.]ISSUE.agreement or "
                    + "GAME.STANCE.p_deal|p_escalation|p_status_quo|outcome");
        }

        private IllegalArgumentException refError(String ref, int refPos, String why) {
            return error(Integer.parseInt(tokens.get(refPos)[1]), "unknown reference '" + ref + "': " + why);
        }
    }
}
