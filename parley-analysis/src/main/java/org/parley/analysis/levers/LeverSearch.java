package org.parley.analysis.levers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;
import org.parley.scenario.LeverTarget;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;

/**
 * The lever algorithm for one black box, independent of what the black box is.
 *
 * <ol>
 *   <li>Domain: position [scale.min, scale.max]; salience [f·100, 100]; capability [f·k·c, k·c], with c the
 *       current capability, k = {@link LeverOptions#capabilityFactor()}, f = {@link LeverOptions#lowerFraction()}.</li>
 *   <li>Scan: evaluate the response on {@code gridPoints} equally spaced values plus the current value, and test the
 *       target at each. Scanning the whole domain (rather than searching from the current value) is what catches
 *       non-monotone responses: every change of the target's truth value between neighbouring grid points is a
 *       crossing.</li>
 *   <li>Bisect each crossing's bracket until it is narrower than {@code relativeTolerance × domain width} (or the
 *       step budget runs out, which is flagged). Evaluation points that the black box rejects never bound a
 *       crossing.</li>
 *   <li>Report the crossing whose target-side end is nearest to the current value.</li>
 * </ol>
 * Two crossings closer than the grid spacing (a narrow window) can be missed; raise {@code gridPoints} to resolve
 * them. Cost: (gridPoints + 1 + crossings × bisections) black-box evaluations; stateless and thread-safe.
 */
public final class LeverSearch {
    /** The component name lever answers record in their provenance. */
    public static final String COMPONENT = "levers";
    /** Implementation version recorded in provenance; bump when results can change. */
    public static final String VERSION = "1";
    /** Prefix of the responder's id, version and options among the provenance parameters. */
    public static final String RESPONDER_PREFIX = "responder.";

    private LeverSearch() {
    }

    /**
     * The domain scanned for the query's attribute.
     *
     * @throws InvalidAnalysisInputException if the actor or stance is missing, or the capability is not positive
     */
    public static Domain domain(Scenario scenario, LeverQuery q, LeverOptions o) {
        double current = ScenarioEdits.current(scenario, q.actorId(), q.issueId(), q.attribute());
        return switch (q.attribute()) {
            case POSITION -> {
                Scale s = scenario.issue(q.issueId()).orElseThrow().scale();
                yield new Domain(s.min(), s.max(), false);
            }
            case SALIENCE -> new Domain(100.0 * o.lowerFraction(), 100.0, true);
            case CAPABILITY -> {
                if (!(current > 0)) {
                    throw new InvalidAnalysisInputException("capability of actor '" + q.actorId()
                            + "' must be > 0 to scale it, got " + current);
                }
                double hi = o.capabilityFactor() * current;
                yield new Domain(hi * o.lowerFraction(), hi, true);
            }
        };
    }

    /**
     * Runs the search.
     *
     * @param run the run this search belongs to: the unmodified scenario's digest, computed once for the run, the
     *            time and the seed, recorded in the provenance
     * @throws InvalidAnalysisInputException if the query does not fit the scenario
     * @throws RuntimeException              whatever the black box throws for the unmodified scenario
     */
    public static LeverOutcome search(Scenario scenario, RunContext run, LeverQuery q, LeverOptions o,
                                      Responder responder) {
        double current = ScenarioEdits.current(scenario, q.actorId(), q.issueId(), q.attribute());
        Domain d = domain(scenario, q, o);
        LeverTarget t = q.target();
        // the unmodified scenario: a failure here is the caller's problem, not a scan point
        Reading now = responder.read(scenario);
        boolean nowOk = t.test(now.value(), now.label());

        List<Double> xs = new ArrayList<>(o.gridPoints() + 1);
        for (int i = 0; i < o.gridPoints(); i++) {
            xs.add(i == o.gridPoints() - 1 ? d.high() : d.low() + d.width() * i / (o.gridPoints() - 1));
        }
        if (d.contains(current) && !xs.contains(current)) {
            xs.add(current);
            xs.sort(Double::compare);
        }
        int[] evals = {1};
        List<ScanPoint> scan = new ArrayList<>(xs.size());
        int invalid = 0;
        for (double x : xs) {
            // identity, not arithmetic: the current value was inserted into the grid as this very double
            ScanPoint p = x == current ? new ScanPoint(x, now, nowOk, null) : evaluate(scenario, q, responder, x, evals);
            scan.add(p);
            if (!p.isValid()) {
                invalid++;
            }
        }
        double tol = o.relativeTolerance() * d.width();
        List<Crossing> crossings = new ArrayList<>();
        boolean reachable = nowOk;
        for (int i = 0; i < scan.size(); i++) {
            reachable |= scan.get(i).satisfied();
            if (i == 0) {
                continue;
            }
            ScanPoint a = scan.get(i - 1), b = scan.get(i);
            if (a.isValid() && b.isValid() && a.satisfied() != b.satisfied()) {
                crossings.add(bisect(scenario, q, responder, a, b, tol, o.maxBisections(), current, evals));
            }
        }
        Crossing nearest = null;
        for (Crossing c : crossings) {
            if (nearest == null || Math.abs(c.change()) < Math.abs(nearest.change())) {
                nearest = c;
            }
        }
        LeverOutcome.Status status = nowOk ? LeverOutcome.Status.ALREADY_MET
                : nearest != null ? LeverOutcome.Status.REACHABLE : LeverOutcome.Status.UNREACHABLE;
        if (!nowOk && nearest == null && reachable) {
            // target met only at points adjacent to rejected ones: no bracket, report the nearest satisfying point
            ScanPoint best = null;
            for (ScanPoint p : scan) {
                if (p.satisfied() && (best == null || Math.abs(p.value() - current) < Math.abs(best.value() - current))) {
                    best = p;
                }
            }
            nearest = new Crossing(best.value(), best.value(), best.value(), best.reading(), best.reading(),
                    best.value() >= current ? Crossing.Direction.ENTERS : Crossing.Direction.LEAVES,
                    best.value() - current, 0, false);
            status = LeverOutcome.Status.REACHABLE;
        }
        return new LeverOutcome(responder.id(), now, nowOk, status, nearest, crossings, reachable, scan, evals[0],
                invalid, provenance(run, q, o, d, responder));
    }

    /**
     * The provenance of one answer: component {@value #COMPONENT}, the query, the domain and the search options as
     * parameters, and the responder's id, version and options under {@value #RESPONDER_PREFIX}.
     */
    static Provenance provenance(RunContext run, LeverQuery q, LeverOptions o, Domain d, Responder responder) {
        SortedMap<String, String> p = new TreeMap<>(o.asParameters());
        p.put("actor", q.actorId());
        p.put("issue", q.issueId());
        p.put("attribute", q.attribute().label());
        p.put("target", q.target().toString());
        p.put("domain", "[" + d.low() + ", " + d.high() + "]");
        p.put(RESPONDER_PREFIX + "id", responder.id());
        p.put(RESPONDER_PREFIX + "version", responder.version());
        for (Map.Entry<String, String> e : responder.parameters().entrySet()) {
            p.put(RESPONDER_PREFIX + e.getKey(), e.getValue());
        }
        return run.provenance(COMPONENT, VERSION, p);
    }

    private static ScanPoint evaluate(Scenario base, LeverQuery q, Responder r, double x, int[] evals) {
        evals[0]++;
        try {
            Reading reading = r.read(ScenarioEdits.with(base, q.actorId(), q.issueId(), q.attribute(), x));
            return new ScanPoint(x, reading, q.target().test(reading.value(), reading.label()), null);
        } catch (RuntimeException e) {
            return new ScanPoint(x, null, false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Crossing bisect(Scenario base, LeverQuery q, Responder r, ScanPoint lo, ScanPoint hi, double tol,
                                   int maxSteps, double current, int[] evals) {
        int steps = 0;
        while (hi.value() - lo.value() > tol && steps < maxSteps) {
            double mid = 0.5 * (lo.value() + hi.value());
            if (mid <= lo.value() || mid >= hi.value()) {
                break; // no double strictly between: as narrow as it gets
            }
            ScanPoint m = evaluate(base, q, r, mid, evals);
            steps++;
            if (!m.isValid()) {
                break; // cannot narrow further through a rejected point; report the bracket as is
            }
            if (m.satisfied() == lo.satisfied()) {
                lo = m;
            } else {
                hi = m;
            }
        }
        boolean converged = hi.value() - lo.value() <= tol || Math.nextUp(lo.value()) >= hi.value();
        double reaching = hi.satisfied() ? hi.value() : lo.value();
        Crossing.Direction dir = hi.satisfied() ? Crossing.Direction.ENTERS : Crossing.Direction.LEAVES;
        return new Crossing(lo.value(), hi.value(), reaching, lo.reading(), hi.reading(), dir, reaching - current,
                steps, converged);
    }
}
