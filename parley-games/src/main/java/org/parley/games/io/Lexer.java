package org.parley.games.io;

import org.parley.games.numeric.Rational;

/**
 * Tokenizer for Gambit's .nfg/.efg text: quoted strings (with backslash escapes), braces, commas and bare
 * words (numbers, node kinds, header words). {@code #} starts a comment to the end of the line outside
 * strings. Tracks line and column of each token for {@link GameFormatException}.
 */
final class Lexer {
    enum Kind {
        STRING,
        WORD,
        LBRACE,
        RBRACE,
        COMMA,
        EOF
    }

    private final String src;
    private final String file;
    private int pos;
    private int line = 1;
    private int lineStart;

    Kind kind;
    String text;
    int tokLine;
    int tokCol;

    Lexer(String src, String file) {
        this.src = src;
        this.file = file;
        advance();
    }

    GameFormatException error(String msg) {
        return new GameFormatException(file, tokLine, tokCol, msg);
    }

    private String describe() {
        return switch (kind) {
            case STRING -> "string \"" + text + "\"";
            case WORD -> "'" + text + "'";
            case LBRACE -> "'{'";
            case RBRACE -> "'}'";
            case COMMA -> "','";
            case EOF -> "end of file";
        };
    }

    void advance() {
        // skip blanks and comments
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
        tokLine = line;
        tokCol = pos - lineStart + 1;
        if (pos >= src.length()) {
            kind = Kind.EOF;
            text = "";
            return;
        }
        char c = src.charAt(pos);
        switch (c) {
            case '{' -> {
                kind = Kind.LBRACE;
                text = "{";
                pos++;
            }
            case '}' -> {
                kind = Kind.RBRACE;
                text = "}";
                pos++;
            }
            case ',' -> {
                kind = Kind.COMMA;
                text = ",";
                pos++;
            }
            case '"' -> {
                pos++;
                StringBuilder sb = new StringBuilder();
                while (true) {
                    if (pos >= src.length()) {
                        throw new GameFormatException(file, tokLine, tokCol, "unterminated string");
                    }
                    char d = src.charAt(pos++);
                    if (d == '"') {
                        break;
                    }
                    if (d == '\\' && pos < src.length()) {
                        d = src.charAt(pos++);
                    }
                    if (d == '\n') {
                        line++;
                        lineStart = pos;
                    }
                    sb.append(d);
                }
                kind = Kind.STRING;
                text = sb.toString();
            }
            default -> {
                int start = pos;
                while (pos < src.length()) {
                    char d = src.charAt(pos);
                    if (Character.isWhitespace(d) || d == '{' || d == '}' || d == ',' || d == '"' || d == '#') {
                        break;
                    }
                    pos++;
                }
                kind = Kind.WORD;
                text = src.substring(start, pos);
            }
        }
    }

    boolean is(Kind k) {
        return kind == k;
    }

    void expect(Kind k, String what) {
        if (kind != k) {
            throw error("expected " + what + ", found " + describe());
        }
        advance();
    }

    String string(String what) {
        if (kind != Kind.STRING) {
            throw error("expected " + what + " (a quoted string), found " + describe());
        }
        String s = text;
        advance();
        return s;
    }

    String word(String what) {
        if (kind != Kind.WORD) {
            throw error("expected " + what + ", found " + describe());
        }
        String s = text;
        advance();
        return s;
    }

    int integer(String what) {
        if (kind != Kind.WORD) {
            throw error("expected " + what + " (an integer), found " + describe());
        }
        try {
            int v = Integer.parseInt(text);
            advance();
            return v;
        } catch (NumberFormatException e) {
            throw error("expected " + what + " (an integer), found " + describe());
        }
    }

    /** A number described on error as {@code what + k} (no string is built unless there is an error). */
    Rational number(String what, int k) {
        if (kind == Kind.WORD) {
            try {
                Rational r = Rational.parse(text);
                advance();
                return r;
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
        }
        throw error("expected " + what + k + " (a number), found " + describe());
    }

    /** A chance probability of the action just read, described by its label on error. */
    Rational probability(String action) {
        if (kind == Kind.WORD) {
            try {
                Rational r = Rational.parse(text);
                advance();
                return r;
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
        }
        throw error("expected the probability of action \"" + action + "\" (a number), found " + describe());
    }

    Rational number(String what) {
        if (kind != Kind.WORD) {
            throw error("expected " + what + " (a number), found " + describe());
        }
        try {
            Rational r = Rational.parse(text);
            advance();
            return r;
        } catch (NumberFormatException | ArithmeticException e) {
            throw error("expected " + what + " (a number), found " + describe());
        }
    }

    /** Skips an optional comma between numbers. */
    void optionalComma() {
        if (kind == Kind.COMMA) {
            advance();
        }
    }
}
