package org.parley.games.solve.configure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.ReducedFormSolver;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.solve.bimatrix.LemkeHowson;
import org.parley.games.solve.bimatrix.LemkeHowsonEquilibriumSolver;
import org.parley.games.solve.nplayer.GlobalNewtonEquilibriumSolver;
import org.parley.games.solve.nplayer.IteratedPolymatrixEquilibriumSolver;
import org.parley.games.solve.nplayer.LiapEquilibriumSolver;
import org.parley.games.solve.nplayer.LogitEquilibriumSolver;
import org.parley.games.solve.nplayer.LogitQreTracer;
import org.parley.games.solve.nplayer.SimplicialSubdivisionEquilibriumSolver;
import org.parley.games.verify.Tolerance;

/**
 * Solves a game with a registered method configured by {@link GambitOptions}. Methods without options of their
 * own are run as registered. Every result is an {@link EquilibriumResult} of verified profiles, as from the
 * registry; with the default options the result is the registry's. Stateless.
 */
public final class ConfiguredSolvers {
    private ConfiguredSolvers() {
    }

    /**
     * Solves {@code g} with {@code entry}'s method under {@code options}.
     *
     * @throws UnsupportedGameException if the method cannot solve this game (or its strategic form, with
     *     {@link TreeForm#STRATEGIC}) in this arithmetic
     * @throws IllegalArgumentException if an option does not fit the game (e.g. a start label above m+n)
     */
    public static EquilibriumResult solve(SolverEntry entry, Game g, Arithmetic a, GambitOptions options) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(g, "game");
        Objects.requireNonNull(options, "options");
        if (g instanceof ExtensiveGame e) {
            if (options.treeForm() == TreeForm.STRATEGIC) {
                StrategicEquilibriumSolver s = strategic(entry, a, options);
                if (s == null) {
                    throw new UnsupportedGameException("method " + entry.name() + " has no strategic-form solver");
                }
                return new ReducedFormSolver(s, false).solve(e);
            }
            if (entry.name().equals(LogitEquilibriumSolver.METHOD)) {
                return new LogitEquilibriumSolver(logitOptions(options)).solve(e);
            }
            return entry.solve(g, a);
        }
        StrategicGame s = (StrategicGame) g;
        StrategicEquilibriumSolver solver = strategic(entry, a, options);
        if (solver == null) {
            return entry.solve(g, a);
        }
        EquilibriumResult r = solver.solve(s);
        if (entry.name().equals(LemkeHowsonEquilibriumSolver.METHOD) && options.equilibria() > 1
                && r.equilibria().size() > options.equilibria()) {
            // the first N in the order found (the search itself is not cut short)
            r = EquilibriumResult.of(g, r.method(), r.arithmetic(), r.representation(), r.options(),
                    r.profiles().subList(0, options.equilibria()), r.tolerance(), r.diagnostics());
        }
        return r;
    }

    /** The strategic-form solver of the method configured by the options, or null if it has none. */
    static StrategicEquilibriumSolver strategic(SolverEntry entry, Arithmetic a, GambitOptions o) {
        switch (entry.name()) {
            case LemkeHowsonEquilibriumSolver.METHOD -> {
                entry.strategicSolver(a); // checks the arithmetic is offered
                LemkeHowson.Mode mode = o.equilibria() == 1 ? LemkeHowson.Mode.SINGLE_PATH : LemkeHowson.Mode.ALL_REACHABLE;
                return new LemkeHowsonEquilibriumSolver(new LemkeHowsonEquilibriumSolver.Options(
                        new LemkeHowson.Options(a, mode, o.startLabel(), LemkeHowson.Options.defaults().maxPivotsPerPath()),
                        Tolerance.DEFAULT));
            }
            case LogitEquilibriumSolver.METHOD -> {
                return new LogitEquilibriumSolver(logitOptions(o));
            }
            case LiapEquilibriumSolver.METHOD -> {
                LiapEquilibriumSolver.Options d = LiapEquilibriumSolver.Options.defaults();
                return new LiapEquilibriumSolver(d.withStarts(o.perturbations() == 0 ? d.starts() : o.perturbations(), o.seed()));
            }
            case IteratedPolymatrixEquilibriumSolver.METHOD -> {
                return new IteratedPolymatrixEquilibriumSolver(IteratedPolymatrixEquilibriumSolver.Options.defaults()
                        .withPerturbations(Math.max(1, o.perturbations()), o.seed()));
            }
            case SimplicialSubdivisionEquilibriumSolver.METHOD -> {
                return new SimplicialSubdivisionEquilibriumSolver(
                        SimplicialSubdivisionEquilibriumSolver.Options.defaults().withRefinement(o.refinement()));
            }
            case GlobalNewtonEquilibriumSolver.METHOD -> {
                return new StrategicEquilibriumSolver() {
                    @Override
                    public String method() {
                        return GlobalNewtonEquilibriumSolver.METHOD;
                    }

                    @Override
                    public EquilibriumResult solve(StrategicGame game) {
                        return union(game, GlobalNewtonEquilibriumSolver.METHOD, o, k -> new GlobalNewtonEquilibriumSolver(
                                GlobalNewtonEquilibriumSolver.Options.defaults().withSeed(o.seed() + k)));
                    }
                };
            }
            default -> {
                return entry.strategicSolver(a).orElse(null);
            }
        }
    }

    static LogitQreTracer.Options logitOptions(GambitOptions o) {
        return LogitQreTracer.Options.defaults().withFirstStep(o.logitStep()).withMaxLambda(o.logitMaxLambda());
    }

    /** Runs {@code perturbations} seeded solvers and keeps the distinct verified equilibria, in the order found. */
    static EquilibriumResult union(StrategicGame g, String method, GambitOptions o,
                                   java.util.function.IntFunction<StrategicEquilibriumSolver> solverForRay) {
        long start = System.nanoTime();
        List<Profile> found = new ArrayList<>();
        List<Profile> rejected = new ArrayList<>();
        Map<String, Long> counters = new HashMap<>();
        EquilibriumResult last = null;
        int rays = Math.max(1, o.perturbations());
        for (int k = 0; k < rays; k++) {
            last = solverForRay.apply(k).solve(g);
            if (rays == 1) {
                return last;
            }
            for (Profile p : last.profiles()) {
                if (found.stream().noneMatch(q -> close(p, q))) {
                    found.add(p);
                }
            }
            last.rejected().forEach(e -> rejected.add(e.profile()));
            last.diagnostics().counters().forEach((c, v) -> counters.merge(c, v, Long::sum));
        }
        counters.put("perturbations", (long) rays);
        List<Profile> all = new ArrayList<>(found);
        all.addAll(rejected);
        return EquilibriumResult.of(g, method, last.arithmetic(), last.representation(), o, all, last.tolerance(),
                Diagnostics.of(start, counters));
    }

    private static boolean close(Profile p, Profile q) {
        double[] a = p.toFlatArray();
        double[] b = q.toFlatArray();
        for (int k = 0; k < a.length; k++) {
            if (Math.abs(a[k] - b[k]) > 1e-8) {
                return false;
            }
        }
        return true;
    }
}
