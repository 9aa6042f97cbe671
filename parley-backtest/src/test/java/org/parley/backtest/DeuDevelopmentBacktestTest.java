package org.parley.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.backtest.deu.CapabilityMeasure;
import org.parley.backtest.deu.DeuImporter;
import org.parley.forecast.Models;
import org.parley.forecast.decision.AcceptableSet;

/**
 * The backtest on the development half of DEU III (../shared/data/cases/deu3; skipped, saying so, when absent).
 * Known answers: the self-computed baselines of ../shared/models/README.md §6.2 and its script deu3_backtest.py on
 * these 180 issues (and the figures quoted in issue 8).
 */
class DeuDevelopmentBacktestTest {
    static List<BacktestCase> cases;
    static BacktestResult result;

    @BeforeAll
    static void load() throws Exception {
        Path dir = Path.of(System.getProperty("parley.shared.dir", "../shared"), "data", "cases", "deu3");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("deu3-issues.csv")),
                "DEU III development data not found under " + dir + "; DEU backtest tests skipped");
        Map<String, Double> gdp = DeuImporter.readGdp(dir.resolve("deu3-capability-gdp.csv"));
        cases = DeuImporter.read(dir.resolve("deu3-issues.csv"), new DeuImporter.Options(CapabilityMeasure.GDP, gdp));
        result = Backtest.run(cases, candidates(), null);
    }

    static List<Candidate> candidates() {
        List<Candidate> c = new ArrayList<>();
        c.add(new Candidate("compromise/ignore", Models.byId("compromise", Map.of("decision", "ignore"))));
        c.add(new Candidate("median/ignore", Models.byId("median", Map.of("decision", "ignore"))));
        c.add(new Candidate("nash/all", Models.byId("nash", Map.of("bargainers", "all"))));
        c.add(new Candidate("nash/all-worst", Models.byId("nash", Map.of("bargainers", "all",
                "disagreement", "worst_outcome"))));
        c.add(new Candidate("eu/ignore", Models.byId("eu", Map.of("decision", "ignore", "cycle", "snapshot"))));
        c.add(new Candidate("eu/ignore-period-mean", Models.byId("eu", Map.of("decision", "ignore", "cycle", "period-mean"))));
        c.add(new Candidate("compromise", Models.byId("compromise")));
        c.add(new Candidate("procedural", Models.byId("procedural")));
        return c;
    }

    @Test
    void reproducesThePublishedBaselines() {
        assertEquals(180, result.rows().size(), "issues with an outcome and at least one actor");
        assertEquals(68, result.caseCount(), "proposals with a scored issue (3 of the 71 have no coded outcome)");
        List<ErrorSummary> s = ErrorSummary.of(result, "compromise/ignore", ErrorSummary.Bootstrap.DEFAULT);
        // deu3_backtest.py: compromise c*s (GDP) 20.484, weighted median 24.372, NBS linear d=worst 20.265;
        // issue 8: EU 26.99, Nash (d = status quo where coded) 38.95
        assertEquals(20.484, s.get(0).mae(), 5e-4);
        assertEquals(17.00, s.get(0).medianError(), 5e-3);
        assertEquals(24.372, s.get(1).mae(), 5e-4);
        assertEquals(38.95, s.get(2).mae(), 5e-3);
        assertEquals(20.265, s.get(3).mae(), 5e-4);
        assertEquals(17.93, s.get(3).medianError(), 5e-3);
        assertEquals(26.99, s.get(4).mae(), 5e-3);
        assertEquals(27.379, s.get(5).mae(), 5e-4); // the cycle rule period-mean (default since issue 8)
        for (ErrorSummary e : s) {
            assertTrue(e.maeInterval().low() <= e.mae() && e.mae() <= e.maeInterval().high(), e.candidate());
            assertTrue(e.vsReferenceInterval().low() <= e.maeVsReference()
                    && e.maeVsReference() <= e.vsReferenceInterval().high(), e.candidate());
        }
        assertEquals(0.0, s.get(0).maeVsReference(), 0.0);
        // the bootstrap is seeded: the same settings give the same intervals
        assertEquals(s, ErrorSummary.of(result, "compromise/ignore", ErrorSummary.Bootstrap.DEFAULT));
    }

    @Test
    void winSetsOfTheEuProceduresAreMostlyEmpty() {
        // our own regression figures: of the 130 issues with a reference point, the single-issue win-set under the
        // coded procedure is empty on 76, yet only 17 outcomes equal the reference point and 52 lie in the set
        int total = 0, inside = 0, empty = 0, atReference = 0;
        for (BacktestCase c : cases) {
            for (var o : c.outcomes().entrySet()) {
                var slice = c.scenario().slice(o.getKey());
                if (!slice.hasStatusQuo()) {
                    continue;
                }
                AcceptableSet w = AcceptableSet.of(slice, slice.decision());
                total++;
                inside += w.interval().contains(o.getValue()) ? 1 : 0;
                empty += w.isEmpty() ? 1 : 0;
                atReference += o.getValue() == w.reversion() ? 1 : 0;
            }
        }
        assertArrayEquals(new int[] {130, 52, 76, 17}, new int[] {total, inside, empty, atReference});
    }

    @Test
    void theStandardReportScoresEveryVariantAndBothSelections() {
        var run = org.parley.provenance.RunContext.of(org.parley.provenance.InputKind.SCENARIO, "0".repeat(64));
        int[] done = {0};
        BacktestReport rep = BacktestReport.run("deu3-dev", cases, BacktestReport.Options.DEFAULT, run, n -> done[0] = n);
        assertEquals(cases.size(), done[0], "progress reaches every case");
        assertEquals(BacktestReport.standardCandidates().size(), rep.summaries().size());
        assertEquals(20.484, rep.summaries().get(0).mae(), 5e-4);
        assertEquals("backtest", rep.provenance().component());
        for (var sel : List.of(rep.narrow(), rep.wide())) {
            assertEquals(10, sel.selections().size());
            assertEquals(20.484, sel.referenceMae(), 5e-4);
        }
        System.out.printf("[deu3-dev] out-of-fold MAE, repeated 5-fold CV: narrow pool %.3f (%.3f..%.3f), wide pool %.3f"
                + " (%.3f..%.3f), compromise %.3f%n", rep.narrow().meanOutOfFoldMae(), rep.narrow().minOutOfFoldMae(),
                rep.narrow().maxOutOfFoldMae(), rep.wide().meanOutOfFoldMae(), rep.wide().minOutOfFoldMae(),
                rep.wide().maxOutOfFoldMae(), rep.wide().referenceMae());
        for (ErrorSummary e : rep.summaries()) {
            System.out.printf("[deu3-dev] %-24s MAE %.3f [%.2f, %.2f] vs compromise %+.3f [%+.2f, %+.2f]%n", e.candidate(),
                    e.mae(), e.maeInterval().low(), e.maeInterval().high(), e.maeVsReference(),
                    e.vsReferenceInterval().low(), e.vsReferenceInterval().high());
        }
    }

    @Test
    void crossValidatedSelectionIsReproducibleAndReportsOutOfFoldError() {
        List<CrossValidation.Rule> pool = CrossValidation.mixtures(result, "compromise/ignore", "nash/all-worst");
        CrossValidation.Repeated rep = CrossValidation.repeated(result, pool, pool.get(pool.size() - 1), 5, 10, 1L);
        assertEquals(10, rep.selections().size());
        assertEquals(20.484, rep.referenceMae(), 5e-4);
        assertEquals(rep, CrossValidation.repeated(result, pool, pool.get(pool.size() - 1), 5, 10, 1L));
        System.out.printf("[deu3-dev] repeated 5-fold CV (10 repeats) over compromise/NBS-worst mixtures: out-of-fold MAE"
                + " %.3f (min %.3f, max %.3f) vs compromise %.3f; chosen on all data: %s%n", rep.meanOutOfFoldMae(),
                rep.minOutOfFoldMae(), rep.maxOutOfFoldMae(), rep.referenceMae(), rep.selections().get(0).fullDataChoice());
    }
}
