package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.parley.analysis.spec.GameSpec;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;

/**
 * Runs one {@code games:} entry on a scenario: for each defender stance, maps the scenario to the template's
 * parameters ({@link ParameterMapping}), builds and solves the game, and summarises the selected equilibrium as
 * P(deal), P(escalation), P(status quo). Also offers crisis levers: the smallest change of an actor attribute that
 * moves a crisis outcome across a target ({@link #lever}). Stateless; cost per stance: one template solve
 * (microseconds to a few milliseconds).
 */
public final class CrisisAnalysis {
    /** Crisis categories every template's outcomes map to. */
    public static final String DEAL = "deal", ESCALATION = "escalation", STATUS_QUO = "status quo";

    /** Implementation version recorded in lever provenance; bump when results can change. */
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
                                Map<String, Double> categories) {
        public StanceOutcome {
            inputs = List.copyOf(inputs);
            categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        }

        public double pDeal() {
            return categories.get(DEAL);
        }

        public double pEscalation() {
            return categories.get(ESCALATION);
        }

        public double pStatusQuo() {
            return categories.get(STATUS_QUO);
        }
    }

    /**
     * A game entry analysed at every stance.
     *
     * @param scenarioSha256 canonical digest of the scenario ({@link ScenarioDigest})
     */
    public record CrisisReport(GameSpec spec, String scenarioSha256, List<StanceOutcome> stances) {
        public CrisisReport {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(scenarioSha256, "scenarioSha256");
            stances = List.copyOf(stances);
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
     * Analyses the game entry at each of its stances.
     *
     * @throws InvalidAnalysisInputException if the spec does not fit the scenario
     */
    public static CrisisReport analyze(Scenario scenario, GameSpec spec) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(spec, "spec");
        String sha = ScenarioDigest.sha256(scenario);
        List<StanceOutcome> out = new ArrayList<>();
        for (Map.Entry<String, Double> st : spec.stances().entrySet()) {
            out.add(solveAt(scenario, spec, st.getKey(), st.getValue(), sha));
        }
        return new CrisisReport(spec, sha, out);
    }

    /** Solves the template at one defender stance. */
    public static StanceOutcome solveAt(Scenario scenario, GameSpec spec, String stanceName, double stance,
                                        String scenarioSha256) {
        ParameterMapping.Mapped m = ParameterMapping.map(scenario, spec, stanceName, stance);
        String c = label(scenario, spec.challenger()), d = label(scenario, spec.defender());
        CrisisResult r = switch (spec.template()) {
            case IIG -> InteractionGame.solve(m.iig(), c, d, m.parameters(), m.notes(), scenarioSha256);
            case IIG_LOGIT -> InteractionGame.solveLogit(m.iig(), c, d, spec.lambda(), m.parameters(), m.notes(),
                    scenarioSha256);
            case COERCION, TYING_HANDS -> SignalingGame.solve(m.twoType(), spec.template(), c, d, m.parameters(),
                    m.notes(), scenarioSha256);
        };
        return new StanceOutcome(stanceName, stance, r, m.inputs(), categories(r));
    }

    private static String label(Scenario s, String id) {
        return s.actor(id).map(a -> a.id()).orElse(id);
    }

    /** P(deal), P(escalation), P(status quo) of the result's selected equilibrium. */
    public static Map<String, Double> categories(CrisisResult r) {
        Map<String, Double> c = new LinkedHashMap<>();
        c.put(DEAL, 0.0);
        c.put(ESCALATION, 0.0);
        c.put(STATUS_QUO, 0.0);
        for (Map.Entry<String, Double> e : r.outcomes().entrySet()) {
            c.merge(category(r.template(), e.getKey()), e.getValue(), Double::sum);
        }
        return c;
    }

    /** The category of an outcome label of a template. */
    public static String category(CrisisTemplate t, String outcome) {
        if (t == CrisisTemplate.IIG || t == CrisisTemplate.IIG_LOGIT) {
            return IigOutcome.valueOf(outcome).category();
        }
        return switch (outcome) {
            case SignalingGame.DEAL -> DEAL;
            case SignalingGame.ESCALATION -> ESCALATION;
            default -> STATUS_QUO;
        };
    }

    /**
     * "What would it take" for a crisis game: the smallest change of one actor's attribute (position, salience or
     * capability on the game's issue or another) that moves the crisis outcome across the target. Targets:
     * {@code p_deal >= 0.5}, {@code p_escalation <= 0.1}, {@code p_status_quo ...}, or {@code outcome == deal}
     * (the most likely of deal / escalation / status quo).
     *
     * @param stanceName the stance to evaluate at, or null to use the defender's own position in each modified
     *                   scenario as the stance (so a lever on the defender's position moves the stance)
     * @throws InvalidAnalysisInputException if the target's metric is unknown or the stance name is not in the spec
     */
    public static LeverOutcome lever(Scenario scenario, GameSpec spec, String stanceName, LeverQuery query,
                                     LeverOptions options) {
        if (stanceName != null && !spec.stances().containsKey(stanceName)) {
            throw new InvalidAnalysisInputException("stance: game " + spec.id() + " has no stance '" + stanceName
                    + "'; it has " + spec.stances().keySet());
        }
        String metric = query.target().metric() == null ? (query.target().isCategorical() ? "outcome" : "p_deal")
                : query.target().metric();
        if (query.target().isCategorical() != metric.equals("outcome")
                || !List.of("outcome", "p_deal", "p_escalation", "p_status_quo").contains(metric)) {
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
                SortedMap<String, String> p = new TreeMap<>();
                p.put("template", spec.template().id());
                p.put("challenger", spec.challenger());
                p.put("defender", spec.defender());
                p.put("issue", spec.issue());
                p.put("stance", stanceName == null ? "defender position" : stanceName);
                spec.parameters().forEach((k, v) -> p.put("override." + k, Double.toString(v)));
                if (spec.template() == CrisisTemplate.IIG_LOGIT) {
                    p.put("lambda", Double.toString(spec.lambda()));
                }
                return p;
            }

            @Override
            public Reading read(Scenario s) {
                double stance = stanceName != null ? spec.stances().get(stanceName)
                        : s.actor(spec.defender()).orElseThrow().stance(spec.issue()).orElseThrow().position().value();
                Map<String, Double> c = categories(solveAt(s, spec, stanceName == null ? "position" : stanceName,
                        stance, "").result());
                String modal = null;
                for (Map.Entry<String, Double> e : c.entrySet()) {
                    if (modal == null || e.getValue() > c.get(modal)) {
                        modal = e.getKey();
                    }
                }
                double v = switch (metric) {
                    case "p_escalation" -> c.get(ESCALATION);
                    case "p_status_quo" -> c.get(STATUS_QUO);
                    default -> c.get(DEAL);
                };
                return new Reading(v, modal);
            }
        };
        return LeverSearch.search(scenario, ScenarioDigest.sha256(scenario), query, options, r);
    }
}
