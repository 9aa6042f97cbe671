package org.parley.cli.game;

import java.io.PrintWriter;
import org.parley.games.Game;
import org.parley.games.solve.configure.GambitOptions;
import org.parley.games.solve.nplayer.LogitBranch;
import org.parley.games.solve.nplayer.LogitEquilibriumSolver;
import org.parley.games.solve.nplayer.LogitQreTracer;
import org.parley.games.solve.nplayer.QrePoint;
import org.parley.views.text.GambitText;

/** The logit-specific outputs of {@code parley game solve}: one QRE at a given lambda, or the traced branch. */
final class LogitOutput {
    private LogitOutput() {
    }

    /**
     * With {@code lambda}: prints the principal-branch QRE at lambda ({@code L,p1,...}) and returns true (done).
     * Without: prints the traced branch ({@code lambda,p1,...} per point) and returns false, so that the caller
     * solves and prints the end point as usual.
     */
    static boolean print(Game g, GambitOptions o, Double lambda, int decimals, PrintWriter out) {
        LogitQreTracer.Options options = LogitQreTracer.Options.defaults().withFirstStep(o.logitStep()).withMaxLambda(o.logitMaxLambda());
        if (lambda != null) {
            QrePoint q = new LogitQreTracer(options).solveAt(g, lambda, null);
            out.println(GambitText.point(q.lambda(), q.profile(), decimals));
            out.flush();
            return true;
        }
        LogitBranch b = new LogitEquilibriumSolver(options).solveWithBranch(g).branch();
        for (QrePoint q : b.points()) {
            out.println(GambitText.point(q.lambda(), q.profile(), decimals));
        }
        return false;
    }
}
