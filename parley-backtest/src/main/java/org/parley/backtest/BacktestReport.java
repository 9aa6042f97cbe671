package org.parley.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.parley.forecast.Models;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;

/**
 * A complete backtest: every candidate's errors with bootstrap intervals, and the cross-validated selections. The
 * candidates are Parley's models with their documented variants, so that a data set shows which reading of a model
 * serves it; the selections say what to expect on new cases from choosing a rule on this data.
 *
 * @param dataset     what was tested (a path or a name)
 * @param cases       cases read
 * @param result      every forecast
 * @param summaries   per candidate, in candidate order
 * @param reference   the reference candidate (the compromise model as published baselines use it)
 * @param narrow      repeated cross-validated selection among mixtures of the compromise model and the Nash
 *                    bargaining solution with the worst-outcome disagreement point: the two bargaining solutions
 *                    Achen (2006) relates, and the two best single models of the published whole-file DEU III
 *                    baselines (../shared/models/README.md §6.2) — so this pool was informed by data beyond the
 *                    development half, which the documentation says; null with fewer cases than folds
 * @param wide        the same over every candidate alone and every mixture of the reference with another candidate
 *                    (no prior choice at all); null with fewer cases than folds
 * @param provenance  where this came from (input: a digest of the case list's scenario digests)
 */
public record BacktestReport(String dataset, int cases, BacktestResult result, List<ErrorSummary> summaries,
                             String reference, CrossValidation.Repeated narrow, CrossValidation.Repeated wide,
                             Provenance provenance) {
    public static final String VERSION = "1";

    public BacktestReport {
        Objects.requireNonNull(dataset, "dataset");
        summaries = List.copyOf(summaries);
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Settings of a backtest.
     *
     * @param folds     k of the k-fold cross-validation
     * @param repeats   repeats of the cross-validation (seeds seed, seed + 1, ...)
     * @param seed      master seed of the folds and the bootstrap
     * @param bootstrap bootstrap resamples
     */
    public record Options(int folds, int repeats, long seed, int bootstrap) {
        public static final Options DEFAULT = new Options(5, 10, 1L, 2000);

        public Options {
            if (folds < 2 || folds > 100) {
                throw new IllegalArgumentException("folds must be in 2..100, got " + folds);
            }
            if (repeats < 1 || repeats > 1000) {
                throw new IllegalArgumentException("repeats must be in 1..1000, got " + repeats);
            }
            new ErrorSummary.Bootstrap(bootstrap, seed); // validates the resample count
        }

        public Map<String, String> asParameters() {
            Map<String, String> m = new TreeMap<>();
            m.put("folds", Integer.toString(folds));
            m.put("repeats", Integer.toString(repeats));
            m.put("seed", Long.toString(seed));
            m.put("bootstrap", Integer.toString(bootstrap));
            return m;
        }
    }

    /** Parley's models and their documented variants, the reference first. */
    public static List<Candidate> standardCandidates() {
        List<Candidate> c = new ArrayList<>();
        c.add(new Candidate("compromise", Models.byId("compromise", Map.of("decision", "ignore"))));
        c.add(new Candidate("compromise/rule", Models.byId("compromise")));
        c.add(new Candidate("median", Models.byId("median", Map.of("decision", "ignore"))));
        c.add(new Candidate("median/rule", Models.byId("median")));
        c.add(new Candidate("nash", Models.byId("nash", Map.of("bargainers", "all"))));
        c.add(new Candidate("nash/worst", Models.byId("nash", Map.of("bargainers", "all", "disagreement", "worst_outcome"))));
        c.add(new Candidate("nash/decisive", Models.byId("nash")));
        c.add(new Candidate("eu", Models.byId("eu", Map.of("decision", "ignore", "cycle", "snapshot"))));
        c.add(new Candidate("eu/period-mean", Models.byId("eu", Map.of("decision", "ignore"))));
        c.add(new Candidate("eu/rule", Models.byId("eu")));
        c.add(new Candidate("procedural", Models.byId("procedural")));
        c.add(new Candidate("procedural/no-amendment", Models.byId("procedural", Map.of("amendment", "none"))));
        return List.copyOf(c);
    }

    /**
     * Runs the standard candidates on the cases, scores them and runs both selections.
     *
     * @param progress called with the number of cases done (may be null)
     */
    public static BacktestReport run(String dataset, List<BacktestCase> cases, Options o, RunContext run,
                                     IntConsumer progress) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException(dataset + ": no case with a known outcome");
        }
        BacktestResult r = Backtest.run(cases, standardCandidates(), progress);
        String reference = "compromise";
        List<ErrorSummary> s = ErrorSummary.of(r, reference, new ErrorSummary.Bootstrap(o.bootstrap(), o.seed()));
        CrossValidation.Repeated narrow = null, wide = null;
        int caseCount = (int) r.caseCount();
        if (caseCount >= o.folds()) {
            List<CrossValidation.Rule> pool = CrossValidation.mixtures(r, reference, "nash/worst");
            narrow = CrossValidation.repeated(r, pool, pool.get(pool.size() - 1), o.folds(), o.repeats(), o.seed());
            List<CrossValidation.Rule> all = CrossValidation.withReference(r, reference);
            wide = CrossValidation.repeated(r, all, all.get(0), o.folds(), o.repeats(), o.seed());
        }
        TreeMap<String, String> params = new TreeMap<>(o.asParameters());
        params.put("dataset", dataset);
        params.put("candidates", String.join(",", r.candidates()));
        return new BacktestReport(dataset, cases.size(), r, s, reference, narrow, wide,
                run.provenance("backtest", VERSION, params));
    }
}
