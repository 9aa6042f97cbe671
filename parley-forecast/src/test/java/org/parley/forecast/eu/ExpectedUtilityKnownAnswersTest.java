package org.parley.forecast.eu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.RoundState;
import org.parley.forecast.TestScenarios;
import org.parley.forecast.eu.ExpectedUtilityModel.Options;
import org.parley.forecast.eu.ExpectedUtilityModel.Variant;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;

/**
 * Known answers of models/README.md §3.10. Printed figures with 12 significant digits are checked to 1e-11; the
 * published 10-round run to 1e-12.
 */
class ExpectedUtilityKnownAnswersTest {
    private static final double PRINTED = 1e-11;
    private static final double EXACT = 1e-12;
    private static final int A = 0, B = 1, C = 2;

    /** §3.10 (b): A (c 1.0, x 0, s 0.6), B (c 0.5, x 30, s 0.9), C (c 0.8, x 100, s 0.5); scale 0–100 so R = 100. */
    private static IssueSlice threeActors() {
        Scenario sc = TestScenarios.oneIssue(Scale.DEFAULT, Double.NaN, new String[] {"A", "B", "C"},
                new double[] {1.0, 0.5, 0.8}, new double[] {0, 30, 100}, new double[] {60, 90, 50});
        return sc.slice(TestScenarios.ISSUE);
    }

    private static EuEngine engine(Options o) {
        return new ExpectedUtilityModel(o).engine(threeActors());
    }

    private static double[] x3() {
        return new double[] {0, 30, 100};
    }

    @Test
    void threeActorsScholz2011EveryNumber() {
        EuEngine eng = engine(Options.defaults(Variant.SCHOLZ2011));
        assertEquals(100, eng.range, 0);
        EuEngine.Round r = eng.round(x3());
        assertEquals(30, r.median(), 0);
        // P(A>B): votes for 0 over 30 with w = c·s = (0.6, 0.45, 0.4) and r = 1: A +0.6·0.3 = 0.18, B −0.135, C −0.12;
        // supporters 0.18. Normaliser Σ_k w_k Σ_p Σ_q |δ_kq − δ_kp|: A 0.6·4.0 = 2.4, B 0.45·2.8 = 1.26, C 0.4·4.0 = 1.6,
        // total 5.26 ⇒ P = 0.18/5.26.
        assertEquals(0.18 / 5.26, r.probUnit()[A][B], EXACT);
        assertEquals(0.0342205323194, r.probUnit()[A][B], PRINTED);
        assertEquals(0.148288973384, r.probUnit()[A][C], PRINTED);
        assertEquals(0.0484790874525, r.probUnit()[B][A], PRINTED);
        assertEquals(0.139733840304, r.probUnit()[B][C], PRINTED);
        assertEquals(0.0760456273764, r.probUnit()[C][A], PRINTED);
        assertEquals(0.0532319391635, r.probUnit()[C][B], PRINTED);
        // E(U_ij) at r = 1 (euUnit[i][j] = i's EU of challenging j)
        assertEquals(-0.443041825095, r.euUnit()[A][B], PRINTED);
        assertEquals(0.296577946768, r.euUnit()[A][C], PRINTED);
        assertEquals(-0.0850950570342, r.euUnit()[B][A], PRINTED);
        assertEquals(0.195627376426, r.euUnit()[B][C], PRINTED);
        assertEquals(-0.217490494297, r.euUnit()[C][A], PRINTED);
        assertEquals(-0.985855513308, r.euUnit()[C][B], PRINTED);
        // threat S_A = E(U_BA) + E(U_CA) = −0.0850950570342 − 0.217490494297 = −0.302585551331
        assertEquals(-0.302585551331, r.threats()[A], PRINTED);
        assertEquals(-1.4288973384, r.threats()[B], PRINTED);
        assertEquals(0.492205323194, r.threats()[C], PRINTED);
        // B has the lowest threat: R_B = −1 ⇒ r_B = (1 + 1/3)/(1 − 1/3) = 2; C the highest: r_C = 0.5
        assertEquals(0.89121239722, r.risk()[A], PRINTED);
        assertEquals(2.0, r.risk()[B], EXACT);
        assertEquals(0.5, r.risk()[C], EXACT);
        // only move: C loses a conflict to A, both EUs with C's r (scholz2011 perception)
        assertEquals(1, r.moves().size());
        RoundState.Move m = r.moves().get(0);
        assertEquals("C", m.actorId());
        assertEquals("A", m.counterpartId());
        assertEquals(RoundState.Move.Kind.CONFLICT, m.kind());
        assertEquals(100, m.from(), 0);
        assertEquals(0, m.to(), 0);
        assertEquals(0.625067845762, m.ownExpectedUtility(), PRINTED);
        assertEquals(1.1479682964, m.counterpartExpectedUtility(), PRINTED);
        assertEquals(0, eng.median(r.next()), 0);
    }

    @Test
    void threeActorsBdmCleanEveryNumber() {
        EuEngine eng = engine(Options.defaults(Variant.BDM_CLEAN));
        EuEngine.Round r = eng.round(x3());
        // P(A>B) = supporters / all absolute votes = 0.18 / (0.18 + 0.135 + 0.12) = 0.18/0.435
        assertEquals(0.18 / 0.435, r.probUnit()[A][B], EXACT);
        assertEquals(0.413793103448, r.probUnit()[A][B], PRINTED);
        assertEquals(0.661016949153, r.probUnit()[A][C], PRINTED);
        assertEquals(0.586206896552, r.probUnit()[B][A], PRINTED);
        assertEquals(0.724137931034, r.probUnit()[B][C], PRINTED);
        assertEquals(0.338983050847, r.probUnit()[C][A], PRINTED);
        assertEquals(0.275862068966, r.probUnit()[C][B], PRINTED);
        assertEquals(1.0, r.probUnit()[A][B] + r.probUnit()[B][A], EXACT);
        // E(U_AB) = s_B·(P·U^s + (1−P)·U^f) + (1 − s_B)·U^s = 0.9·(0.41379·0.6 − 0.58621·0.6) + 0.1·0.6
        assertEquals(0.9 * (0.18 / 0.435 * 0.6 - (1 - 0.18 / 0.435) * 0.6) + 0.1 * 0.6, r.euUnit()[A][B], EXACT);
        assertEquals(-0.0331034482759, r.euUnit()[A][B], PRINTED);
        assertEquals(1.32203389831, r.euUnit()[A][C], PRINTED);
        assertEquals(0.302068965517, r.euUnit()[B][A], PRINTED);
        assertEquals(1.01379310345, r.euUnit()[B][C], PRINTED);
        assertEquals(0.413559322034, r.euUnit()[C][A], PRINTED);
        assertEquals(-0.424827586207, r.euUnit()[C][B], PRINTED);
        assertEquals(0.715628287551, r.threats()[A], PRINTED);
        assertEquals(-0.457931034483, r.threats()[B], PRINTED);
        assertEquals(2.33582700175, r.threats()[C], PRINTED);
        assertEquals(1.11257969853, r.risk()[A], PRINTED);
        assertEquals(2.0, r.risk()[B], EXACT);
        assertEquals(0.5, r.risk()[C], EXACT);
        assertEquals(2, r.moves().size());
        RoundState.Move a = r.moves().get(0), c = r.moves().get(1);
        assertEquals(List.of("A", "C", RoundState.Move.Kind.CONFLICT), List.of(a.actorId(), a.counterpartId(), a.kind()));
        assertEquals(100, a.to(), 0);
        assertEquals(1.17189929877, a.ownExpectedUtility(), PRINTED);
        assertEquals(1.24198644678, a.counterpartExpectedUtility(), PRINTED);
        assertEquals(List.of("C", "B", RoundState.Move.Kind.COMPROMISE), List.of(c.actorId(), c.counterpartId(), c.kind()));
        assertEquals(-0.114559386144, c.ownExpectedUtility(), PRINTED);
        assertEquals(0.523793103448, c.counterpartExpectedUtility(), PRINTED);
        // C concedes |e_CB / e_BC| of the way from 100 to 30
        assertEquals(100 + (30 - 100) * Math.abs(c.ownExpectedUtility() / c.counterpartExpectedUtility()), c.to(), 0);
        assertEquals(84.6902202849, c.to(), 1e-10);
        IssueForecast f = new ExpectedUtilityModel(Options.defaults(Variant.BDM_CLEAN).withMaxRounds(1))
                .forecastIssue(threeActors());
        assertEquals(84.6902202849, f.outcome(), 1e-10);
        assertEquals(74.0524745614, f.path().get(1).weightedMean(), 1e-10);
    }

    @Test
    void threeActorsBdmCleanWithQAndTOneHalf() {
        EuEngine eng = engine(Options.defaults(Variant.BDM_CLEAN).withQ(0.5, 0.5));
        EuEngine.Round r = eng.round(x3());
        assertEquals(2, r.moves().size());
        assertEquals(RoundState.Move.Kind.COMPROMISE, r.moves().get(0).kind());
        assertEquals("B", r.moves().get(0).counterpartId());
        assertEquals(5.27867034238, r.moves().get(0).to(), PRINTED);
        assertEquals(RoundState.Move.Kind.CONFLICT, r.moves().get(1).kind());
        assertEquals(0, r.moves().get(1).to(), 0);
        assertEquals(5.278670342384811, eng.median(r.next()), EXACT);
    }

    @Test
    void ecEmissionsRoundZero() {
        IssueForecast f = new ExpectedUtilityModel(Options.DEFAULT.withMaxRounds(1))
                .forecastIssue(TestScenarios.ecEmissions().slice(TestScenarios.ISSUE));
        assertEquals(7.389955686853767, f.path().get(0).weightedMean(), EXACT);
        assertEquals(7.0, f.path().get(0).forecast(), 0);
    }

    /** Rounds 1–3 from the README's printed numbers (own fixture: runs without the shared folder). */
    @Test
    void ecEmissionsScholz2011FirstRoundsFromOwnFixture() throws IOException {
        IssueForecast f = new ExpectedUtilityModel().forecastIssue(TestScenarios.ecEmissions().slice(TestScenarios.ISSUE));
        List<String> ids = f.actorIds();
        List<double[]> rows = readCsv(getClass().getResourceAsStream("ec-emissions-scholz2011-rounds-1-3.csv"));
        assertEquals(3, rows.size());
        double[] start = {4, 7, 4, 4, 10, 10, 10, 7, 4, 7};
        for (double[] row : rows) {
            RoundState st = f.path().get((int) row[0]);
            for (int i = 0; i < ids.size(); i++) {
                double expected = switch (ids.get(i)) {
                    case "Belgium" -> row[1];
                    case "Luxembourg" -> row[2];
                    case "Ireland" -> row[3];
                    default -> start[i];
                };
                assertEquals(expected, st.positions().get(i), EXACT, ids.get(i) + " after round " + st.round());
            }
            assertEquals(row[4], st.weightedMean(), EXACT, "mean after round " + st.round());
        }
        // round 1 moves with the EUs printed in the public log
        List<RoundState.Move> m1 = f.path().get(1).moves();
        assertEquals(3, m1.size());
        assertMove(m1.get(0), "Belgium", "France", RoundState.Move.Kind.COMPROMISE,
                -0.11483050347300794, 0.2432965945234421, 8.415932315426764);
        assertMove(m1.get(1), "Luxembourg", "Belgium", RoundState.Move.Kind.CONFLICT,
                0.24550922248250817, 0.542246100211495, 7);
        assertMove(m1.get(2), "Ireland", "Luxembourg", RoundState.Move.Kind.CONFLICT,
                0.5382377664333493, 0.6824778252511178, 4);
        double[] r1 = {1.4057, 0.7542, 0.5089, 1.4057, 1.0465, 1.0465, 1.9649, 0.5000, 2.0000, 1.1121};
        for (int i = 0; i < r1.length; i++) {
            assertEquals(r1[i], f.path().get(1).riskExponents().get(i), 5e-5, ids.get(i));
        }
        double[] later = {7.358130531334201, 7.3491739896752115, 7.414877545372958, 7.510457183677219,
            7.5724470975503, 7.324989065683666, 7.242130958473938};
        for (int t = 4; t <= 10; t++) {
            assertEquals(later[t - 4], f.path().get(t).weightedMean(), EXACT, "mean after round " + t);
        }
        assertEquals(10, f.convergence().rounds());
        assertEquals(7.0, f.outcome(), 0);
    }

    private static void assertMove(RoundState.Move m, String who, String counterpart, RoundState.Move.Kind kind,
                                   double eij, double eji, double to) {
        assertEquals(who, m.actorId());
        // Belgium's compromise offers from France and Italy are identical (same c, s, position); either is the source
        if (!(kind == RoundState.Move.Kind.COMPROMISE && who.equals("Belgium"))) {
            assertEquals(counterpart, m.counterpartId());
        } else {
            assertTrue(List.of("France", "Italy").contains(m.counterpartId()));
        }
        assertEquals(kind, m.kind());
        assertEquals(eij, m.ownExpectedUtility(), EXACT);
        assertEquals(eji, m.counterpartExpectedUtility(), EXACT);
        assertEquals(to, m.to(), EXACT);
    }

    /** The full published 10-round run: every position and risk exponent of every round (shared fixture). */
    @Test
    void ecEmissionsScholz2011TenRoundsAgainstSharedCsv() throws IOException {
        String dir = System.getProperty("parley.shared.dir");
        Path csv = dir == null ? null
                : Path.of(dir, "data", "cases", "bdm1994-eu-emissions", "expected-scholz2011-variant-10-rounds.csv");
        Assumptions.assumeTrue(csv != null && Files.isReadable(csv),
                "shared fixture not found (set -Dparley.shared.dir); the own-fixture test covers rounds 1-3");
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        IssueForecast f = new ExpectedUtilityModel().forecastIssue(TestScenarios.ecEmissions().slice(TestScenarios.ISSUE));
        assertEquals(10, f.path().size() - 1);
        int n = 10;
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            int t = Integer.parseInt(v[0]);
            RoundState st = f.path().get(t);
            for (int i = 0; i < n; i++) {
                String actor = header[1 + i].substring(2);
                int k = f.actorIds().indexOf(actor);
                assertEquals(Double.parseDouble(v[1 + i]), st.positions().get(k), EXACT, "x " + actor + " round " + t);
                checked++;
                if (!v[1 + n + i].isEmpty()) {
                    assertEquals(Double.parseDouble(v[1 + n + i]), st.riskExponents().get(k), EXACT,
                            "r " + actor + " round " + t);
                    checked++;
                }
            }
            assertEquals(Double.parseDouble(v[1 + 2 * n]), st.weightedMean(), EXACT, "mean round " + t);
            // the fixture's median takes the lower end of a tie; no round of this run has a tie
            assertEquals(Double.parseDouble(v[2 + 2 * n]), st.forecast(), EXACT, "median round " + t);
        }
        assertEquals(210, checked);
        assertNull(f.interval());
        assertEquals(7.0, f.outcome(), 0);
    }

    @Test
    void ecEmissionsBdmClean() {
        IssueForecast f = new ExpectedUtilityModel(Options.defaults(Variant.BDM_CLEAN)
                .withEarlyStop(ExpectedUtilityModel.EarlyStop.OFF))
                .forecastIssue(TestScenarios.ecEmissions().slice(TestScenarios.ISSUE));
        assertEquals(7.51846381093057, f.path().get(1).weightedMean(), 1e-13);
        assertEquals(7.88626292466765, f.path().get(2).weightedMean(), 1e-13);
        assertEquals(7.16395864106351, f.path().get(3).weightedMean(), 1e-13);
        for (double x : f.path().get(4).positions()) {
            assertEquals(7.0, x, 0, "all actors at 7 after round 4");
        }
        long conflicts = f.path().get(1).moves().stream().filter(m -> m.kind() == RoundState.Move.Kind.CONFLICT).count();
        assertEquals(8, conflicts);
        assertEquals(7.0, f.outcome(), 0);
        assertEquals(5, f.convergence().rounds(), f.convergence().stopReason().toString()); // round 5: nobody moves
        assertTrue(f.convergence().stopReason().words("#").startsWith("no actor moved"),
                f.convergence().stopReason().toString());
        // with the variant's default early stop the median (7 throughout) is stable after two rounds
        IssueForecast early = new ExpectedUtilityModel(Options.defaults(Variant.BDM_CLEAN))
                .forecastIssue(TestScenarios.ecEmissions().slice(TestScenarios.ISSUE));
        assertEquals(2, early.convergence().rounds(), early.convergence().stopReason().toString());
        assertEquals(7.0, early.outcome(), 0);
    }

    /** BDM's (1994) perspective chart for Belgium, as recomputed with scholz2011 in §3.10 (±0.0005, 3 decimals). */
    @Test
    void belgiumPerspectiveChart() {
        ExpectedUtilityModel model = new ExpectedUtilityModel();
        EuEngine eng = model.engine(TestScenarios.ecEmissions().slice(TestScenarios.ISSUE));
        double[] x = {4, 7, 4, 4, 10, 10, 10, 7, 4, 7};
        EuEngine.Round r = eng.round(x);
        int be = 1;
        double rb = r.risk()[be];
        assertEquals(0.7542, rb, 5e-5);
        double[][] expected = { // actor index, x-axis (Belgium challenges), y-axis (actor challenges Belgium)
            {2, 0.606, 0.242}, {8, -0.832, 0.242}, {6, -0.655, 0.243}, {3, -0.473, 0.242}, {0, -0.473, 0.242},
            {4, -0.115, 0.243}, {5, -0.115, 0.243}};
        for (double[] e : expected) {
            int j = (int) e[0];
            assertEquals(e[1], eng.eu(x, r.probRisk(), be, j, rb, r.median()), 5e-4, eng.ids[j]);
            assertEquals(e[2], eng.eu(x, r.probRisk(), j, be, rb, r.median()), 5e-4, eng.ids[j]);
        }
    }

    private static List<double[]> readCsv(InputStream in) throws IOException {
        List<double[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] v = line.split(",");
                double[] row = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    row[i] = Double.parseDouble(v[i]);
                }
                out.add(row);
            }
        }
        return out;
    }
}
