package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.Levers;
import org.parley.forecast.Models;
import org.parley.scenario.GameSpec;
import org.parley.scenario.Scenario;
import org.parley.scenario.io.ScenarioReader;

/**
 * Runs the levers and every crisis template on the repository's Korea example, prints the figures, and checks that
 * every result is complete and verified. Skips when the example is absent.
 */
class KoreaExampleTest {
    private static final Path EXAMPLE = Path.of("../examples/korea-2019.yaml");

    private static Scenario korea() {
        Assumptions.assumeTrue(Files.exists(EXAMPLE), "examples/korea-2019.yaml not found; skipping");
        return new ScenarioReader().read(EXAMPLE);
    }

    @Test
    void leversOnTheSequencingIssue() {
        Scenario s = korea();
        for (LeverQuery q : List.of(LeverQuery.of("usa", "sequencing", "position", ">= 70"),
                LeverQuery.of("dprk", "sequencing", "salience", "<= 40"),
                LeverQuery.of("china", "sequencing", "capability", "<= 50"))) {
            lever(s, q);
        }
    }

    private static void lever(Scenario s, LeverQuery q) {
        LeverResult r = Levers.find(s, q, Models.defaults(), LeverOptions.DEFAULTS.withGridPoints(101));
        System.out.println("Korea lever: " + r.query() + " (current value " + r.currentValue() + ")");
        for (LeverOutcome o : r.outcomes()) {
            System.out.println(String.format(Locale.ROOT, "  %-10s forecast now %7.2f  %-11s change %s  crossings %s",
                    o.responderId(), o.current().value(), o.status(), o.requiredChange(),
                    o.crossings().stream().map(c -> String.format(Locale.ROOT, "%.3f", c.threshold())).toList()));
        }
        assertEquals(Models.defaults().size(), r.outcomes().size());
    }

    @Test
    void crisisTemplatesOnTheUsDprkPair() {
        Scenario s = korea();
        for (String t : List.of("iig", "iig-logit", "coercion", "tying-hands")) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", "us-dprk");
            e.put("template", t);
            e.put("challenger", "dprk");
            e.put("defender", "usa");
            e.put("issue", "sequencing");
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("hold", 10);
            st.put("shift", 45);
            e.put("stances", st);
            if (t.equals("iig-logit")) {
                e.put("lambda", 20.0);
            }
            GameSpec g = org.parley.analysis.crisis.CrisisFixtures.spec(e, s);
            CrisisAnalysis.CrisisReport r = CrisisAnalysis.analyze(s, g);
            assertTrue(r.isVerified(), t);
            for (CrisisAnalysis.StanceOutcome so : r.stances()) {
                System.out.println(String.format(Locale.ROOT,
                        "Korea %-11s stance %-5s (%4.0f): P(deal) %.3f  P(escalation) %.3f  P(status quo) %.3f  [%s; %d equilibria]",
                        t, so.name(), so.position(), so.pDeal(), so.pEscalation(), so.pStatusQuo(),
                        so.result().selectedEquilibrium().concept() + " " + so.result().outcomes(),
                        so.result().equilibria().size()));
                assertEquals(1.0, so.pDeal() + so.pEscalation() + so.pStatusQuo(), 1e-9);
                so.result().parameter("prior_resolve").ifPresent(p -> System.out.println(String.format(Locale.ROOT,
                        "    prior_resolve %.4f, mu* %.4f", p.doubleValue(), org.parley.analysis.crisis.TwoTypeCrisis.of(
                                so.result().parameters().subList(0, 12).stream().map(x -> x.value()).toList())
                                .muStar().doubleValue())));
            }
            if (t.equals("coercion")) {
                for (LeverQuery q : List.of(LeverQuery.of("dprk", "sequencing", "salience", "outcome != deal"),
                        LeverQuery.of("china", "sequencing", "capability", "outcome != deal"))) {
                    LeverOutcome lo = CrisisAnalysis.lever(s, g, "hold", q, LeverOptions.DEFAULTS.withGridPoints(101));
                    System.out.println("Korea crisis lever " + q + ": " + lo.status() + ", change " + lo.requiredChange()
                            + (lo.nearest() == null ? "" : ", to " + lo.nearest().reaching() + " (" + lo.nearest().readingLow()
                            + " | " + lo.nearest().readingHigh() + ")"));
                    assertTrue(lo.scan().size() >= 101);
                }
                r.stances().get(0).inputs().forEach(p -> System.out.println("    input " + p));
                r.stances().get(0).result().parameters().forEach(p -> System.out.println("    param " + p));
            }
        }
    }
}
