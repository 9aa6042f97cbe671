package org.parley.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.parley.forecast.baseline.CompromiseModel;
import org.parley.forecast.baseline.WeightedMedianModel;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.forecast.nash.NashBargainingModel;
import org.parley.forecast.nash.NashBargainingModel.Disagreement;
import org.parley.forecast.nash.NashBargainingModel.Utility;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;

/** The property battery every model runs (style guide: one generic battery over all implementations). */
class ModelPropertiesTest {
    /** Every model and the variants whose behaviour differs. */
    static final List<BargainingModel> MODELS = List.of(
            new CompromiseModel(),
            new WeightedMedianModel(),
            new NashBargainingModel(),
            new NashBargainingModel(NashBargainingModel.Options.DEFAULT.withUtility(Utility.QUADRATIC)),
            new NashBargainingModel(NashBargainingModel.Options.DEFAULT.withDisagreement(Disagreement.WORST_OUTCOME)),
            new NashBargainingModel(NashBargainingModel.Options.DEFAULT.withUtility(Utility.QUADRATIC)
                    .withDisagreement(Disagreement.WORST_OUTCOME)),
            new ExpectedUtilityModel(),
            new ExpectedUtilityModel(ExpectedUtilityModel.Options.defaults(ExpectedUtilityModel.Variant.BDM_CLEAN)),
            new ExpectedUtilityModel(ExpectedUtilityModel.Options.defaults(ExpectedUtilityModel.Variant.BDM_CLEAN)
                    .withQ(0.5, 0.5)),
            new ExpectedUtilityModel(ExpectedUtilityModel.Options.DEFAULT
                    .withDistanceScale(ExpectedUtilityModel.DistanceScale.ISSUE_SCALE)));

    /** Tolerance of results found by bisection (1e-9 × scale 100, plus rounding). */
    static final double BISECTION = 2e-7;

    /** One issue on 0–100: capabilities, positions, saliences (0–100), status quo (NaN = none). */
    record Case(double[] c, double[] x, double[] s, double q) {
        Scenario scenario() {
            return scenario(ids());
        }

        String[] ids() {
            String[] ids = new String[c.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = "actor" + i;
            }
            return ids;
        }

        Scenario scenario(String[] ids) {
            return TestScenarios.oneIssue(Scale.DEFAULT, q, ids, c, x, s);
        }

        double min() {
            return Arrays.stream(x).min().orElseThrow();
        }

        double max() {
            return Arrays.stream(x).max().orElseThrow();
        }

        @Override
        public String toString() {
            return "c=" + Arrays.toString(c) + " x=" + Arrays.toString(x) + " s=" + Arrays.toString(s) + " q=" + q;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> position = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 10).map(i -> 10.0 * i), // many exact ties
                Arbitraries.doubles().between(0, 100));
        return Arbitraries.integers().between(1, 8).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(0.05, 10).array(double[].class).ofSize(n),
                position.array(double[].class).ofSize(n),
                Arbitraries.integers().between(1, 100).map(Integer::doubleValue).array(double[].class).ofSize(n),
                Arbitraries.oneOf(Arbitraries.just(Double.NaN), position))
                .as(Case::new));
    }

    private static double outcome(BargainingModel m, Scenario s) {
        return m.forecast(s).issues().get(0).outcome();
    }

    @Property(tries = 200)
    void forecastInsideScaleAndHull(@ForAll("cases") Case k) {
        for (BargainingModel m : MODELS) {
            IssueForecast f = m.forecast(k.scenario()).issues().get(0);
            String who = m.info().id() + " " + m.options().asParameters() + " on " + k;
            assertTrue(f.outcome() >= 0 && f.outcome() <= 100, who + ": outside the scale: " + f.outcome());
            assertTrue(f.outcome() >= k.min() - 1e-12 && f.outcome() <= k.max() + 1e-12,
                    who + ": outside [min x, max x]: " + f.outcome());
            if (f.interval() != null) {
                assertTrue(f.interval().low() <= f.outcome() && f.outcome() <= f.interval().high(), who);
            }
            for (IssueForecast.ActorDetail a : f.actors()) { // dynamic models move inside the initial hull
                assertTrue(a.finalPosition() >= k.min() - 1e-9 && a.finalPosition() <= k.max() + 1e-9, who);
            }
        }
    }

    @Property(tries = 200)
    void reorderingActorsChangesNothing(@ForAll("cases") Case k, @ForAll long seed) {
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < k.c().length; i++) {
            perm.add(i);
        }
        Collections.shuffle(perm, new Random(seed));
        int n = perm.size();
        double[] c = new double[n], x = new double[n], s = new double[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            int p = perm.get(i);
            c[i] = k.c()[p];
            x[i] = k.x()[p];
            s[i] = k.s()[p];
            ids[i] = k.ids()[p];
        }
        Scenario shuffled = TestScenarios.oneIssue(Scale.DEFAULT, k.q(), ids, c, x, s);
        for (BargainingModel m : MODELS) {
            IssueForecast a = m.forecast(k.scenario()).issues().get(0);
            IssueForecast b = m.forecast(shuffled).issues().get(0);
            String who = m.info().id() + " " + m.options().asParameters() + " on " + k + " perm " + perm;
            assertEquals(a.outcome(), b.outcome(), 1e-9, who);
            for (IssueForecast.ActorDetail d : a.actors()) {
                IssueForecast.ActorDetail e = b.actors().stream().filter(z -> z.actorId().equals(d.actorId()))
                        .findFirst().orElseThrow();
                assertEquals(d.finalPosition(), e.finalPosition(), 1e-9, who + " actor " + d.actorId());
            }
        }
    }

    @Property(tries = 100)
    void unanimousScenarioForecastsTheCommonPosition(@ForAll("cases") Case k,
                                                     @ForAll @DoubleRange(min = 0, max = 100) double common) {
        double[] x = new double[k.x().length];
        Arrays.fill(x, common);
        Case u = new Case(k.c(), x, k.s(), k.q());
        for (BargainingModel m : MODELS) {
            assertEquals(common, outcome(m, u.scenario()), BISECTION, m.info().id() + " " + m.options().asParameters());
        }
    }

    @Property(tries = 200)
    void scalingAllCapabilitiesChangesNothing(@ForAll("cases") Case k,
                                              @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
        double[] c = Arrays.stream(k.c()).map(v -> v * factor).toArray();
        Case scaled = new Case(c, k.x(), k.s(), k.q());
        for (BargainingModel m : MODELS) {
            String who = m.info().id() + " " + m.options().asParameters() + " on " + k + " × " + factor;
            boolean bisection = m instanceof NashBargainingModel;
            assertEquals(outcome(m, k.scenario()), outcome(m, scaled.scenario()), bisection ? BISECTION : 1e-9, who);
        }
    }

    @Property(tries = 50)
    void forecastIsReproducible(@ForAll("cases") Case k) {
        for (BargainingModel m : MODELS) {
            // the same scenario in the same run (same hash, time and seed) gives the same forecast, bit for bit
            RunContext run = BargainingModel.runOf(k.scenario());
            Forecast a = m.forecast(k.scenario(), run);
            Forecast b = m.forecast(k.scenario(), run);
            assertEquals(a, b, m.info().id());
            assertEquals(m.options().asParameters(), a.provenance().parameters());
            assertEquals(null, a.provenance().seed());
            assertEquals(m.info().id(), a.provenance().component());
        }
    }
}
