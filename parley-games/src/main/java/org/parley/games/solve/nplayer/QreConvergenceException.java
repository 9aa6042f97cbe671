package org.parley.games.solve.nplayer;

import org.parley.games.GamesException;

/**
 * A QRE computation could not converge within its budget (Newton at fixed lambda and the fallback trace
 * both failed). Carries the last lambda reached and the best residual seen.
 */
public class QreConvergenceException extends GamesException {
    private static final long serialVersionUID = 1L;
    private final double lambda;
    private final double residual;

    public QreConvergenceException(String message, double lambda, double residual) {
        super(message + " (lambda " + lambda + ", residual " + residual + ")");
        this.lambda = lambda;
        this.residual = residual;
    }

    public double lambda() {
        return lambda;
    }

    public double residual() {
        return residual;
    }
}
