package org.parley.games.io;

import java.util.ArrayList;
import java.util.List;
import org.parley.games.InvalidGameException;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;

/**
 * Reads Gambit's strategic-game format ({@code NFG 1 R} or {@code NFG 1 D}): a title, the player labels,
 * either strategy counts {@code { 3 2 }} (strategies labelled "1", "2", ...) or strategy labels
 * {@code { { "a" "b" } { "c" "d" } }}, an optional comment string, then either the payoff list (per cell,
 * player 1's strategy fastest, one payoff per player) or the outcome version (a brace-enclosed list of
 * {@code { "label" payoffs }} followed by one outcome number per cell, 0 for none). Payoffs are integers,
 * fractions or decimals, read exactly; commas between them are optional. Labels need not be unique.
 * Linear in the file size.
 */
public final class NfgReader {
    private NfgReader() {
    }

    /** @throws GameFormatException with the location of the first error */
    public static StrategicGame read(String text, String source) {
        return read(text, source, GameLimits.DEFAULT);
    }

    /** @throws GameFormatException with the location of the first error, also when a limit is crossed */
    public static StrategicGame read(String text, String source, GameLimits limits) {
        Lexer lx = new Lexer(text, source);
        return read(lx, source, limits);
    }

    static StrategicGame read(Lexer lx, String source, GameLimits limits) {
        int hl = lx.tokLine;
        int hc = lx.tokCol;
        String magic = lx.word("'NFG'");
        if (!magic.equals("NFG")) {
            throw new GameFormatException(source, hl, hc, "expected 'NFG' header, found '" + magic + "'");
        }
        String version = lx.word("format version");
        if (!version.equals("1")) {
            throw new GameFormatException(source, hl, hc, "unsupported NFG format version " + version + " (only 1)");
        }
        String kind = lx.word("'R' or 'D'");
        if (!kind.equals("R") && !kind.equals("D")) {
            throw new GameFormatException(source, hl, hc, "expected 'R' or 'D' after 'NFG 1', found '" + kind + "'");
        }
        StrategicGame.Builder b = StrategicGame.builder().title(lx.string("game title"));
        List<String> players = new ArrayList<>();
        lx.expect(Lexer.Kind.LBRACE, "'{' before player names");
        while (!lx.is(Lexer.Kind.RBRACE)) {
            if (players.size() == limits.maxPlayers()) {
                throw lx.error("more players than the limit of " + limits.maxPlayers() + limits.raiseHint("players"));
            }
            players.add(lx.string("player name"));
        }
        lx.advance();
        if (players.isEmpty()) {
            throw lx.error("the game has no players");
        }
        lx.expect(Lexer.Kind.LBRACE, "'{' before strategies");
        long cells = 1;
        if (lx.is(Lexer.Kind.LBRACE)) {
            for (String p : players) {
                lx.expect(Lexer.Kind.LBRACE, "'{' before a player's strategies");
                List<String> st = new ArrayList<>();
                int line = lx.tokLine;
                int col = lx.tokCol;
                while (!lx.is(Lexer.Kind.RBRACE)) {
                    st.add(lx.string("strategy name"));
                }
                if (st.isEmpty()) {
                    throw lx.error("player \"" + p + "\" has no strategies");
                }
                cells = checkSize(source, line, col, p, st.size(), cells, limits);
                lx.advance();
                b.player(p, st);
            }
        } else {
            for (String p : players) {
                int line = lx.tokLine;
                int col = lx.tokCol;
                int k = lx.integer("a number of strategies");
                if (k < 1) {
                    throw new GameFormatException(source, line, col, "player \"" + p + "\" must have at least one strategy");
                }
                cells = checkSize(source, line, col, p, k, cells, limits);
                b.player(p, k);
            }
        }
        lx.expect(Lexer.Kind.RBRACE, "'}' after strategies");
        if (cells > Integer.MAX_VALUE - 8) {
            throw new UnsupportedGameException("strategic game has more than 2^31 cells");
        }
        if (lx.is(Lexer.Kind.STRING)) {
            b.comment(lx.string("comment"));
        }
        int n = players.size();
        if (lx.is(Lexer.Kind.LBRACE)) {
            lx.advance();
            int outcomes = 0;
            while (lx.is(Lexer.Kind.LBRACE)) {
                lx.advance();
                String label = lx.string("outcome name");
                Rational[] v = new Rational[n];
                for (int i = 0; i < n; i++) {
                    v[i] = lx.number("payoff of player ", i + 1);
                    lx.optionalComma();
                }
                lx.expect(Lexer.Kind.RBRACE, "'}' after the payoffs of an outcome (one per player)");
                b.addOutcome(label, v);
                outcomes++;
            }
            lx.expect(Lexer.Kind.RBRACE, "'}' after outcomes");
            for (int c = 0; c < cells; c++) {
                int line = lx.tokLine;
                int col = lx.tokCol;
                if (lx.is(Lexer.Kind.EOF)) {
                    throw lx.error("expected " + cells + " outcome numbers, found only " + c);
                }
                int o = lx.integer("outcome number");
                if (o < 0 || o > outcomes) {
                    throw new GameFormatException(source, line, col, "outcome " + o + " is not defined (there are " + outcomes + ")");
                }
                b.cellOutcome(c, o - 1);
            }
        } else {
            Rational[] v = new Rational[n];
            for (int c = 0; c < cells; c++) {
                for (int i = 0; i < n; i++) {
                    if (lx.is(Lexer.Kind.EOF)) {
                        throw lx.error("expected " + (cells * n) + " payoffs, found only " + (c * n + i));
                    }
                    v[i] = lx.number("payoff");
                    lx.optionalComma();
                }
                b.cellPayoffs(c, v);
            }
        }
        if (!lx.is(Lexer.Kind.EOF)) {
            throw lx.error("unexpected text after the last cell");
        }
        try {
            return b.build();
        } catch (InvalidGameException e) {
            throw new GameFormatException(source, 1, 1, e.getMessage(), e);
        }
    }

    /** The profile count with this player's strategies, refused (located) beyond the limits before allocating. */
    private static long checkSize(String source, int line, int col, String player, int strategies, long profiles,
                                  GameLimits limits) {
        if (strategies > limits.maxStrategies()) {
            throw new GameFormatException(source, line, col, "player \"" + player + "\" has " + strategies
                    + " strategies, more than the limit of " + limits.maxStrategies() + limits.raiseHint("strategies"));
        }
        // profiles ≤ the profile limit and strategies ≤ the strategy limit; saturate rather than overflow when both
        // limits were raised far
        long product = Math.multiplyHigh(profiles, strategies) != 0 || profiles * strategies < 0 ? Long.MAX_VALUE
                : profiles * strategies;
        if (product > limits.maxProfiles()) {
            throw new GameFormatException(source, line, col, "the game has at least " + product
                    + " strategy profiles, more than the limit of " + limits.maxProfiles()
                    + limits.raiseHint("profiles"));
        }
        return product;
    }
}
