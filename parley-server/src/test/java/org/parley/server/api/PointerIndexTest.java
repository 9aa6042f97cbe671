package org.parley.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.server.Limits;

class PointerIndexTest {

    @Test
    void pointersOfKeysAndValues() {
        PointerIndex index = PointerIndex.of("a:\n  b: [1, 2]\n  c: {d~/e: x}\n");
        assertEquals(Optional.of("/a/b"), index.at(2, 3));
        assertEquals(Optional.of("/a/b/1"), index.at(2, 10));
        assertEquals(Optional.of("/a/c/d~0~1e"), index.at(3, 7));
        assertEquals(Optional.empty(), index.at(9, 9));
    }

    /** An alias names its anchor's node; the pointer is the anchor's. */
    @Test
    void anAliasKeepsThePointerOfItsAnchor() {
        PointerIndex index = PointerIndex.of("a: &x [1]\nb: *x\n");
        assertEquals(Optional.of("/a"), index.at(1, 4));
        assertEquals(Optional.of("/a/0"), index.at(1, 8));
    }

    /**
     * Found while fuzzing the server-scenario target (docs/FUZZING.md): 25 anchors, each a list of two aliases of the
     * previous one (529 bytes, 48 aliases, within snakeyaml's own alias limit), expand to 2^25 nodes. The reader
     * rejects the text at its alias-expansion limit, but the pointer index of that problem walked every expanded node
     * and ran out of memory. Each node is now walked once.
     */
    static String aliasBomb() {
        StringBuilder sb = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i < 25; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        return sb.toString();
    }

    @Test
    void anAliasBombIsIndexedInLinearTime() {
        String bomb = aliasBomb();
        PointerIndex index = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PointerIndex.of(bomb));
        assertEquals(Optional.of("/a24"), index.at(25, 1));
        assertEquals(Optional.of("/a0/1"), index.at(1, 13));
    }

    @Test
    void anAliasBombIsRejectedWithALocatedLimitProblem() {
        ScenarioInput.Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ScenarioInput.tryCheck(aliasBomb(), "scenario", Limits.DEFAULTS));
        assertFalse(o.valid());
        ApiProblem.FieldError e = o.problems().get(0);
        assertTrue(e.message().contains("aliases (*name) expand to more than the limit"), e.message());
        assertTrue(e.line() > 1 && e.column() > 1, e::toString);
    }
}
