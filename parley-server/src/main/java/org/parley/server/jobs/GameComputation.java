package org.parley.server.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.parley.games.Arithmetic;
import org.parley.games.Game;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.SolverEntry;
import org.parley.provenance.BuildInfo;
import org.parley.server.db.RunOutput;

/**
 * A game run: {@code parley game solve} on an uploaded game, bounded in wall time. The solver runs on its own
 * daemon thread; past the limit the run fails with a message saying so, and the thread is interrupted (solvers
 * that do not look at interrupts finish in the background and their answer is dropped).
 *
 * @param gameName how the document names the game ({@code game/7})
 * @param seconds  the wall-time limit
 */
public record GameComputation(String gameName, Game game, SolverEntry solver, Arithmetic arithmetic, int seconds,
                              Map<String, Object> request) implements Computation {

    @Override
    public RunOutput compute(Progress progress) {
        FutureTask<EquilibriumResult> task = new FutureTask<>(() -> solver.solve(game, arithmetic));
        Thread t = new Thread(task, "parley-solve");
        t.setDaemon(true);
        t.start();
        EquilibriumResult r;
        try {
            r = task.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            throw new RunFailedException(solver.name() + " did not finish within the limit of " + seconds + " s");
        } catch (InterruptedException e) {
            t.interrupt();
            throw new Progress.CancelledException();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re && re.getMessage() != null
                    && !(re instanceof NullPointerException) && !(re instanceof IllegalStateException)) {
                throw new RunFailedException(solver.name() + ": " + re.getMessage(), re);
            }
            throw new IllegalStateException("solver failed", c);
        }
        if (r.equilibria().isEmpty() && r.rejected().isEmpty() && solver.coverage() != Coverage.ALL) {
            throw new RunFailedException(solver.name() + " found no equilibrium (" + r.diagnostics().counters()
                    + "); try another method");
        }
        RunProvenance p = new RunProvenance(gameName, r.gameHash(), BuildInfo.version(), BuildInfo.gitCommit(),
                BuildInfo.javaVersion(), Instant.now(), request, ResultForms.provenances(r));
        return new RunOutput(ResultForms.equilibria(gameName, r), ResultForms.provenance(p), null);
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
