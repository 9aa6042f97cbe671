package org.parley.server.api;

import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.plan.AnalysisPlan;
import org.parley.forecast.Models;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.Problem;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioFormatException;
import org.parley.scenario.io.ScenarioReader;
import org.parley.server.Limits;
import org.parley.server.db.SourceFormat;

/**
 * Reads and checks a submitted scenario text with the same reader and analysis checks as {@code parley validate},
 * so that the API and the UI report the CLI's messages, located by line and column and, where the text composes,
 * by JSON pointer. Also applies the server's size limits.
 */
public final class ScenarioInput {
    private static final ScenarioReader READER = new ScenarioReader();

    private ScenarioInput() {
    }

    /**
     * A scenario that passed every check.
     *
     * @param sha256   its canonical digest
     * @param warnings the reader's warnings, located like errors
     */
    public record Checked(ReadResult read, AnalysisPlan plan, String sha256, SourceFormat format,
                          List<ApiProblem.FieldError> warnings) {
        public Scenario scenario() {
            return read.scenario();
        }
    }

    /** The outcome of a check that does not throw: the scenario, or the problems. */
    public record Outcome(Checked checked, List<ApiProblem.FieldError> problems) {
        public boolean valid() {
            return checked != null;
        }
    }

    /**
     * Checks a text.
     *
     * @param name the name problems carry as their file (as {@code parley validate} prints the file name)
     * @throws ApiProblem 422 with every problem located, or 422 {@code limit-exceeded}
     */
    public static Checked check(String text, String name, Limits limits) {
        Outcome o = tryCheck(text, name, limits);
        if (!o.valid()) {
            throw ApiProblem.invalid("the scenario has " + o.problems().size() + " problem"
                    + (o.problems().size() == 1 ? "" : "s") + ": " + o.problems().get(0).message(), o.problems());
        }
        return o.checked();
    }

    /** Checks a text and returns the problems instead of throwing (for inline validation). */
    public static Outcome tryCheck(String text, String name, Limits limits) {
        int depth = nesting(text);
        if (depth > limits.maxNesting()) {
            throw ApiProblem.overLimit("", "the document nests " + depth + " levels deep; at most "
                    + limits.maxNesting() + " are accepted");
        }
        ReadResult read;
        AnalysisPlan plan;
        try {
            read = READER.readWithWarnings(text, name);
            plan = AnalysisPlan.read(read, Models.IDS);
        } catch (ScenarioFormatException e) {
            return new Outcome(null, located(e.problems(), text));
        } catch (StackOverflowError e) {
            // a pathological document (e.g. deeply nested block mappings) that the bracket count cannot see
            throw ApiProblem.overLimit("", "the document is nested too deeply to read");
        }
        Scenario s = read.scenario();
        if (s.actors().size() > limits.maxActors()) {
            throw ApiProblem.overLimit("/actors", "the scenario has " + s.actors().size() + " actors; at most "
                    + limits.maxActors() + " are accepted");
        }
        if (s.issues().size() > limits.maxIssues()) {
            throw ApiProblem.overLimit("/issues", "the scenario has " + s.issues().size() + " issues; at most "
                    + limits.maxIssues() + " are accepted");
        }
        if (s.metadata().title().length() > 500) {
            throw ApiProblem.overLimit("/metadata/title", "the title is longer than 500 characters");
        }
        return new Outcome(new Checked(read, plan, ScenarioDigest.sha256(s), SourceFormat.detect(text),
                located(read.warnings(), text)), List.of());
    }

    /** The problems with their JSON pointers; the message is the CLI's line without the file name. */
    static List<ApiProblem.FieldError> located(List<Problem> problems, String text) {
        PointerIndex index = PointerIndex.of(text);
        List<ApiProblem.FieldError> out = new ArrayList<>();
        for (Problem p : problems) {
            String pointer = p.hasLocation() ? index.at(p.line(), p.column()).orElse("") : "";
            String message = p.message() + (p.hasHint() ? " (hint: " + p.hint() + ")" : "");
            out.add(new ApiProblem.FieldError(pointer, p.hasLocation() ? p.line() : 0,
                    p.hasLocation() ? p.column() : 0, message));
        }
        return out;
    }

    /**
     * The deepest nesting of flow brackets ({@code [ {}) in the text, or of block indentation (one level per
     * indentation step), whichever is larger. Brackets inside quoted strings count too, which can only over-count.
     */
    static int nesting(String text) {
        int depth = 0;
        int max = 0;
        int maxIndent = 0;
        boolean lineStart = true;
        int indent = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = true;
                indent = 0;
                continue;
            }
            if (lineStart) {
                if (c == ' ' || c == '-') {
                    indent++;
                    continue;
                }
                lineStart = false;
                maxIndent = Math.max(maxIndent, indent);
            }
            if (c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        // block YAML is indented by at least one space per level; scenarios use two
        return Math.max(max, maxIndent / 2);
    }
}
