package org.parley.scenario.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.scenario.Scenario;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a scenario file (YAML, or the same structure in JSON) into a {@link Scenario}, reporting every problem
 * with its file, line and column. The format is specified in {@code docs/SCENARIO-FORMAT.md} and
 * {@code docs/scenario.schema.json}.
 *
 * <p>One parser reads both syntaxes: JSON is YAML 1.2 (flow style), read with the YAML 1.2 core schema. The
 * text is composed into a node tree that keeps the start position of every node, then read section by section
 * (one reader class per section, e.g. {@code IssuesReader}, {@code GamesReader}, {@code LeversReader}) into the
 * typed records, so that a problem is reported at the node that causes it. Syntax errors stop reading (the tree is
 * incomplete); all other problems are collected and reported together in one {@link ScenarioFormatException}.
 *
 * <p>Stateless and thread-safe. Cost is linear in the size of the file (plus, per unknown key or id, a
 * did-you-mean search over the known ones).
 */
public final class ScenarioReader {

    private final InputLimits limits;

    /** Creates a reader with the {@link InputLimits#DEFAULT} limits; it may be shared between threads. */
    public ScenarioReader() {
        this(InputLimits.DEFAULT);
    }

    /** Creates a reader with the given size limits; it may be shared between threads. */
    public ScenarioReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads a scenario file (UTF-8).
     *
     * @throws ScenarioFormatException if the file cannot be read or holds any error; warnings are dropped (use
     *                           {@link #readWithWarnings(Path)} to see them)
     */
    public Scenario read(Path file) {
        return readWithWarnings(file).scenario();
    }

    /**
     * Reads a scenario from text.
     *
     * @param sourceName the name problems report as their file (e.g. the file name or "&lt;stdin&gt;")
     * @throws ScenarioFormatException if the text holds any error
     */
    public Scenario read(String text, String sourceName) {
        return readWithWarnings(text, sourceName).scenario();
    }

    /**
     * Reads a scenario file (UTF-8) and returns it with the warnings raised.
     *
     * @throws ScenarioFormatException if the file cannot be read or holds any error
     */
    public ReadResult readWithWarnings(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw problem(name, "is a directory, not a scenario file", "");
            }
            long bytes = Files.size(file);
            if (bytes > 4L * limits.maxChars()) { // UTF-8 takes at most 4 bytes per character: too many chars
                throw problem(name, "the file is larger than the limit of " + limits.maxChars() + " characters ("
                        + bytes + " bytes)", "split the scenario or shorten long texts; "
                        + InputLimits.raiseHint("chars"));
            }
            // a strict decoder: malformed UTF-8 is an error, not silently replaced
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw problem(name, "file not found", "check the path");
        } catch (AccessDeniedException e) {
            throw problem(name, "cannot read the file: permission denied", "");
        } catch (CharacterCodingException e) {
            throw problem(name, "the file is not valid UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            throw problem(name, "cannot read the file: " + e, "");
        }
        return readWithWarnings(text, name);
    }

    /**
     * Reads a scenario from text and returns it with the warnings raised.
     *
     * @param sourceName the name problems report as their file
     * @throws ScenarioFormatException if the text holds any error
     */
    public ReadResult readWithWarnings(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        String name = sourceName == null ? "<input>" : sourceName;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean json = looksLikeJson(text);
        if (json) {
            Problem lax = laxJson(text, name);
            if (lax != null) {
                throw new ScenarioFormatException(List.of(lax));
            }
            text = untabJson(text);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(name)
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .setCodePointLimit(Math.min(limits.maxChars(), Integer.MAX_VALUE - 1) + 1)
                // the whole text in one buffer: snakeyaml-engine 2.10 failed with IndexOutOfBoundsException on a
                // quoted scalar whose surrogate pair straddled a buffer boundary (issue 12 item 9); kept as a guard
                .setBufferSize(Math.min(text.length(), limits.maxChars()) + 2)
                .build();
        Problem tooLarge = limits.checkText(text, name);
        if (tooLarge != null) {
            throw new ScenarioFormatException(List.of(tooLarge));
        }
        Optional<Node> root;
        try {
            Problem limit = limits.checkEvents(text, name, settings);
            if (limit != null) {
                throw new ScenarioFormatException(List.of(limit));
            }
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            throw syntaxError(name, e, json);
        } catch (ReaderException e) {
            int[] lc = lineColumn(text, e.getPosition());
            String what = String.format("special character U+%04X is not allowed", e.getCodePoint());
            throw new ScenarioFormatException(List.of(new Problem(name, lc[0], lc[1], "syntax error: " + what, "")), e);
        } catch (YamlEngineException e) {
            throw new ScenarioFormatException(List.of(Problem.unlocated(name, "syntax error: " + e.getMessage(), "")), e);
        } catch (NumberFormatException e) {
            // snakeyaml-engine 3.2 parses the hex digits of a double-quoted escape with Integer.parseInt: it throws
            // this for an 8-digit escape at or above 2^31 and for a backslash and u, x or U at the very end of the
            // text (found by fuzzing)
            throw new ScenarioFormatException(List.of(badEscape(text, name)), e);
        }
        if (root.isEmpty()) {
            throw problem(name, "the file holds no scenario (it is empty or only comments)", "");
        }
        return new DocumentReader(name, limits).read(root.get());
    }

    private static ScenarioFormatException problem(String name, String message, String hint) {
        return new ScenarioFormatException(List.of(Problem.unlocated(name, message, hint)));
    }

    private static ScenarioFormatException syntaxError(String name, MarkedYamlEngineException e, boolean json) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        if (e instanceof ComposerException && e.getContext() != null && e.getContext().contains("single document")) {
            String message = "syntax error: a scenario file holds one YAML document, but a second one starts here";
            Problem p = mark.map(m -> new Problem(name, m.getLine() + 1, m.getColumn() + 1, message,
                    "remove the '---' line and what follows, or split the file")).orElseThrow();
            return new ScenarioFormatException(List.of(p), e);
        }
        String problem = e.getProblem() == null ? e.getClass().getSimpleName() : e.getProblem().strip();
        String message = "syntax error: " + problem.replace('\n', ' ');
        StringBuilder hint = new StringBuilder();
        if (e.getContext() != null && e.getContextMark().isPresent()) {
            hint.append(e.getContext().strip()).append(" started at line ")
                    .append(e.getContextMark().get().getLine() + 1);
        }
        if (json) {
            hint.append(hint.length() == 0 ? "" : "; ").append("in JSON, check commas, quotes and brackets");
        }
        Problem p = mark.map(m -> new Problem(name, m.getLine() + 1, m.getColumn() + 1, message, hint.toString()))
                .orElseGet(() -> Problem.unlocated(name, message, hint.toString()));
        return new ScenarioFormatException(List.of(p), e);
    }

    /** JSON is chosen by content: the first character that is not white space or a comment opens a { or [. */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * JSON allows tabs as white space anywhere between tokens, YAML's scanner not everywhere. Replaces each tab
     * outside string literals by one space (so columns stay the same); tabs inside strings are left alone.
     */
    static String untabJson(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                sb.append(c);
            } else {
                if (c == '"') {
                    inString = true;
                }
                sb.append(c == '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /**
     * The first place where a JSON file uses YAML's leniency that JSON forbids: a single-quoted string or a trailing
     * comma before } or ]. Null when there is none. One linear pass that skips double-quoted strings.
     */
    static Problem laxJson(String text, String name) {
        int line = 1;
        int column = 1;
        boolean inString = false;
        boolean escaped = false;
        int commaLine = 0;
        int commaColumn = 0;
        for (int i = 0; i < text.length(); i++, column++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                commaLine = 0;
            } else if (c == '\'') {
                return new Problem(name, line, column, "syntax error: JSON strings use double quotes, not single",
                        "write \"...\" instead of '...'");
            } else if (c == ',') {
                commaLine = line;
                commaColumn = column;
            } else if ((c == '}' || c == ']') && commaLine > 0) {
                return new Problem(name, commaLine, commaColumn, "syntax error: a trailing comma before '" + c
                        + "' is not allowed in JSON", "remove the comma");
            } else if (!Character.isWhitespace(c)) {
                commaLine = 0;
            }
            if (c == '\n') {
                line++;
                column = 0;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern BAD_ESCAPE =
            java.util.regex.Pattern.compile("\\\\(U[89A-Fa-f][0-9A-Fa-f]{7}|[uxU]\\z)");

    /** The escape sequence that snakeyaml-engine failed to decode, located at its backslash. */
    static Problem badEscape(String text, String name) {
        java.util.regex.Matcher m = BAD_ESCAPE.matcher(text);
        String hint = "a Unicode escape is \\xHH, \\uHHHH or \\UHHHHHHHH, at most \\U0010FFFF";
        if (!m.find()) {
            return Problem.unlocated(name, "syntax error: an escape sequence in a double-quoted text cannot be read",
                    hint);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String message = m.group(1).length() == 1
                ? "syntax error: the escape sequence \\" + m.group(1) + " is cut off by the end of the file"
                : "syntax error: the escape sequence \\" + m.group(1) + " is not a Unicode character";
        return new Problem(name, line, m.start() - lineStart + 1, message, hint);
    }

    /** 1-based line and column of a code-point index. */
    private static int[] lineColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int cp = 0;
        for (int i = 0; i < text.length() && cp < codePointIndex; cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
