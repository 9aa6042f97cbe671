package org.parley.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Honest selection: chooses among forecasting rules (model variants and ensembles of them) by k-fold
 * cross-validation grouped by case, and reports the out-of-fold error of the whole selection procedure — the error
 * to expect on new cases — never the in-sample error of the winner (Hastie, Tibshirani &amp; Friedman 2009, §7.10;
 * Varma &amp; Simon 2006 on selection bias).
 *
 * <p>For each fold, every rule's mean absolute error is computed on the other folds, the best rule is chosen there
 * and its errors on the held-out fold are kept. Folds: the cases shuffled with the given seed and dealt round-robin,
 * so that every issue of one case falls in the same fold. Cost: O(k · rules · issues) on the forecast matrix.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * A forecasting rule: a weighted mean of candidates' forecasts (one candidate with weight 1 is that candidate).
     *
     * @param name    e.g. {@code compromise} or {@code 0.7 compromise + 0.3 nash/worst}
     * @param members candidate indices into the result
     * @param weights non-negative weights summing to 1
     */
    public record Rule(String name, int[] members, double[] weights) {
        public Rule {
            Objects.requireNonNull(name, "name");
            if (members.length == 0 || members.length != weights.length) {
                throw new IllegalArgumentException("a rule needs members with one weight each");
            }
            double sum = 0;
            for (double w : weights) {
                if (!(w >= 0)) {
                    throw new IllegalArgumentException("weights must be >= 0");
                }
                sum += w;
            }
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException("weights must sum to 1, got " + sum);
            }
            members = members.clone();
            weights = weights.clone();
        }

        public double forecast(BacktestResult.Row row) {
            double f = 0;
            for (int i = 0; i < members.length; i++) {
                f += weights[i] * row.forecast(members[i]);
            }
            return f;
        }
    }

    /**
     * The outcome of a cross-validated selection.
     *
     * @param folds           k
     * @param seed            the seed of the fold assignment
     * @param outOfFoldMae    MAE of the selection procedure on held-out folds (every issue once)
     * @param referenceMae    MAE of the reference rule on the same issues
     * @param chosen          the rule chosen in each fold, in fold order
     * @param outOfFoldErrors the absolute error of each row under its fold's chosen rule, in row order
     * @param fullDataChoice  the rule the procedure chooses on all data (what Parley would use on new cases)
     */
    public record Selection(int folds, long seed, double outOfFoldMae, double referenceMae, List<String> chosen,
                            double[] outOfFoldErrors, String fullDataChoice) {
        public Selection {
            chosen = List.copyOf(chosen);
            outOfFoldErrors = outOfFoldErrors.clone();
        }

        @Override
        public double[] outOfFoldErrors() {
            return outOfFoldErrors.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Selection s && folds == s.folds && seed == s.seed && outOfFoldMae == s.outOfFoldMae
                    && referenceMae == s.referenceMae && chosen.equals(s.chosen)
                    && java.util.Arrays.equals(outOfFoldErrors, s.outOfFoldErrors) && fullDataChoice.equals(s.fullDataChoice);
        }

        @Override
        public int hashCode() {
            return Objects.hash(folds, seed, outOfFoldMae, chosen, fullDataChoice) * 31
                    + java.util.Arrays.hashCode(outOfFoldErrors);
        }
    }

    /**
     * Mixtures w·a + (1 − w)·b of two candidates for w = 0, 0.1, …, 1 (the last is {@code a} alone).
     */
    public static List<Rule> mixtures(BacktestResult r, String a, String b) {
        int i = r.indexOf(a), j = r.indexOf(b);
        List<Rule> rules = new ArrayList<>();
        for (int t = 0; t <= 10; t++) {
            double w = t / 10.0;
            rules.add(new Rule(t == 10 ? a : t == 0 ? b : w + " " + a + " + " + Math.round((1 - w) * 10) / 10.0 + " " + b,
                    new int[] {i, j}, new double[] {w, 1 - w}));
        }
        return List.copyOf(rules);
    }

    /**
     * Repeated k-fold cross-validation: the selection run with seeds seed, seed + 1, …; the spread of the
     * out-of-fold error over repeats shows how much of a difference is fold luck.
     *
     * @param selections one selection per repeat
     */
    public record Repeated(List<Selection> selections) {
        public Repeated {
            selections = List.copyOf(selections);
        }

        public double meanOutOfFoldMae() {
            return selections.stream().mapToDouble(Selection::outOfFoldMae).average().orElse(Double.NaN);
        }

        public double minOutOfFoldMae() {
            return selections.stream().mapToDouble(Selection::outOfFoldMae).min().orElse(Double.NaN);
        }

        public double maxOutOfFoldMae() {
            return selections.stream().mapToDouble(Selection::outOfFoldMae).max().orElse(Double.NaN);
        }

        public double referenceMae() {
            return selections.get(0).referenceMae();
        }
    }

    /** {@code repeats} runs of {@link #select} with seeds {@code seed}, {@code seed + 1}, …. */
    public static Repeated repeated(BacktestResult r, List<Rule> rules, Rule reference, int folds, int repeats, long seed) {
        List<Selection> out = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            out.add(select(r, rules, reference, folds, seed + i));
        }
        return new Repeated(out);
    }

    /** The reference alone first, every other candidate alone, and mixtures of the reference with each (0.1 … 0.9). */
    public static List<Rule> withReference(BacktestResult r, String reference) {
        int ref = r.indexOf(reference);
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(reference, new int[] {ref}, new double[] {1}));
        for (int j = 0; j < r.candidates().size(); j++) {
            if (j == ref) {
                continue;
            }
            rules.add(new Rule(r.candidates().get(j), new int[] {j}, new double[] {1}));
            for (int t = 1; t <= 9; t++) {
                double w = t / 10.0;
                rules.add(new Rule(w + " " + reference + " + " + Math.round((1 - w) * 10) / 10.0 + " "
                        + r.candidates().get(j), new int[] {ref, j}, new double[] {w, 1 - w}));
            }
        }
        return List.copyOf(rules);
    }

    /** Every candidate alone, plus mixtures of each pair with weights 0.1, 0.2, …, 0.9. */
    public static List<Rule> singlesAndPairs(BacktestResult r) {
        List<Rule> rules = new ArrayList<>();
        int n = r.candidates().size();
        for (int i = 0; i < n; i++) {
            rules.add(new Rule(r.candidates().get(i), new int[] {i}, new double[] {1}));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int t = 1; t <= 9; t++) {
                    double w = t / 10.0;
                    rules.add(new Rule(w + " " + r.candidates().get(i) + " + " + Math.round((1 - w) * 10) / 10.0 + " "
                            + r.candidates().get(j), new int[] {i, j}, new double[] {w, 1 - w}));
                }
            }
        }
        return List.copyOf(rules);
    }

    /**
     * Cross-validated selection among {@code rules}.
     *
     * @param reference the rule to compare with (e.g. the compromise model alone)
     * @throws IllegalArgumentException if there are fewer cases than folds
     */
    public static Selection select(BacktestResult r, List<Rule> rules, Rule reference, int folds, long seed) {
        List<String> cases = new ArrayList<>(r.rows().stream().map(BacktestResult.Row::caseId).distinct().toList());
        if (folds < 2 || folds > cases.size()) {
            throw new IllegalArgumentException("folds must be in 2.." + cases.size() + ", got " + folds);
        }
        Collections.shuffle(cases, new Random(seed));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            foldOf.put(cases.get(i), i % folds);
        }
        int n = r.rows().size();
        double[][] err = new double[rules.size()][n];
        for (int k = 0; k < rules.size(); k++) {
            for (int i = 0; i < n; i++) {
                BacktestResult.Row row = r.rows().get(i);
                err[k][i] = Math.abs(rules.get(k).forecast(row) - row.outcome());
            }
        }
        double[] oof = new double[n];
        List<String> chosen = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int best = bestRule(r, err, foldOf, f);
            chosen.add(rules.get(best).name());
            for (int i = 0; i < n; i++) {
                if (foldOf.get(r.rows().get(i).caseId()) == f) {
                    oof[i] = err[best][i];
                }
            }
        }
        double refSum = 0, sum = 0;
        for (int i = 0; i < n; i++) {
            BacktestResult.Row row = r.rows().get(i);
            refSum += Math.abs(reference.forecast(row) - row.outcome());
            sum += oof[i];
        }
        String full = rules.get(bestRule(r, err, foldOf, -1)).name();
        return new Selection(folds, seed, sum / n, refSum / n, chosen, oof, full);
    }

    /** The rule with the least MAE on the rows outside fold {@code held} (all rows when held = -1); ties: first. */
    private static int bestRule(BacktestResult r, double[][] err, Map<String, Integer> foldOf, int held) {
        int best = -1;
        double bestMae = Double.POSITIVE_INFINITY;
        for (int k = 0; k < err.length; k++) {
            double s = 0;
            int m = 0;
            for (int i = 0; i < err[k].length; i++) {
                if (foldOf.get(r.rows().get(i).caseId()) != held) {
                    s += err[k][i];
                    m++;
                }
            }
            if (s / m < bestMae) {
                bestMae = s / m;
                best = k;
            }
        }
        return best;
    }
}
