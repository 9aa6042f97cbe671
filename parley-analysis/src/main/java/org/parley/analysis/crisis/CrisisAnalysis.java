package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.levers.LeverSearch;
import org.parley.analysis.levers.Reading;
import org.parley.analysis.levers.Responder;
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;
import org.parley.scenario.CrisisTemplate;
import org.parley.scenario.GameSpec;
import org.parley.scenario.LeverTarget;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;

/**
 * Runs one {@code games:} entry on a scenario: for each defender stance, maps the scenario to the template's
 * parameters ({@link ParameterMapping}), builds the game and solves it through the engine, and summarises the
 * selected equilibrium as P(deal), P(escalation), P(status quo). Also offers crisis levers: the smallest change of an
 * actor attribute that moves a crisis outcome across a target ({@link #lever}). Stateless; cost per stance: one
 * template solve (microseconds to a few milliseconds).
 */
public final class CrisisAnalysis {
    /** Implementation version recorded in provenance; bump when results can change. */
    public static final String VERSION = "1";

    private CrisisAnalysis() {
    }

    /**
     * The result for one stance.
     *
     * @param name       stance name ("hold", "shift", …)
     * @param position   defender position analysed
     * @param result     the solved template
     * @param inputs     intermediate quantities of the mapping (strengths, win probability, costs, knobs)
     * @param categories P(deal), P(escalation), P(status quo) of the selected equilibrium, in that order
     */
    public record StanceOutcome(String name, double position, CrisisResult result, List<Param> inputs,
                                Map<CrisisOutcome, Double> categories) {
        public StanceOutcome {
            inputs = List.copyOf(inputs);
            categories = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(categories));
        }

        public double pDeal() {
            return categories.get(CrisisOutcome.DEAL);
        }

        public double pEscalation() {
            return categories.get(CrisisOutcome.ESCALATION);
        }

        public double pStatusQuo() {
            return categories.get(CrisisOutcome.STATUS_QUO);
        }

        /** The most likely category (the first of deal, escalation, status quo on ties). */
        public CrisisOutcome mostLikely() {
            CrisisOutcome modal = null;
            for (Map.Entry<CrisisOutcome, Double> e : categories.entrySet()) {
                if (modal == null || e.getValue() > categories.get(modal)) {
                    modal = e.getKey();
                }
            }
            return modal;
        }
    }

    /**
     * A game entry analysed at every stance.
     *
     * @param spec       the entry
     * @param provenance the scenario's hash (computed once per run), component {@code crisis/<template>}, version, and
     *                   the entry's settings (template, actors, issue, stances, overrides, lambda)
     * @param stances    one outcome per stance, in the entry's order
     */
    public record CrisisReport(GameSpec spec, Provenance provenance, List<StanceOutcome> stances) {
        public CrisisReport {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(provenance, "provenance");
            stances = List.copyOf(stances);
        }

        /** The canonical digest of the scenario analysed ({@link ScenarioDigest}). */
        public String scenarioSha256() {
            return provenance.inputSha256();
        }

        public java.util.Optional<StanceOutcome> stance(String name) {
            return stances.stream().filter(s -> s.name().equals(name)).findFirst();
        }

        /** Whether every equilibrium of every stance passed its checks. */
        public boolean isVerified() {
            return stances.stream().allMatch(s -> s.result().isVerified());
        }
    }

    /**
     * Analyses the game entry at each of its stances, hashing the scenario for provenance (use
     * {@link #analyze(RunContext, Scenario, GameSpec)} when a run analyses several entries).
     *
     * @throws InvalidAnalysisInputException if the spec does not fit the scenario
     */
    public static CrisisReport analyze(Scenario scenario, GameSpec spec) {
        return analyze(RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(scenario)), scenario, spec);
    }

    /**
     * Analyses the game entry at each of its stances.
     *
     * @param run the run: its scenario hash (computed once per run) goes into every provenance record
     * @throws InvalidAnalysisInputException if the spec does not fit the scenario
     */
    public static CrisisReport analyze(RunContext run, Scenario scenario, GameSpec spec) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(spec, "spec");
        List<StanceOutcome> out = new ArrayList<>();
        for (Map.Entry<String, Double> st : spec.stances().entrySet()) {
            out.add(solveAt(run, scenario, spec, st.getKey(), st.getValue()));
        }
        SortedMap<String, String> p = settings(spec);
        spec.stances().forEach((k, v) -> p.put("stance." + k, Double.toString(v)));
        return new CrisisReport(spec, run.provenance(CrisisProvenance.component(spec.template()), VERSION, p), out);
    }

    /** The entry's settings as provenance parameters. */
    private static SortedMap<String, String> settings(GameSpec spec) {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("template", spec.template().id());
        p.put("challenger", spec.challenger());
        p.put("defender", spec.defender());
        p.put("issue", spec.issue());
        spec.parameters().forEach((k, v) -> p.put("override." + k, Double.toString(v)));
        if (spec.template() == CrisisTemplate.IIG_LOGIT) {
            p.put("lambda", Double.toString(spec.lambda()));
        }
        return p;
    }

    /** Solves the template at one defender stance. */
    public static StanceOutcome solveAt(RunContext run, Scenario scenario, GameSpec spec, String stanceName,
                                        double stance) {
        ParameterMapping.Mapped m = ParameterMapping.map(scenario, spec, stanceName, stance);
        String c = label(scenario, spec.challenger()), d = label(scenario, spec.defender());
        CrisisResult r = switch (spec.template()) {
            case IIG -> InteractionGame.solve(m.iig(), c, d, m.parameters(), m.notes(), run);
            case IIG_LOGIT -> InteractionGame.solveLogit(m.iig(), c, d, spec.lambda(), m.parameters(), m.notes(), run);
            case COERCION, TYING_HANDS -> SignalingGame.solve(m.twoType(), spec.template(), c, d, m.parameters(),
                    m.notes(), run);
        };
        return new StanceOutcome(stanceName, stance, r, m.inputs(), r.categories());
    }

    private static String label(Scenario s, String id) {
        return s.actor(id).map(a -> a.id()).orElse(id);
    }

    /** {@link #lever(Scenario, GameSpec, String, LeverQuery, LeverOptions, RunContext)} as a run of its own. */
    public static LeverOutcome lever(Scenario scenario, GameSpec spec, String stanceName, LeverQuery query,
                                     LeverOptions options) {
        return lever(scenario, spec, stanceName, query, options,
                RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(scenario)));
    }

    /**
     * "What would it take" for a crisis game: the smallest change of one actor's attribute (position, salience or
     * capability on the game's issue or another) that moves the crisis outcome across the target. Targets:
     * {@code p_deal >= 0.5}, {@code p_escalation <= 0.1}, {@code p_status_quo ...}, or {@code outcome == deal}
     * (the most likely of deal / escalation / status quo).
     *
     * @param stanceName the stance to evaluate at, or null to use the defender's own position in each modified
     *                   scenario as the stance (so a lever on the defender's position moves the stance)
     * @param run        the run this lever belongs to (the scenario's digest, computed once per run)
     * @throws InvalidAnalysisInputException if the target's metric is not a crisis metric or the stance name is not
     *                                       in the spec
     */
    public static LeverOutcome lever(Scenario scenario, GameSpec spec, String stanceName, LeverQuery query,
                                     LeverOptions options, RunContext run) {
        if (stanceName != null && !spec.stances().containsKey(stanceName)) {
            throw new InvalidAnalysisInputException("stance: game " + spec.id() + " has no stance '" + stanceName
                    + "'; it has " + spec.stances().keySet());
        }
        LeverTarget.Metric metric = query.target().metric() != null ? query.target().metric()
                : query.target().isCategorical() ? LeverTarget.Metric.OUTCOME : LeverTarget.Metric.P_DEAL;
        if (query.target().isCategorical() != (metric == LeverTarget.Metric.OUTCOME) || !metric.isCrisisMetric()) {
            throw new InvalidAnalysisInputException("target: use 'outcome == deal|escalation|status quo' or"
                    + " 'p_deal|p_escalation|p_status_quo <op> number'; got '" + query.target() + "'");
        }
        Responder r = new Responder() {
            @Override
            public String id() {
                return spec.id();
            }

            @Override
            public String version() {
                return VERSION;
            }

            @Override
            public SortedMap<String, String> parameters() {
                SortedMap<String, String> p = settings(spec);
                p.put("stance", stanceName == null ? "defender position" : stanceName);
                return p;
            }

            @Override
            public Reading read(Scenario s) {
                double stance = stanceName != null ? spec.stances().get(stanceName)
                        : s.actor(spec.defender()).orElseThrow().stance(spec.issue()).orElseThrow().position().value();
                // each modified scenario is an input of its own: hashed for the result's provenance
                RunContext edited = RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(s));
                StanceOutcome so = solveAt(edited, s, spec, stanceName == null ? "position" : stanceName, stance);
                double v = switch (metric) {
                    case P_ESCALATION -> so.pEscalation();
                    case P_STATUS_QUO -> so.pStatusQuo();
                    default -> so.pDeal();
                };
                return new Reading(v, so.mostLikely().id());
            }
        };
        return LeverSearch.search(scenario, run, query, options, r);
    }
}
