package org.parley.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
    static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void runContextFillsTheBuildAndRuntime() {
        RunContext ctx = new RunContext(InputKind.SCENARIO, HASH, Instant.parse("2026-01-02T03:04:05Z"), 7L, null);
        TreeMap<String, String> params = new TreeMap<>();
        params.put("rounds", "10");
        Provenance p = ctx.provenance("eu", "2", params);
        assertEquals(Provenance.SCHEMA_VERSION, p.schemaVersion());
        assertEquals(HASH, p.inputSha256());
        assertEquals("eu", p.component());
        assertEquals("10", p.parameters().get("rounds"));
        assertEquals(7L, p.seed());
        assertEquals(System.getProperty("java.version"), p.javaVersion());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), p.startedAt());
        // the build filters the version in; a Maven build never leaves the placeholder
        assertTrue(p.parleyVersion().matches("\\d+\\.\\d+.*"), p.parleyVersion());
        assertEquals(p, ctx.provenance("eu", "2", params), "value equality");
        assertNotEquals(p, ctx.provenance("eu", "3", params));
    }

    @Test
    void parametersAreCopiedAndSorted() {
        TreeMap<String, String> params = new TreeMap<>();
        params.put("b", "1");
        params.put("a", "2");
        Provenance p = RunContext.of(InputKind.GAME, HASH).provenance("lcp", "1", params);
        params.put("c", "3");
        assertEquals(List.of("a", "b"), List.copyOf(p.parameters().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> p.parameters().put("x", "y"));
    }

    @Test
    void refusesMalformedFields() {
        RunContext ctx = RunContext.of(InputKind.GAME, "not a hash");
        assertThrows(IllegalArgumentException.class, () -> ctx.provenance("lcp", "1", new TreeMap<>()));
        RunContext ok = RunContext.of(InputKind.GAME, HASH);
        assertThrows(IllegalArgumentException.class, () -> ok.provenance(" ", "1", new TreeMap<>()));
        assertThrows(IllegalArgumentException.class, () -> ok.forReplicate(3).provenance("x", "1", new TreeMap<>()),
                "a replicate without a seed cannot be replayed");
        assertEquals(3L, ok.withSeed(9).forReplicate(3).provenance("x", "1", new TreeMap<>()).replicate());
    }

    @Test
    void transformationsAppend() {
        Provenance p = RunContext.of(InputKind.GAME, HASH).provenance("enumpure", "1", new TreeMap<>())
                .withTransformation("reduced strategic form");
        assertEquals(List.of("reduced strategic form"), p.transformations());
    }
}
