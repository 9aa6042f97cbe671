package org.parley.sweep.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;
import org.parley.scenario.Uncertainty;

/**
 * The uncertain inputs of a scenario and the joint distribution a sweep draws them from: each input's own
 * distribution (from the uncertainty stated in the file) and, optionally, correlations between named inputs
 * (Gaussian copula). Maps a point of the unit cube to input values ({@link #values}) and input values to a
 * scenario ({@link #apply}). Immutable and thread-safe.
 *
 * <p>Reading of the file's uncertainty: a range [low, high] is uniform (or triangular peaked at the stated
 * value, {@link RangeShape#TRIANGULAR}) on the range clipped to the input's domain; a standard deviation sd is a
 * normal around the stated value truncated to the domain (positions and status quo: the issue's scale; salience:
 * (0, 100]; capability: (0, value + 10·sd]). A standard deviation of 0 and a range of zero width are certain.
 */
public final class InputSpace {
    private final Scenario base;
    private final List<UncertainInput> inputs;
    private final List<Correlation> correlations;
    private final int[] correlated;     // indices of the inputs that take part in a correlation
    private final double[][] cholesky;  // lower factor over those indices
    private final Map<String, Integer> byKey;

    private InputSpace(Scenario base, List<UncertainInput> inputs, List<Correlation> correlations) {
        this.base = base;
        this.inputs = List.copyOf(inputs);
        this.correlations = List.copyOf(correlations);
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < this.inputs.size(); i++) {
            keys.put(this.inputs.get(i).id().key(), i);
        }
        this.byKey = keys;
        List<Integer> involved = new ArrayList<>();
        for (Correlation c : correlations) {
            for (String k : List.of(c.first(), c.second())) {
                Integer i = keys.get(k);
                if (i == null) {
                    throw new IllegalArgumentException("correlation: no uncertain input '" + k + "'; the uncertain"
                            + " inputs are " + keys.keySet().stream().sorted().toList());
                }
                if (!involved.contains(i)) {
                    involved.add(i);
                }
            }
        }
        involved.sort(null);
        correlated = involved.stream().mapToInt(Integer::intValue).toArray();
        cholesky = correlated.length == 0 ? new double[0][0] : factor(correlations, keys, correlated);
    }

    /**
     * The uncertain inputs of a scenario, in file order: per issue its status quo; per actor its capability, then
     * per stance the position and the salience.
     */
    public static InputSpace of(Scenario scenario, RangeShape shape) {
        Objects.requireNonNull(shape, "shape");
        List<UncertainInput> out = new ArrayList<>();
        for (Issue issue : scenario.issues()) {
            if (issue.statusQuo() != null) {
                add(out, new InputId(InputAttribute.STATUS_QUO, null, issue.id()), issue.statusQuo(),
                        issue.scale().min(), issue.scale().max(), shape);
            }
        }
        for (Actor a : scenario.actors()) {
            Estimate cap = a.capability();
            double capHigh = cap.uncertainty() instanceof Uncertainty.StdDev sd ? cap.value() + 10 * sd.sd()
                    : Double.MAX_VALUE;
            add(out, new InputId(InputAttribute.CAPABILITY, a.id(), null), cap, 0, capHigh, shape);
            for (Stance st : a.stances().values()) {
                Scale sc = scenario.issue(st.issueId()).orElseThrow().scale();
                add(out, new InputId(InputAttribute.POSITION, a.id(), st.issueId()), st.position(), sc.min(), sc.max(),
                        shape);
                add(out, new InputId(InputAttribute.SALIENCE, a.id(), st.issueId()), st.salience(), 0, 100, shape);
            }
        }
        return new InputSpace(scenario, out, List.of());
    }

    private static void add(List<UncertainInput> out, InputId id, Estimate e, double lo, double hi, RangeShape shape) {
        InputDistribution d = distribution(e, lo, hi, shape);
        if (d != null) {
            out.add(new UncertainInput(id, e.value(), e.uncertainty(), d));
        }
    }

    /** The distribution of one estimate on the domain [lo, hi], or null when it is certain. */
    static InputDistribution distribution(Estimate e, double lo, double hi, RangeShape shape) {
        if (e.uncertainty() instanceof Uncertainty.Range r) {
            double a = Math.max(lo, r.low()), b = Math.min(hi, r.high());
            if (!(a < b)) {
                return null;
            }
            double mode = Math.max(a, Math.min(b, e.value()));
            return shape == RangeShape.TRIANGULAR ? new InputDistribution.Triangular(a, mode, b)
                    : new InputDistribution.Uniform(a, b);
        }
        if (e.uncertainty() instanceof Uncertainty.StdDev s && s.sd() > 0) {
            return new InputDistribution.TruncatedNormal(e.value(), s.sd(), lo, hi);
        }
        return null;
    }

    /** The same inputs with correlations between named inputs ({@link InputId#key()}). */
    public InputSpace withCorrelations(List<Correlation> list) {
        return new InputSpace(base, inputs, list);
    }

    /** The scenario the inputs belong to. */
    public Scenario base() {
        return base;
    }

    public List<UncertainInput> inputs() {
        return inputs;
    }

    public List<Correlation> correlations() {
        return correlations;
    }

    /** Number of uncertain inputs (the dimension of the unit cube). */
    public int dimension() {
        return inputs.size();
    }

    /** The index of the input with this key, or −1. */
    public int indexOf(String key) {
        return byKey.getOrDefault(key, -1);
    }

    /** The point values written in the file. */
    public double[] baseValues() {
        double[] x = new double[inputs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = inputs.get(i).base();
        }
        return x;
    }

    /**
     * Input values for a point u of the open unit cube: the copula first (when inputs are correlated), then each
     * input's quantile function. {@code u} is not changed.
     */
    public void values(double[] u, double[] x) {
        if (correlated.length == 0) {
            for (int i = 0; i < x.length; i++) {
                x[i] = inputs.get(i).distribution().quantile(u[i]);
            }
            return;
        }
        double[] v = u.clone();
        int m = correlated.length;
        double[] z = new double[m];
        for (int a = 0; a < m; a++) {
            z[a] = NormalDistribution.quantile(u[correlated[a]]);
        }
        for (int a = 0; a < m; a++) {
            double s = 0;
            for (int b = 0; b <= a; b++) {
                s += cholesky[a][b] * z[b];
            }
            double p = NormalDistribution.cdf(s);
            v[correlated[a]] = Math.max(Math.nextUp(0.0), Math.min(Math.nextDown(1.0), p));
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = inputs.get(i).distribution().quantile(v[i]);
        }
    }

    /** The scenario with the inputs set to these values (their stated uncertainty kept); every other number as is. */
    public Scenario apply(double[] x) {
        if (x.length != inputs.size()) {
            throw new IllegalArgumentException("expected " + inputs.size() + " values, got " + x.length);
        }
        Map<String, Double> sq = new HashMap<>(), cap = new HashMap<>(), pos = new HashMap<>(), sal = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            InputId id = inputs.get(i).id();
            switch (id.attribute()) {
                case STATUS_QUO -> sq.put(id.issue(), x[i]);
                case CAPABILITY -> cap.put(id.actor(), x[i]);
                case POSITION -> pos.put(id.actor() + "\u0000" + id.issue(), x[i]);
                case SALIENCE -> sal.put(id.actor() + "\u0000" + id.issue(), x[i]);
            }
        }
        List<Issue> issues = new ArrayList<>(base.issues().size());
        for (Issue is : base.issues()) {
            Double v = sq.get(is.id());
            issues.add(v == null ? is : new Issue(is.id(), is.label(), is.description(), is.scale(),
                    new Estimate(v, is.statusQuo().uncertainty()), is.deadline(), is.sourceIds(), is.decision(),
                    is.outcome()));
        }
        List<Actor> actors = new ArrayList<>(base.actors().size());
        for (Actor a : base.actors()) {
            Double c = cap.get(a.id());
            Map<String, Stance> stances = new LinkedHashMap<>();
            boolean changed = c != null;
            for (Stance st : a.stances().values()) {
                Double p = pos.get(a.id() + "\u0000" + st.issueId()), s = sal.get(a.id() + "\u0000" + st.issueId());
                if (p == null && s == null) {
                    stances.put(st.issueId(), st);
                } else {
                    changed = true;
                    stances.put(st.issueId(), new Stance(st.issueId(),
                            p == null ? st.position() : new Estimate(p, st.position().uncertainty()),
                            s == null ? st.salience() : new Estimate(s, st.salience().uncertainty()),
                            st.riskAttitude(), st.rationale(), st.sourceIds()));
                }
            }
            actors.add(!changed ? a : new Actor(a.id(), a.name(), a.aliases(),
                    c == null ? a.capability() : new Estimate(c, a.capability().uncertainty()), a.notes(),
                    a.sourceIds(), stances));
        }
        return new Scenario(base.metadata(), issues, actors, base.games(), base.levers(), base.decision());
    }

    /** Cholesky factor of the correlation matrix over the correlated inputs. */
    private static double[][] factor(List<Correlation> list, Map<String, Integer> keys, int[] idx) {
        int m = idx.length;
        double[][] r = new double[m][m];
        for (int a = 0; a < m; a++) {
            r[a][a] = 1;
        }
        for (Correlation c : list) {
            int a = Arrays.binarySearch(idx, keys.get(c.first())), b = Arrays.binarySearch(idx, keys.get(c.second()));
            if (r[a][b] != 0) {
                throw new IllegalArgumentException("correlation between " + c.first() + " and " + c.second()
                        + " given twice");
            }
            r[a][b] = c.rho();
            r[b][a] = c.rho();
        }
        double[][] l = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double s = r[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 1e-12)) {
                        throw new IllegalArgumentException("the correlations given are not consistent (the matrix"
                                + " is not positive definite)");
                    }
                    l[i][i] = StrictMath.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }
}
