package org.parley.views.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.Reading;
import org.parley.views.csv.Csv;

/**
 * Numbers, escaping and CSV quoting are done in one place each: {@link Numbers}, {@link Escaping} and
 * {@link Csv}. Every medium (text, html, svg, csv, json) is checked twice: its sources contain none of the
 * formatting or escaping primitives, and a value it shows comes out as the one formatter gives it. The computation
 * modules hold no presentation at all.
 */
class FormattingInOnePlaceTest {
    /** Ways of formatting numbers that belong in {@link Numbers} alone. */
    private static final List<String> NUMBER_FORMATTING = List.of("String.format(", ".formatted(", "DecimalFormat",
            "NumberFormat.get", "toPlainString(", "MathContext", "Double.toString(", "%.");
    /** Ways of escaping markup or quoting CSV that belong in {@link Escaping} and {@link Csv} alone. */
    private static final List<String> ESCAPING = List.of("case '&'", "case '<'", "replace(\"&\"", "replace('&'",
            "replace(\"<\"", "replace(\"\\\"\", \"\\\"\\\"\")");

    private static Path views(String medium) {
        return Path.of("src/main/java/org/parley/views", medium);
    }

    private static List<String> offences(Path dir, List<String> forbidden) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                        continue; // Javadoc and comments may name what they describe
                    }
                    for (String s : forbidden) {
                        if (line.contains(s)) {
                            out.add(f.getFileName() + ":" + (i + 1) + ": " + s);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "html", "svg", "csv", "json"})
    void noMediumFormatsNumbersOrEscapesByItself(String medium) {
        assertTrue(Files.isDirectory(views(medium)), views(medium).toAbsolutePath().toString());
        List<String> found = new ArrayList<>(offences(views(medium), NUMBER_FORMATTING));
        if (!medium.equals("csv")) {
            found.addAll(offences(views(medium), ESCAPING));
        }
        // the JSON form writes a non-finite number of a sentence as Java's text for it ("NaN"), by design
        found.removeIf(s -> medium.equals("json") && s.startsWith("SentenceJson.java") && s.endsWith("Double.toString("));
        assertEquals(List.of(), found, medium + " must use org.parley.views.format");
    }

    @Test
    void computationModulesHoldNoPresentation() {
        List<String> forbidden = new ArrayList<>(List.of("String.format(", "DecimalFormat", "NumberFormat.get",
                "toPlainString(", "com.fasterxml", "<svg", "<table", "<html", "stroke-width"));
        forbidden.addAll(ESCAPING);
        // the modules that compute results (the scenario reader's located error messages are input handling)
        for (String module : List.of("parley-forecast", "parley-analysis")) {
            Path src = Path.of("..", module, "src/main/java");
            assertTrue(Files.isDirectory(src), src.toAbsolutePath().toString());
            assertEquals(List.of(), offences(src, forbidden), module + " must leave presenting to parley-views");
        }
    }

    /** The text medium prints a lever reading as the one formatter does (ASCII). */
    @Test
    void textUsesTheFormatter() {
        var r = new Reading(55.21547, "deal");
        assertEquals(Numbers.fixed(55.21547, 3, Typography.ASCII) + " (deal)", Phrases.reading(r, Typography.ASCII));
        StringWriter w = new StringWriter();
        org.parley.views.text.TextTable.table(new PrintWriter(w, true), "", List.of(List.of("a", "b")));
        assertEquals("a  b", w.toString().strip());
    }

    /** HTML and SVG escape through {@link Escaping}; CSV quotes through {@link Csv}. */
    @Test
    void markupAndCsvUseTheirOneEscaper() {
        String evil = "<b>\"x\" & 'y'</b>";
        assertEquals("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;", Escaping.html(evil));
        assertEquals("\"a,\"\"b\"\"\"", Csv.text("a,\"b\""));
        assertEquals("", Csv.number(Double.NaN));
        assertEquals(Numbers.machine(0.1), Csv.number(0.1));
        assertEquals("already met", Phrases.leverStatus(LeverOutcome.Status.ALREADY_MET));
    }
}
