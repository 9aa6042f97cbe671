package org.parley.cli.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.games.Arithmetic;
import org.parley.games.Game;
import org.parley.games.StrategicGame;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.configure.ConfiguredSolvers;
import org.parley.games.solve.configure.GambitOptions;
import org.parley.games.solve.configure.TreeForm;
import picocli.CommandLine.Option;

/**
 * Gambit's per-method options on {@code parley game solve}, under Gambit's letters where they do not clash with
 * Parley's own ({@code -m} and {@code -f} are taken). Options left out keep the method's default (Gambit's
 * default behaviour). An option given for a method it does not apply to is an input error (exit 2).
 */
final class MethodOptions {
    @Option(names = {"-d", "--decimals"}, paramLabel = "N",
            description = "Print probabilities as decimals with N places (Gambit -d). Default: fractions for exact results, "
                    + "6 significant digits for floating point.")
    Integer decimals;

    @Option(names = {"-e", "--equilibria"}, paramLabel = "N",
            description = "lcp: report N equilibria; 1 follows the single Lemke-Howson path from --start-label, "
                    + "0 all reachable (default; Gambit -e).")
    Integer equilibria;

    @Option(names = "--start-label", paramLabel = "K", description = "lcp with -e 1: the label dropped first, 1..m+n (default 1).")
    Integer startLabel;

    @Option(names = {"-S", "--strategic"}, description = "Solve a tree through its reduced strategic form (Gambit -S); "
            + "default: the method's tree form (agent form, sequence form).")
    boolean strategic;

    @Option(names = "--step", paramLabel = "S", description = "logit: first step size (default 0.03; Gambit -s).")
    Double step;

    @Option(names = "--max-lambda", paramLabel = "M", description = "logit: stop tracing at this lambda in any case (default 1e12; Gambit -m).")
    Double maxLambda;

    /** logit: lambda of the QRE to print instead of the end point; the command's {@code --lambda}, shared with qre methods. */
    Double lambda;

    @Option(names = "--branch", description = "logit: print every traced point of the branch (lines: lambda,p1,p2,...) "
            + "before the end point (Gambit's default output without -e).")
    boolean branch;

    @Option(names = {"-n", "--perturbations"}, paramLabel = "N",
            description = "gnm, ipa: number of random perturbations; liap: number of starting points (default 1; Gambit -n).")
    Integer perturbations;

    @Option(names = "--seed", paramLabel = "S", description = "gnm, ipa, liap: random seed, recorded in the result (default 1).")
    Long seed;

    @Option(names = {"-g", "--refinement"}, paramLabel = "G", description = "simpdiv: grid refinement factor between restarts (default 2; Gambit -g).")
    Double refinement;

    private static final Set<String> LCP = Set.of("lcp");
    private static final Set<String> LOGIT = Set.of("logit");
    private static final Set<String> SEEDED = Set.of("gnm", "ipa", "liap");
    private static final Set<String> SIMPDIV = Set.of("simpdiv");

    /** Problems with options that do not apply to {@code method}; empty if none. */
    List<String> misplaced(String method) {
        List<String> p = new ArrayList<>();
        check(p, method, LCP, equilibria != null, "--equilibria");
        check(p, method, LCP, startLabel != null, "--start-label");
        check(p, method, LOGIT, step != null, "--step");
        check(p, method, LOGIT, maxLambda != null, "--max-lambda");
        check(p, method, LOGIT, lambda != null, "--lambda");
        check(p, method, LOGIT, branch, "--branch");
        check(p, method, SEEDED, perturbations != null, "--perturbations");
        check(p, method, SEEDED, seed != null, "--seed");
        check(p, method, SIMPDIV, refinement != null, "--refinement");
        if (perturbations != null && perturbations < 1) {
            p.add("--perturbations must be >= 1, was " + perturbations);
        }
        if (decimals != null && (decimals < 0 || decimals > 60)) {
            p.add("--decimals must be in 0..60, was " + decimals);
        }
        if (lambda != null && !(lambda >= 0 && Double.isFinite(lambda))) {
            p.add("--lambda must be finite and >= 0, was " + lambda);
        }
        if (lambda != null && branch) {
            p.add("--lambda and --branch exclude each other");
        }
        return p;
    }

    private static void check(List<String> p, String method, Set<String> applies, boolean given, String name) {
        if (given && !applies.contains(method)) {
            p.add("option " + name + " applies to " + String.join(", ", applies.stream().sorted().toList()) + " only, not to " + method);
        }
    }

    /** The typed options; throws IllegalArgumentException naming the field for values out of range. */
    GambitOptions options() {
        GambitOptions d = GambitOptions.defaults();
        return new GambitOptions(strategic ? TreeForm.STRATEGIC : TreeForm.TREE,
                equilibria != null ? equilibria : d.equilibria(), startLabel != null ? startLabel : d.startLabel(),
                step != null ? step : d.logitStep(), maxLambda != null ? maxLambda : d.logitMaxLambda(),
                perturbations != null ? perturbations : d.perturbations(), seed != null ? seed : d.seed(),
                refinement != null ? refinement : d.refinement());
    }

    /** A start label beyond m+n of a two-player table, as a message; null if fine. */
    String startLabelProblem(Game g) {
        if (startLabel != null && g instanceof StrategicGame s && s.numPlayers() == 2
                && startLabel > s.numStrategies(0) + s.numStrategies(1)) {
            return "--start-label " + startLabel + " exceeds the number of strategies m+n = " + (s.numStrategies(0) + s.numStrategies(1));
        }
        return null;
    }

    EquilibriumResult solve(SolverEntry entry, Game g, Arithmetic a, GambitOptions o) {
        return ConfiguredSolvers.solve(entry, g, a, o);
    }

    /** Decimals to print, or -1 for the default formatting. */
    int decimalsOrDefault() {
        return decimals == null ? -1 : decimals;
    }
}
