package org.parley.server.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.parley.games.Arithmetic;
import org.parley.games.Game;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.QreResult;
import org.parley.games.solve.QreSolverEntry;
import org.parley.games.solve.SolverEntry;
import org.parley.provenance.BuildInfo;
import org.parley.provenance.Provenance;
import org.parley.server.db.RunOutput;

/**
 * A game run: {@code parley game solve} on an uploaded game, bounded in wall time. The solver runs on its own
 * daemon thread; past the limit the run fails with a message saying so, and the thread is interrupted (solvers
 * that do not look at interrupts finish in the background and their answer is dropped).
 *
 * @param gameName   how the document names the game ({@code game/7})
 * @param solver     an equilibrium method, or null for a quantal-response method
 * @param qre        a quantal-response method (with {@code lambda}), or null
 * @param seconds    the wall-time limit
 */
public record GameComputation(String gameName, Game game, SolverEntry solver, Arithmetic arithmetic,
                              QreSolverEntry qre, double lambda, int seconds, Map<String, Object> request)
        implements Computation {

    private String method() {
        return solver != null ? solver.name() : qre.name();
    }

    private <T> T bounded(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, "parley-solve");
        t.setDaemon(true);
        t.start();
        try {
            return task.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            throw new RunFailedException(method() + " did not finish within the limit of " + seconds + " s");
        } catch (InterruptedException e) {
            t.interrupt();
            throw new Progress.CancelledException();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof org.parley.games.GamesException g) {
                throw new RunFailedException(method() + ": " + g.getMessage(), g);
            }
            throw new IllegalStateException("solver failed", c);
        }
    }

    @Override
    public RunOutput compute(Progress progress) {
        String result;
        Provenance component;
        String hash;
        if (solver != null) {
            EquilibriumResult r = bounded(() -> solver.solve(game, arithmetic));
            if (r.equilibria().isEmpty() && r.rejected().isEmpty() && solver.coverage() != Coverage.ALL) {
                throw new RunFailedException(solver.name() + " found no equilibrium (" + r.diagnostics().counters()
                        + "); try another method");
            }
            result = ResultForms.equilibria(gameName, game, r);
            component = r.provenance();
            hash = r.gameHash();
        } else {
            QreResult r = bounded(() -> qre.solver(lambda).solve(game));
            result = ResultForms.qre(gameName, game, r);
            component = r.provenance();
            hash = r.gameHash();
        }
        RunProvenance p = new RunProvenance(gameName, hash, BuildInfo.version(), BuildInfo.gitCommit(),
                BuildInfo.javaVersion(), Instant.now(), request, List.of(component));
        return new RunOutput(result, ResultForms.provenance(p), null);
    }

    /** The size that {@link org.parley.server.Limits#maxGameOutcomes()} bounds: profiles, or nodes of a tree. */
    public static long size(Game g) {
        if (g instanceof org.parley.games.StrategicGame s) {
            long cells = 1;
            for (int n : s.shape()) {
                cells = Math.multiplyExact(cells, (long) n);
            }
            return cells;
        }
        return ((org.parley.games.ExtensiveGame) g).nodes().size();
    }
}
