package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Source;
import org.parley.scenario.Stance;
import org.parley.scenario.Uncertainty;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Each section reader on its own (metadata and sources, issues, actors and stances) and the shared helpers for
 * numbers, dates and estimates: the records read, and each problem at its position. The games and levers readers
 * have their own tests ({@link GamesReaderTest}, {@link LeversReaderTest}).
 */
class SectionReadersTest {
    /** The value of {@code key} in a one-document YAML text, as a field. */
    private static KeyedNode field(String yaml, String key) {
        Node root = new Compose(LoadSettings.builder().setSchema(new CoreSchema()).setUseMarks(true).build())
                .composeString(yaml).orElseThrow();
        for (NodeTuple t : ((MappingNode) root).getValue()) {
            if (((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
                return new KeyedNode((ScalarNode) t.getKeyNode(), t.getValueNode());
            }
        }
        throw new IllegalArgumentException("no key " + key);
    }

    private static List<String> problems(ReadTools tools) {
        return tools.log().errors().stream().map(p -> p.location() + " " + p.message()).toList();
    }

    @Test
    void metadataWithSourcesAndTheirWarnings() {
        ReadTools t = ReadTools.of("m.yaml", InputLimits.DEFAULT);
        SourceCatalog sources = new SourceCatalog(t);
        Metadata m = new MetadataReader(t, sources).read(field("""
                metadata:
                  title: T
                  as_of: 2024-05-01
                  sources:
                    - {id: s1, title: Report, date: 2024-06-01}
                    - {id: s2, title: Memo, publisher: P, url: https://example.org}
                """, "metadata"));
        assertEquals(new Metadata("T", LocalDate.of(2024, 5, 1), null, List.of(
                new Source("s1", "Report", null, LocalDate.of(2024, 6, 1), null),
                new Source("s2", "Memo", "P", null, "https://example.org"))), m);
        assertEquals(List.of(), problems(t));
        sources.warnUncited();
        assertEquals(List.of("5:12 source 's1' is never cited",
                "5:37 source 's1' is dated 2024-06-01, after the scenario's as_of 2024-05-01",
                "6:12 source 's2' is never cited"),
                t.log().warnings().stream().map(p -> p.location() + " " + p.message()).toList());
    }

    @Test
    void metadataProblemsAreLocated() {
        ReadTools t = ReadTools.of("m.yaml", InputLimits.DEFAULT);
        assertNull(new MetadataReader(t, new SourceCatalog(t)).read(field("""
                metadata:
                  as_of: 1 May 2024
                  sources:
                    - {id: s1, title: A}
                    - {id: s1, title: B}
                    - just text
                """, "metadata")));
        assertEquals(List.of("2:3 missing required key 'title' in metadata",
                "2:10 malformed date '1 May 2024' for 'as_of'",
                "5:12 duplicate source id 's1' (first defined at line 4)",
                "6:7 each entry of 'sources' must be a source ({id, title, publisher, date, url}), got text 'just text'"),
                problems(t));
    }

    @Test
    void issuesWithScalesStatusQuoAndDefaults() {
        ReadTools t = ReadTools.of("i.yaml", InputLimits.DEFAULT);
        IssuesReader reader = new IssuesReader(t, new SourceCatalog(t));
        List<Issue> issues = reader.read(field("""
                issues:
                  - {id: x, label: X, scale: {min: -1, max: 1, max_meaning: yes}, status_quo: {value: 0, sd: 0.5}}
                  - {id: y, deadline: 2025-01-31}
                """, "issues"));
        assertEquals(List.of(
                new Issue("x", "X", null, new Scale(-1, 1, null, "yes"), new Estimate(0, new Uncertainty.StdDev(0.5)),
                        null, List.of()),
                new Issue("y", null, null, Scale.DEFAULT, null, LocalDate.of(2025, 1, 31), List.of())), issues);
        assertEquals(List.of("x", "y"), List.copyOf(reader.defined().keySet()));
        assertEquals(new Scale(-1, 1, null, "yes"), reader.defined().get("x").scale());
    }

    @Test
    void issueProblemsAreLocatedAndBrokenScalesAreNotCheckedAgainst() {
        ReadTools t = ReadTools.of("i.yaml", InputLimits.DEFAULT);
        IssuesReader reader = new IssuesReader(t, new SourceCatalog(t));
        assertEquals(List.of(), reader.read(field("""
                issues:
                  - {id: x, scale: {min: 5, max: 5}, status_quo: 99}
                  - {id: y, status_quo: 101, sources: [nowhere]}
                  - {id: x}
                """, "issues")));
        assertEquals(List.of("2:20 the scale of issue 'x' needs min < max, got [5, 5]",
                "3:25 status quo of issue 'y' must lie within the issue's scale [0, 100], got 101",
                "3:40 unknown source id 'nowhere'",
                "4:10 duplicate issue id 'x' (first defined at line 2)"), problems(t));
        assertNull(reader.defined().get("x").scale(), "a broken scale is recorded as unknown");
    }

    @Test
    void actorsWithBothFormsOfStance() {
        ReadTools t = ReadTools.of("a.yaml", InputLimits.DEFAULT);
        IssuesReader issues = new IssuesReader(t, new SourceCatalog(t));
        issues.read(field("issues: [{id: x}, {id: y, scale: {min: 0, max: 10}}]", "issues"));
        ActorsReader reader = new ActorsReader(t, new SourceCatalog(t), issues.defined());
        List<Actor> actors = reader.read(field("""
                actors:
                  - id: a
                    capability: {value: 10, range: [5, 20]}
                    aliases: [A, Aa]
                    positions:
                      x: [40, 50]
                      y: {position: 3, salience: 80, risk: 1.5, rationale: why}
                  - {id: b, capability: 2}
                """, "actors"));
        Actor a = actors.get(0);
        assertEquals(new Estimate(10, new Uncertainty.Range(5, 20)), a.capability());
        assertEquals(List.of("A", "Aa"), a.aliases());
        assertEquals(new Stance("x", Estimate.of(40), Estimate.of(50), null, "", List.of()), a.stances().get("x"));
        assertEquals(new Stance("y", Estimate.of(3), Estimate.of(80), 1.5, "why", List.of()), a.stances().get("y"));
        assertEquals(Map.of("a", java.util.Set.of("x", "y"), "b", java.util.Set.of()), reader.stanceIssues());
        assertEquals(List.of("8:10 actor 'b' takes no stance on any issue, so it affects no forecast"),
                t.log().warnings().stream().map(p -> p.location() + " " + p.message()).toList());
    }

    @Test
    void actorProblemsAreLocated() {
        ReadTools t = ReadTools.of("a.yaml", InputLimits.DEFAULT);
        IssuesReader issues = new IssuesReader(t, new SourceCatalog(t));
        issues.read(field("issues: [{id: x}, {id: y, scale: {min: 0, max: 10}}]", "issues"));
        ActorsReader reader = new ActorsReader(t, new SourceCatalog(t), issues.defined());
        assertEquals(List.of(), reader.read(field("""
                actors:
                  - id: a
                    capability: 0
                    positions: {x: [40, 0], y: {position: 11, salience: 5, risk: 3}, z: [1, 1], x: [1, 1]}
                """, "actors")));
        assertEquals(List.of("3:17 capability of actor 'a' must be > 0, got 0",
                "4:25 salience of 'a' on issue 'x' must be in (0, 100], got 0",
                "4:43 position of 'a' on issue 'y' must lie within the issue's scale [0, 10], got 11",
                "4:66 risk of 'a' on issue 'y' must be in [0.5, 2], got 3",
                "4:70 unknown issue id 'z' in the positions of actor 'a'",
                "4:81 duplicate key 'x' in the positions of actor 'a' (first at line 4)"), problems(t));
        assertEquals(Map.of("a", java.util.Set.of("x", "y")), reader.stanceIssues(),
                "stances with errors still count as written, so games and levers do not report them again");
    }

    @Test
    void numbersDatesAndEstimates() {
        ReadTools t = ReadTools.of("n.yaml", InputLimits.DEFAULT);
        KeyedNode f = field("""
                n: {hex: 0x1F, octal: 0o17, minus_zero: -0, quoted: "40", nan: .nan, big: 1e400, text: many,
                    date: 2024-02-30, good_date: "2024-02-29", range: {value: 70, range: [30, 55]},
                    both: {value: 1, range: [0, 2], sd: 1}, low_high: {value: 1, range: [2, 0]}}
                """, "n");
        Map<String, KeyedNode> m = new java.util.LinkedHashMap<>();
        for (NodeTuple tu : ((MappingNode) f.value()).getValue()) {
            m.put(((ScalarNode) tu.getKeyNode()).getValue(), new KeyedNode((ScalarNode) tu.getKeyNode(), tu.getValueNode()));
        }
        assertEquals(31.0, t.numbers().number(m.get("hex").value(), "hex"));
        assertEquals(15.0, t.numbers().number(m.get("octal").value(), "octal"));
        assertEquals(Double.POSITIVE_INFINITY, 1 / t.numbers().number(m.get("minus_zero").value(), "z"),
                "-0 reads as +0");
        assertNull(t.numbers().number(m.get("quoted").value(), "quoted"));
        assertNull(t.numbers().number(m.get("nan").value(), "nan"));
        assertNull(t.numbers().number(m.get("big").value(), "big"));
        assertNull(t.numbers().number(m.get("text").value(), "text", NumberReader.Rule.ANY));
        assertNull(t.dates().date(m.get("date")));
        assertEquals(LocalDate.of(2024, 2, 29), t.dates().date(m.get("good_date")));
        assertNull(t.estimates().estimate(m.get("range"), "range", NumberReader.Rule.ANY));
        assertNull(t.estimates().estimate(m.get("both"), "both", NumberReader.Rule.ANY));
        assertNull(t.estimates().estimate(m.get("low_high"), "low_high", NumberReader.Rule.ANY));
        List<String> got = problems(t);
        assertEquals(List.of(
                "1:53 expected a number for quoted, got the quoted text \"40\"",
                "1:64 nan must be a finite number, got .nan",
                "1:75 big must be a finite number, got 1e400 (too large for a double)",
                "1:88 expected a number for text, got text 'many'",
                "2:11 malformed date '2024-02-30' for 'date'",
                "2:63 the value 70 of range lies outside its range [30, 55]",
                "3:37 both gives both 'range' and 'sd'",
                "3:73 the range of low_high has low > high: [2, 0]"), got);
        assertTrue(t.log().errors().get(0).hint().contains("remove the quotes"));
    }
}
