package org.parley.sweep;

import org.parley.analysis.crisis.CrisisOutcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.scenario.GameSpec;
import org.parley.scenario.Issue;
import org.parley.scenario.LeverQuestion;
import org.parley.scenario.LeverTarget;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.sweep.engine.SweepEngine;
import org.parley.sweep.engine.SweepMonitor;
import org.parley.sweep.sample.Correlation;
import org.parley.sweep.sample.SaltelliDesign;
import org.parley.sweep.sample.SwingDesign;
import org.parley.sweep.sensitivity.SobolAnalysis;
import org.parley.sweep.sensitivity.SobolIndices;
import org.parley.sweep.sensitivity.SwingAnalysis;
import org.parley.sweep.sensitivity.Tornado;
import org.parley.sweep.stats.Share;
import org.parley.sweep.stats.ValueSummary;

/**
 * Runs a sweep: the Monte Carlo phase, then the one-at-a-time swings and Saltelli's design when asked for, each
 * through the given engine; then summarises the rows in index order (so the result does not depend on the
 * engine). Stateless.
 */
public final class SweepRunner {
    /** Implementation version recorded in the provenance; bump when results can change. */
    public static final String VERSION = "1";

    private SweepRunner() {
    }

    /**
     * Runs the sweep.
     *
     * @param zones zones to report (their conditions are checked before anything runs)
     * @throws IllegalArgumentException for a zone that does not parse or names unknown outputs
     * @throws org.parley.sweep.engine.SweepCancelledException when the monitor cancels
     */
    public static SweepResult run(SweepSpec spec, List<Zone> zones, SweepEngine engine, SweepMonitor monitor) {
        return run(SweepSetup.of(spec), zones, engine, monitor);
    }

    /** {@link #run(SweepSpec, List, SweepEngine, SweepMonitor)} on a setup already built (e.g. with given models). */
    public static SweepResult run(SweepSetup setup, List<Zone> zones, SweepEngine engine, SweepMonitor monitor) {
        SweepSpec spec = setup.spec();
        OutputLayout layout = setup.evaluator().layout();
        List<ZoneCondition> conditions = new ArrayList<>();
        for (Zone z : zones) {
            conditions.add(ZoneCondition.parse(z.expression(), layout));
        }
        List<PhaseTiming> timings = new ArrayList<>();
        double[] mc = timed(spec, setup, Phase.MONTE_CARLO, engine, monitor, timings);
        List<Tornado> tornadoes = List.of();
        if (setup.runs(Phase.SWING)) {
            double[] rows = timed(spec, setup, Phase.SWING, engine, monitor, timings);
            tornadoes = SwingAnalysis.tornadoes((SwingDesign) setup.design(Phase.SWING), layout, rows);
        }
        List<SobolIndices> sobol = List.of();
        SobolStatus status = spec.sobolSamples() == 0 ? SobolStatus.NOT_REQUESTED
                : setup.space().dimension() == 0 ? SobolStatus.NO_UNCERTAIN_INPUTS
                : !setup.space().correlations().isEmpty() ? SobolStatus.CORRELATED_INPUTS : SobolStatus.COMPUTED;
        if (status == SobolStatus.COMPUTED) {
            double[] rows = timed(spec, setup, Phase.SOBOL, engine, monitor, timings);
            sobol = SobolAnalysis.indices((SaltelliDesign) setup.design(Phase.SOBOL), layout, rows, spec.seed(),
                    spec.bootstrap());
        }
        return new SweepResult(setup.run().provenance("sweep", VERSION, parameters(spec)), spec.samples(),
                spec.rangeShape(), spec.correlations(), setup.space().inputs(), spec.models(),
                forecasts(setup, mc), crises(setup, mc), zones(zones, conditions, layout, spec, mc), tornadoes, status,
                sobol, status == SobolStatus.COMPUTED ? spec.sobolSamples() : 0, engine.id(), engine.parallelism(),
                timings);
    }

    private static double[] timed(SweepSpec spec, SweepSetup setup, Phase phase, SweepEngine engine,
                                  SweepMonitor monitor, List<PhaseTiming> timings) {
        long t0 = System.nanoTime();
        double[] rows = engine.evaluate(spec, setup, phase, monitor);
        timings.add(new PhaseTiming(phase, setup.design(phase).size(), (System.nanoTime() - t0) / 1e9));
        return rows;
    }

    /** Every setting that can change the result, as text for the provenance. */
    static SortedMap<String, String> parameters(SweepSpec spec) {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("samples", Long.toString(spec.samples()));
        p.put("sobolSamples", Long.toString(spec.sobolSamples()));
        p.put("swingPoints", Integer.toString(spec.swingPoints()));
        p.put("bootstrap", Integer.toString(spec.bootstrap()));
        p.put("rangeShape", spec.rangeShape().name().toLowerCase(java.util.Locale.ROOT));
        List<String> corr = new ArrayList<>();
        for (Correlation c : spec.correlations()) {
            corr.add(c.first() + "," + c.second() + "=" + c.rho());
        }
        p.put("correlations", String.join(";", corr));
        List<String> models = new ArrayList<>();
        for (ModelChoice m : spec.models()) {
            models.add(m.id());
            m.parameters().forEach((k, v) -> p.put("model." + m.id() + "." + k, v));
        }
        p.put("models", String.join(",", models));
        return p;
    }

    /** One column of the row-major matrix. */
    static double[] column(double[] rows, int cols, int c) {
        int n = rows.length / cols;
        double[] v = new double[n];
        for (int r = 0; r < n; r++) {
            v[r] = rows[r * cols + c];
        }
        return v;
    }

    private static List<ForecastSummary> forecasts(SweepSetup setup, double[] mc) {
        OutputLayout layout = setup.evaluator().layout();
        int cols = layout.size();
        List<ForecastSummary> out = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            OutputId id = layout.columns().get(c);
            if (id.kind() != OutputKind.FORECAST) {
                continue;
            }
            Scale sc = setup.scenario().issue(id.issue()).map(Issue::scale).orElseThrow();
            ValueSummary v = ValueSummary.of(column(mc, cols, c), sc.min(), sc.max());
            double[] ag = column(mc, cols, layout.indexOf(OutputId.agreement(id.model(), id.issue())));
            long valid = 0, none = 0;
            for (double a : ag) {
                if (!Double.isNaN(a)) {
                    valid++;
                    none += a == 1.0 ? 1 : 0;
                }
            }
            out.add(new ForecastSummary(id.model(), id.issue(), v, valid == 0 ? null : new Share(none, valid)));
        }
        return out;
    }

    private static List<CrisisSummary> crises(SweepSetup setup, double[] mc) {
        OutputLayout layout = setup.evaluator().layout();
        int cols = layout.size();
        List<CrisisSummary> out = new ArrayList<>();
        for (GameSpec g : setup.evaluator().games()) {
            for (Map.Entry<String, Double> st : g.stances().entrySet()) {
                String s = st.getKey();
                double[] deal = column(mc, cols, layout.indexOf(OutputId.crisis(OutputKind.P_DEAL, g.id(), g.issue(), s)));
                double[] esc = column(mc, cols, layout.indexOf(OutputId.crisis(OutputKind.P_ESCALATION, g.id(), g.issue(), s)));
                double[] sq = column(mc, cols, layout.indexOf(OutputId.crisis(OutputKind.P_STATUS_QUO, g.id(), g.issue(), s)));
                double[] modal = column(mc, cols, layout.indexOf(OutputId.crisis(OutputKind.MODAL_OUTCOME, g.id(), g.issue(), s)));
                long[] counts = new long[CrisisOutcome.values().length];
                long valid = 0;
                for (double m : modal) {
                    if (!Double.isNaN(m)) {
                        valid++;
                        counts[(int) m]++;
                    }
                }
                Map<CrisisOutcome, Share> shares = new EnumMap<>(CrisisOutcome.class);
                for (CrisisOutcome o : CrisisOutcome.values()) {
                    shares.put(o, new Share(counts[o.ordinal()], valid));
                }
                out.add(new CrisisSummary(g.id(), g.issue(), s, st.getValue(), ValueSummary.of(deal, 0, 1),
                        ValueSummary.of(esc, 0, 1), ValueSummary.of(sq, 0, 1), shares));
            }
        }
        return out;
    }

    private static List<ZoneProbability> zones(List<Zone> zones, List<ZoneCondition> conditions, OutputLayout layout,
                                               SweepSpec spec, double[] mc) {
        int cols = layout.size();
        long n = mc.length / Math.max(1, cols);
        List<ZoneProbability> out = new ArrayList<>();
        for (int z = 0; z < zones.size(); z++) {
            Zone zone = zones.get(z);
            ZoneCondition cond = conditions.get(z);
            List<String> models = new ArrayList<>();
            if (cond.perModel()) {
                for (ModelChoice m : spec.models()) {
                    if (zone.models().isEmpty() || zone.models().contains(m.id())) {
                        models.add(m.id());
                    }
                }
            } else {
                models.add(null);
            }
            for (String model : models) {
                long in = 0, valid = 0;
                for (long r = 0; r < n; r++) {
                    int t = cond.test(mc, (int) (r * cols), layout, model);
                    if (t >= 0) {
                        valid++;
                        in += t;
                    }
                }
                out.add(new ZoneProbability(zone, model, new Share(in, valid)));
            }
        }
        return out;
    }

    /**
     * The zones a scenario implies: the target of each {@code levers:} question, read as a zone over the sweep's
     * outcomes (a model lever's target on its issue, for the models it names or every model; a game lever's target
     * at the stance it names, or at each stance of the game). Named after the condition.
     */
    public static List<Zone> zonesFromLevers(Scenario scenario) {
        List<Zone> out = new ArrayList<>();
        for (LeverQuestion l : scenario.levers()) {
            LeverTarget t = l.target();
            if (!l.isGameLever()) {
                String expr = l.issue() + " " + t.comparison().symbol() + " " + number(t.threshold());
                add(out, new Zone(expr, expr, l.models()));
                continue;
            }
            GameSpec g = scenario.game(l.game()).orElse(null);
            if (g == null) {
                continue;
            }
            for (String stance : g.stances().keySet()) {
                if (l.stance() != null && !l.stance().equals(stance)) {
                    continue;
                }
                String ref = g.id() + "." + stance + ".";
                String expr = t.isCategorical()
                        ? ref + "outcome " + t.comparison().symbol() + " " + t.label().replace(' ', '_')
                        : ref + (t.metric() == null ? "p_deal" : t.metric().id()) + " " + t.comparison().symbol() + " "
                        + number(t.threshold());
                add(out, new Zone(expr, expr));
            }
        }
        return out;
    }

    private static void add(List<Zone> zones, Zone z) {
        if (zones.stream().noneMatch(x -> x.expression().equals(z.expression()) && x.models().equals(z.models()))) {
            zones.add(z);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
