package org.parley.games.io;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.parley.games.ExtensiveGame;
import org.parley.games.InvalidGameException;
import org.parley.games.numeric.Rational;

/**
 * Reads Gambit's extensive-game format ({@code EFG 2 R} or {@code EFG 2 D}): a title, player labels, an
 * optional comment, then the nodes in preorder, one per entry:
 * <pre>
 *   c "node" infoset ["infoset label" { "action" prob ... }] outcome ["outcome label"] [{ payoffs }]
 *   p "node" player infoset ["infoset label" { "action" ... }] outcome ["outcome label"] [{ payoffs }]
 *   t "node" outcome ["outcome label"] [{ payoffs }]
 * </pre>
 * Information sets are numbered per player (chance has its own numbers); action lists may be omitted after
 * the first node of an information set. Outcome 0 means none; an outcome's payoffs may be repeated at each
 * reference or given once. Numbers are read exactly (integers, fractions, decimals).
 *
 * <p>Labels: node, information-set and action labels are kept as written and need not be unique (Gambit
 * 17 refuses duplicate node or information-set labels; Parley identifies objects by position only).
 * Linear in the file size.
 */
public final class EfgReader {
    private EfgReader() {
    }

    private record Parsed(char kind, String label, int player, int infoset, String infosetLabel, List<String> actions,
                          List<Rational> probs, int outcome, int line, int col) {
    }

    private record OutcomeDef(String label, Rational[] payoffs, int line, int col) {
    }

    /** @throws GameFormatException with the location of the first error */
    public static ExtensiveGame read(String text, String source) {
        return read(text, source, GameLimits.DEFAULT);
    }

    /** @throws GameFormatException with the location of the first error, also when a limit is crossed */
    public static ExtensiveGame read(String text, String source, GameLimits limits) {
        return read(new Lexer(text, source), source, limits);
    }

    static ExtensiveGame read(Lexer lx, String source, GameLimits limits) {
        int hl = lx.tokLine;
        int hc = lx.tokCol;
        String magic = lx.word("'EFG'");
        if (!magic.equals("EFG")) {
            throw new GameFormatException(source, hl, hc, "expected 'EFG' header, found '" + magic + "'");
        }
        String version = lx.word("format version");
        if (!version.equals("2")) {
            throw new GameFormatException(source, hl, hc, "unsupported EFG format version " + version + " (only 2)");
        }
        String kind = lx.word("'R' or 'D'");
        if (!kind.equals("R") && !kind.equals("D")) {
            throw new GameFormatException(source, hl, hc, "expected 'R' or 'D' after 'EFG 2', found '" + kind + "'");
        }
        ExtensiveGame.Builder b = ExtensiveGame.builder().title(lx.string("game title"));
        lx.expect(Lexer.Kind.LBRACE, "'{' before player names");
        while (!lx.is(Lexer.Kind.RBRACE)) {
            if (b.numPlayers() == limits.maxPlayers()) {
                throw lx.error("more players than the limit of " + limits.maxPlayers() + limits.raiseHint("players"));
            }
            b.player(lx.string("player name"));
        }
        lx.advance();
        int n = b.numPlayers();
        if (n == 0) {
            throw lx.error("the game has no players");
        }
        if (lx.is(Lexer.Kind.STRING)) {
            b.comment(lx.string("comment"));
        }
        List<Parsed> nodes = new ArrayList<>();
        TreeMap<Integer, OutcomeDef> outcomes = new TreeMap<>();
        while (!lx.is(Lexer.Kind.EOF)) {
            int line = lx.tokLine;
            int col = lx.tokCol;
            if (nodes.size() == limits.maxNodes()) {
                throw new GameFormatException(source, line, col, "more nodes than the limit of " + limits.maxNodes()
                        + limits.raiseHint("nodes"));
            }
            String k = lx.word("node type 'c', 'p' or 't'");
            if (!k.equals("c") && !k.equals("p") && !k.equals("t")) {
                throw new GameFormatException(source, line, col, "expected node type 'c', 'p' or 't', found '" + k + "'");
            }
            String label = lx.string("node name");
            int player = -1;
            int infoset = 0;
            String infosetLabel = null;
            List<String> actions = null;
            List<Rational> probs = null;
            if (!k.equals("t")) {
                if (k.equals("p")) {
                    int pl = lx.tokLine;
                    int pc = lx.tokCol;
                    player = lx.integer("player number");
                    if (player < 1 || player > n) {
                        throw new GameFormatException(source, pl, pc, "player " + player + " is not declared (there are " + n + ")");
                    }
                    player--;
                }
                int il = lx.tokLine;
                int ic = lx.tokCol;
                infoset = lx.integer("information set number");
                if (infoset < 1) {
                    throw new GameFormatException(source, il, ic, "information set numbers start at 1");
                }
                if (lx.is(Lexer.Kind.STRING)) {
                    infosetLabel = lx.string("information set name");
                }
                if (lx.is(Lexer.Kind.LBRACE)) {
                    lx.advance();
                    actions = new ArrayList<>();
                    probs = k.equals("c") ? new ArrayList<>() : null;
                    while (!lx.is(Lexer.Kind.RBRACE)) {
                        actions.add(lx.string("action name"));
                        if (probs != null) {
                            probs.add(lx.probability(actions.get(actions.size() - 1)));
                            lx.optionalComma();
                        }
                    }
                    lx.advance();
                    if (actions.isEmpty()) {
                        throw lx.error("information set " + infoset + " has no actions");
                    }
                }
            }
            int ol = lx.tokLine;
            int oc = lx.tokCol;
            int outcome = lx.integer("outcome number");
            if (outcome < 0) {
                throw new GameFormatException(source, ol, oc, "outcome numbers are >= 0 (0 = none)");
            }
            String outcomeLabel = null;
            if (lx.is(Lexer.Kind.STRING)) {
                outcomeLabel = lx.string("outcome name");
            }
            Rational[] payoffs = null;
            if (lx.is(Lexer.Kind.LBRACE)) {
                lx.advance();
                payoffs = new Rational[n];
                for (int i = 0; i < n; i++) {
                    payoffs[i] = lx.number("payoff of player ", i + 1);
                    lx.optionalComma();
                }
                lx.expect(Lexer.Kind.RBRACE, "'}' after the payoffs (one per player)");
            }
            if (outcome == 0 && (payoffs != null)) {
                throw new GameFormatException(source, ol, oc, "payoffs given for outcome 0 (no outcome)");
            }
            if (outcome > 0) {
                OutcomeDef old = outcomes.get(outcome);
                if (old == null) {
                    if (payoffs == null) {
                        // defined later, or never: payoffs zero unless a later reference gives them
                        outcomes.put(outcome, new OutcomeDef(outcomeLabel == null ? "" : outcomeLabel, null, ol, oc));
                    } else {
                        outcomes.put(outcome, new OutcomeDef(outcomeLabel == null ? "" : outcomeLabel, payoffs, ol, oc));
                    }
                } else if (payoffs != null) {
                    if (old.payoffs == null) {
                        outcomes.put(outcome, new OutcomeDef(outcomeLabel == null ? old.label : outcomeLabel, payoffs, ol, oc));
                    } else if (!java.util.Arrays.equals(old.payoffs, payoffs)) {
                        throw new GameFormatException(source, ol, oc, "outcome " + outcome + " was defined at line " + old.line
                                + " with other payoffs");
                    }
                }
            }
            nodes.add(new Parsed(k.charAt(0), label, player, infoset, infosetLabel, actions, probs, outcome, line, col));
        }
        if (nodes.isEmpty()) {
            throw lx.error("the game has no nodes");
        }
        // outcomes in number order; index = position
        java.util.Map<Integer, Integer> outcomeIndex = new java.util.HashMap<>();
        for (var e : outcomes.entrySet()) {
            Rational[] v = e.getValue().payoffs;
            if (v == null) {
                v = new Rational[n];
                java.util.Arrays.fill(v, Rational.ZERO);
            }
            outcomeIndex.put(e.getKey(), b.addOutcome(e.getValue().label, v));
        }
        int[] next = {0};
        build(b.root(), nodes, next, outcomeIndex, source, limits);
        if (next[0] != nodes.size()) {
            Parsed extra = nodes.get(next[0]);
            throw new GameFormatException(source, extra.line, extra.col, "node outside the tree (the tree was complete before it)");
        }
        try {
            return b.build();
        } catch (InvalidGameException e) {
            throw new GameFormatException(source, 1, 1, e.getMessage(), e);
        }
    }

    private static void build(ExtensiveGame.Builder.Draft root, List<Parsed> nodes, int[] next, java.util.Map<Integer, Integer> outcomeIndex, String source,
                              GameLimits limits) {
        // explicit stack: trees can be deep
        java.util.ArrayDeque<ExtensiveGame.Builder.Draft> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            ExtensiveGame.Builder.Draft d = stack.pop();
            int depth = depths.pop();
            if (next[0] >= nodes.size()) {
                Parsed last = nodes.get(nodes.size() - 1);
                throw new GameFormatException(source, last.line, last.col, "file ends before the tree is complete (" + (stack.size() + 1) + " nodes missing)");
            }
            Parsed p = nodes.get(next[0]++);
            if (depth > limits.maxDepth()) {
                throw new GameFormatException(source, p.line, p.col, "the tree is deeper than the limit of "
                        + limits.maxDepth() + " moves");
            }
            d.label(p.label);
            if (p.outcome > 0) {
                d.outcome(outcomeIndex.get(p.outcome));
            }
            List<ExtensiveGame.Builder.Draft> kids;
            try {
                kids = switch (p.kind) {
                    case 'p' -> d.personal(p.player, p.infoset, p.infosetLabel, p.actions);
                    case 'c' -> d.chance(p.infoset, p.infosetLabel, p.actions, p.probs);
                    default -> List.of();
                };
            } catch (InvalidGameException e) {
                throw new GameFormatException(source, p.line, p.col, e.getMessage(), e);
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
                depths.push(depth + 1);
            }
        }
    }
}
