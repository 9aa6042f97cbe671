package org.parley.scenario.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The size limits a scenario file must respect before it is composed into a node tree, so that a hostile or
 * careless file is rejected within seconds and bounded memory with a located error (issue 12). Documented in
 * {@code docs/SCENARIO-FORMAT.md}, section "Limits".
 *
 * <p>{@link #checkText} is one linear pass over the characters (file size, line length: the YAML scanner takes
 * time quadratic in the length of one line). {@link #checkEvents} walks the parser's event stream iteratively
 * (the composer recurses once per level, so depth is checked before composing) and checks the nesting depth,
 * scalar length, alias count and the total size that aliases expand to.
 *
 * @param maxChars         largest file, in characters (UTF-16 units)
 * @param maxLineLength    longest line, in characters
 * @param maxDepth         deepest nesting of mappings and sequences
 * @param maxScalarLength  longest single value, in characters
 * @param maxAliases       most alias references ({@code *name}) in one file
 * @param maxExpandedChars most characters the aliases may add when expanded (scalars counted by length)
 * @param maxActors        most actors in one scenario (the expected-utility model's time per round and memory grow as n²)
 * @param maxIssues        most issues in one scenario
 */
public record InputLimits(int maxChars, int maxLineLength, int maxDepth, int maxScalarLength, int maxAliases,
        long maxExpandedChars, int maxActors, int maxIssues) {

    /** The limits used by default: 3 MiB, lines of 100,000 characters, depth 64, values of 100,000 characters,
     * 1,000 aliases adding at most 3 MiB, 2,000 actors, 1,000 issues. */
    public static final InputLimits DEFAULT = new InputLimits(3 * 1024 * 1024, 100_000, 64, 100_000, 1_000,
            3L * 1024 * 1024, 2_000, 1_000);

    /**
     * Every limit at its largest, for text that was already read once under the caller's limits (a sweep's
     * executors re-read the scenario text its driver checked); never for input from outside.
     */
    public static final InputLimits LARGEST = new InputLimits(Integer.MAX_VALUE - 2, Integer.MAX_VALUE,
            InputLimits.DEPTH_CEILING, Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE);

    /**
     * Largest magnitude of a capability and of a scale's ends (so of every position, status quo and outcome), not
     * configurable: the models form sums of weight × position and squared distances over thousands of actors,
     * which stay finite and exact enough below it. Only ratios of capabilities and positions on a scale matter, so
     * larger numbers can always be rescaled (other units: billions instead of units).
     */
    public static final double MAX_MAGNITUDE = 1e15;

    /**
     * Smallest capability and salience: their product is an actor's weight, which must stay a normal double (a
     * subnormal weight loses its precision, and 1e-100 is far below any meaningful ratio).
     */
    public static final double MIN_WEIGHT_FACTOR = 1e-100;

    /** The names accepted by {@link #with(String, long)}, in the order of the record's components. */
    public static final java.util.List<String> NAMES = java.util.List.of("chars", "line-length", "depth",
            "value-length", "aliases", "alias-expansion", "actors", "issues");

    /**
     * The deepest nesting any setting allows: the YAML composer recurses once per level, and 5,000 levels exhaust a
     * thread's default stack, so {@code depth} can be raised only this far.
     */
    public static final int DEPTH_CEILING = 1_000;

    /** Validates the limits (all positive, depth at most {@link #DEPTH_CEILING}). */
    public InputLimits {
        if (maxChars <= 0 || maxLineLength <= 0 || maxDepth <= 0 || maxScalarLength <= 0 || maxAliases < 0
                || maxExpandedChars < 0 || maxActors <= 0 || maxIssues <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxDepth > DEPTH_CEILING) {
            throw new IllegalArgumentException("the depth limit can be at most " + DEPTH_CEILING
                    + " (the YAML composer recurses once per level)");
        }
    }

    /**
     * These limits with one changed, by its name in {@link #NAMES} (as the command line's {@code --limit NAME=N}
     * writes it).
     *
     * @throws IllegalArgumentException naming the accepted names, or when the value is out of range
     */
    public InputLimits with(String name, long value) {
        if (value <= 0 || (!name.equals("alias-expansion") && value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("limit " + name + " must be between 1 and "
                    + (name.equals("alias-expansion") ? Long.MAX_VALUE : Integer.MAX_VALUE) + ", got " + value);
        }
        int v = (int) Math.min(value, Integer.MAX_VALUE);
        return switch (name) {
            case "chars" -> new InputLimits(v, maxLineLength, maxDepth, maxScalarLength, maxAliases, maxExpandedChars,
                    maxActors, maxIssues);
            case "line-length" -> new InputLimits(maxChars, v, maxDepth, maxScalarLength, maxAliases,
                    maxExpandedChars, maxActors, maxIssues);
            case "depth" -> new InputLimits(maxChars, maxLineLength, v, maxScalarLength, maxAliases, maxExpandedChars,
                    maxActors, maxIssues);
            case "value-length" -> new InputLimits(maxChars, maxLineLength, maxDepth, v, maxAliases,
                    maxExpandedChars, maxActors, maxIssues);
            case "aliases" -> new InputLimits(maxChars, maxLineLength, maxDepth, maxScalarLength, v, maxExpandedChars,
                    maxActors, maxIssues);
            case "alias-expansion" -> new InputLimits(maxChars, maxLineLength, maxDepth, maxScalarLength, maxAliases,
                    value, maxActors, maxIssues);
            case "actors" -> new InputLimits(maxChars, maxLineLength, maxDepth, maxScalarLength, maxAliases,
                    maxExpandedChars, v, maxIssues);
            case "issues" -> new InputLimits(maxChars, maxLineLength, maxDepth, maxScalarLength, maxAliases,
                    maxExpandedChars, maxActors, v);
            default -> throw new IllegalArgumentException("unknown limit '" + name + "'; the limits are "
                    + String.join(", ", NAMES));
        };
    }

    /** The hint that names the command-line option raising the limit {@code name}. */
    static String raiseHint(String name) {
        return "raise it with --limit " + name + "=N if the input is trusted";
    }

    /**
     * Checks file size and line length in one pass.
     *
     * @return the problem found first, or null
     */
    Problem checkText(String text, String name) {
        if (text.length() > maxChars) {
            int[] lc = lineColumnOfChar(text, maxChars);
            return new Problem(name, lc[0], lc[1], "the file is larger than the limit of " + maxChars
                    + " characters (" + text.length() + ")", "split the scenario or shorten long texts; " + raiseHint("chars"));
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > maxLineLength) {
                    return new Problem(name, line, maxLineLength + 1, "line " + line + " is longer than the limit of "
                            + maxLineLength + " characters (" + (i - start) + ")",
                            "break long texts over several lines (YAML folded '>' or literal '|' blocks), or "
                                    + raiseHint("line-length"));
                }
                line++;
                start = i + 1;
            }
        }
        return null;
    }

    /**
     * Walks the event stream once, iteratively, checking depth, scalar length and alias expansion.
     *
     * @return the problem found first, or null
     * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException on a syntax error (reported by the caller)
     */
    Problem checkEvents(String text, String name, LoadSettings settings) {
        Deque<long[]> open = new ArrayDeque<>(); // per open collection: chars of scalars inside it so far
        Deque<String> openAnchors = new ArrayDeque<>();
        Map<String, Long> anchorSize = new HashMap<>();
        int aliases = 0;
        long expanded = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    Problem tag = badTag(name, e, ((CollectionStartEvent) e).getTag());
                    if (tag != null) {
                        return tag;
                    }
                    if (open.size() >= maxDepth) {
                        return at(name, e.getStartMark(), "nesting deeper than the limit of " + maxDepth + " levels",
                                "flatten the structure (scenarios need only a few levels), or " + raiseHint("depth"));
                    }
                    open.push(new long[] {0});
                    openAnchors.push(((NodeEvent) e).getAnchor().map(a -> a.getValue()).orElse(""));
                }
                case MappingEnd, SequenceEnd -> {
                    long size = open.pop()[0];
                    String anchor = openAnchors.pop();
                    if (!anchor.isEmpty()) {
                        anchorSize.put(anchor, size);
                    }
                    if (!open.isEmpty()) {
                        open.peek()[0] += size;
                    }
                }
                case Scalar -> {
                    ScalarEvent s = (ScalarEvent) e;
                    Problem tag = badTag(name, e, s.getTag());
                    if (tag != null) {
                        return tag;
                    }
                    int length = s.getValue().length();
                    if (length > maxScalarLength) {
                        return at(name, e.getStartMark(), "a value longer than the limit of " + maxScalarLength
                                + " characters (" + length + ")", "shorten it or move long texts to a source, or " + raiseHint("value-length"));
                    }
                    s.getAnchor().ifPresent(a -> anchorSize.put(a.getValue(), (long) length));
                    if (!open.isEmpty()) {
                        open.peek()[0] += length;
                    }
                }
                case Alias -> {
                    aliases++;
                    if (aliases > maxAliases) {
                        return at(name, e.getStartMark(), "more aliases (*name) than the limit of " + maxAliases,
                                raiseHint("aliases"));
                    }
                    long size = anchorSize.getOrDefault(((AliasEvent) e).getAlias().getValue(), 0L);
                    expanded += size;
                    if (expanded > maxExpandedChars) {
                        return at(name, e.getStartMark(), "aliases (*name) expand to more than the limit of "
                                + maxExpandedChars + " characters", "write the repeated text once, or "
                                + raiseHint("alias-expansion"));
                    }
                    if (!open.isEmpty()) {
                        open.peek()[0] = Math.min(Long.MAX_VALUE / 2, open.peek()[0] + size);
                    }
                }
                default -> {
                    // stream and document events carry no content
                }
            }
        }
        return null;
    }

    /**
     * A tag that snakeyaml-engine's composer would refuse with IllegalArgumentException (empty, or white space or a
     * control character at either end once %-escapes are decoded, e.g. {@code !<%20x>}); found by fuzzing.
     */
    private static Problem badTag(String name, Event e, java.util.Optional<String> tag) {
        if (tag.isEmpty() || !tag.get().isEmpty() && tag.get().trim().length() == tag.get().length()) {
            return null;
        }
        return at(name, e.getStartMark(), "syntax error: a tag (!...) that is empty or starts or ends with white space "
                + "or a control character", "scenarios need no tags; remove it");
    }

    private static Problem at(String name, java.util.Optional<Mark> mark, String message, String hint) {
        return mark.map(m -> new Problem(name, m.getLine() + 1, m.getColumn() + 1, message, hint))
                .orElseGet(() -> Problem.unlocated(name, message, hint));
    }

    private static int[] lineColumnOfChar(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
