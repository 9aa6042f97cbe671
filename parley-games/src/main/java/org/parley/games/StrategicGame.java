package org.parley.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.parley.games.numeric.Rational;

/**
 * A game in strategic (normal) form: n players, each with a finite list of labelled pure strategies, and a
 * payoff vector for every profile (cell). Payoffs are stored exactly ({@link Rational}) and as doubles.
 *
 * <p>Cells are numbered as in Gambit's .nfg files: player 1's strategy varies fastest, i.e.
 * {@code cell = sum_i s_i * stride(i)} with {@code stride(0) = 1}, {@code stride(i+1) = stride(i) * |S_i|}.
 * The double accessors ({@link #payoff(int, int[])}, {@link #payoff(int, int)}, {@link #payoffTable(int)})
 * are for solvers' inner loops; the exact ones for exact arithmetic and verification.
 *
 * <p>A game may carry Gambit outcomes (the "outcome version" of .nfg): then every cell refers to an outcome
 * or to none (payoff zero) and {@link #hasOutcomes()} is true; otherwise payoffs are given per cell.
 * Immutable and thread-safe. Memory O(n * cells).
 */
public final class StrategicGame implements Game {
    private final String title;
    private final String comment;
    private final List<Player> players;
    private final List<List<Strategy>> strategies;
    private final int[] shape;
    private final int[] strides;
    private final int numCells;
    private final Rational[][] payoffs;
    private final double[][] doublePayoffs;
    private final List<Outcome> outcomes;
    private final int[] cellOutcome;
    private final GameType type;
    private volatile String hash;

    private StrategicGame(Builder b) {
        this.title = b.title;
        this.comment = b.comment;
        int n = b.playerLabels.size();
        if (n == 0) {
            throw new InvalidGameException("a strategic game needs at least one player");
        }
        List<Player> ps = new ArrayList<>(n);
        List<List<Strategy>> ss = new ArrayList<>(n);
        shape = new int[n];
        strides = new int[n];
        long cells = 1;
        for (int i = 0; i < n; i++) {
            Player p = new Player(this, i, b.playerLabels.get(i));
            ps.add(p);
            List<String> labels = b.strategyLabels.get(i);
            if (labels.isEmpty()) {
                throw new InvalidGameException("player " + (i + 1) + " has no strategies");
            }
            List<Strategy> list = new ArrayList<>(labels.size());
            for (int k = 0; k < labels.size(); k++) {
                list.add(new Strategy(p, k, labels.get(k)));
            }
            ss.add(Collections.unmodifiableList(list));
            shape[i] = labels.size();
            strides[i] = (int) cells;
            cells *= labels.size();
            if (cells > Integer.MAX_VALUE - 8) {
                throw new UnsupportedGameException("strategic game has more than 2^31 cells");
            }
        }
        players = Collections.unmodifiableList(ps);
        strategies = Collections.unmodifiableList(ss);
        numCells = (int) cells;
        payoffs = new Rational[n][numCells];
        doublePayoffs = new double[n][numCells];
        if (!b.outcomePayoffs.isEmpty()) {
            List<Outcome> os = new ArrayList<>();
            for (int k = 0; k < b.outcomePayoffs.size(); k++) {
                Rational[] v = b.outcomePayoffs.get(k);
                checkLength(v, n, "outcome ", k + 1);
                os.add(new Outcome(this, k, b.outcomeLabels.get(k), v));
            }
            outcomes = Collections.unmodifiableList(os);
            cellOutcome = new int[numCells];
            Arrays.fill(cellOutcome, -1);
            for (var e : b.cellOutcomes.entrySet()) {
                cellOutcome[e.getKey()] = e.getValue();
            }
            for (int c = 0; c < numCells; c++) {
                for (int i = 0; i < n; i++) {
                    payoffs[i][c] = cellOutcome[c] < 0 ? Rational.ZERO : os.get(cellOutcome[c]).payoff(i);
                }
            }
        } else {
            outcomes = List.of();
            cellOutcome = null;
            for (int c = 0; c < numCells; c++) {
                for (int i = 0; i < n; i++) {
                    Rational v = b.cellPayoffs == null ? null : b.cellPayoffs[c * n + i];
                    payoffs[i][c] = v == null ? Rational.ZERO : v;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < numCells; c++) {
                doublePayoffs[i][c] = payoffs[i][c].doubleValue();
            }
        }
        Rational sum = null;
        boolean constant = true;
        for (int c = 0; c < numCells && constant; c++) {
            Rational s = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                s = s.add(payoffs[i][c]);
            }
            if (sum == null) {
                sum = s;
            } else if (!sum.equals(s)) {
                constant = false;
            }
        }
        type = new GameType(n, GameType.Form.TABLE, constant, constant ? sum : null, true, n == 1, false);
    }

    private static void checkLength(Rational[] v, int n, String what, int number) {
        if (v.length != n) {
            throw new InvalidGameException(what + number + " has " + v.length + " payoffs, expected " + n);
        }
        for (Rational r : v) {
            Objects.requireNonNull(r, "payoff");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String comment() {
        return comment;
    }

    @Override
    public List<Player> players() {
        return players;
    }

    @Override
    public GameType type() {
        return type;
    }

    /** The strategies of a player, in order. @throws ForeignObjectException if the player is of another game */
    public List<Strategy> strategies(Player p) {
        ForeignObjectException.check(this, p.game(), "player");
        return strategies.get(p.index());
    }

    public List<Strategy> strategies(int player) {
        return strategies.get(player);
    }

    public Strategy strategy(int player, int index) {
        return strategies.get(player).get(index);
    }

    /** Number of strategies of each player (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    public int numStrategies(int player) {
        return shape[player];
    }

    /** Total number of strategies over all players (length of a flat mixed profile). */
    public int totalStrategies() {
        int t = 0;
        for (int s : shape) {
            t += s;
        }
        return t;
    }

    /** Cell-index stride of each player (a copy); see the class comment. */
    public int[] strides() {
        return strides.clone();
    }

    public int stride(int player) {
        return strides[player];
    }

    public int numCells() {
        return numCells;
    }

    /** Cell index of a pure profile (one 0-based strategy index per player). */
    public int cellIndex(int[] profile) {
        if (profile.length != shape.length) {
            throw new IllegalArgumentException("profile has " + profile.length + " entries, game has " + shape.length + " players");
        }
        int c = 0;
        for (int i = 0; i < shape.length; i++) {
            if (profile[i] < 0 || profile[i] >= shape[i]) {
                throw new IndexOutOfBoundsException("strategy " + profile[i] + " of player " + (i + 1) + " out of range 0.." + (shape[i] - 1));
            }
            c += profile[i] * strides[i];
        }
        return c;
    }

    /** Inverse of {@link #cellIndex}. */
    public int[] profileOf(int cell) {
        int[] p = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            p[i] = (cell / strides[i]) % shape[i];
        }
        return p;
    }

    /** Payoff of {@code player} (0-based) at a pure profile, as a double. */
    public double payoff(int player, int[] profile) {
        return doublePayoffs[player][cellIndex(profile)];
    }

    /** Payoff of {@code player} at a cell, as a double; no range checks beyond the array's. */
    public double payoff(int player, int cell) {
        return doublePayoffs[player][cell];
    }

    public Rational exactPayoff(int player, int[] profile) {
        return payoffs[player][cellIndex(profile)];
    }

    public Rational exactPayoff(int player, int cell) {
        return payoffs[player][cell];
    }

    /** A copy of the player's payoffs over all cells (see the class comment for the cell order). */
    public double[] payoffTable(int player) {
        return doublePayoffs[player].clone();
    }

    /** A copy of the player's exact payoffs over all cells. */
    public Rational[] exactPayoffTable(int player) {
        return payoffs[player].clone();
    }

    /** Whether cells refer to {@link Outcome}s (Gambit's outcome version of .nfg). */
    public boolean hasOutcomes() {
        return cellOutcome != null;
    }

    /** Outcomes (empty unless {@link #hasOutcomes()}). */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** Outcome index at a cell, or -1 for none. @throws IllegalStateException if the game has no outcomes */
    public int outcomeIndex(int cell) {
        if (cellOutcome == null) {
            throw new IllegalStateException("game has per-cell payoffs, not outcomes");
        }
        return cellOutcome[cell];
    }

    @Override
    public double[] payoffRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] t : doublePayoffs) {
            for (double v : t) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    @Override
    public String hash() {
        String h = hash;
        if (h == null) {
            Hashing x = new Hashing().text("NFG").text(title).text(comment).num(players.size());
            for (int i = 0; i < players.size(); i++) {
                x.text(players.get(i).label()).num(shape[i]);
                for (Strategy s : strategies.get(i)) {
                    x.text(s.label());
                }
            }
            x.num(outcomes.size());
            for (Outcome o : outcomes) {
                x.text(o.label());
                for (Rational r : o.payoffArray()) {
                    x.value(r);
                }
            }
            for (int c = 0; c < numCells; c++) {
                if (cellOutcome != null) {
                    x.num(cellOutcome[c]);
                } else {
                    for (int i = 0; i < players.size(); i++) {
                        x.value(payoffs[i][c]);
                    }
                }
            }
            hash = h = x.hex();
        }
        return h;
    }

    /** Structural equality: same title, comment, labels, outcomes and exact payoffs. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StrategicGame g && hash().equals(g.hash());
    }

    @Override
    public int hashCode() {
        return hash().hashCode();
    }

    @Override
    public String toString() {
        return "StrategicGame \"" + title + "\" " + Arrays.toString(shape);
    }

    /**
     * Builder. Declare players with their strategy labels, then give either per-cell payoffs
     * ({@link #payoffs}) or outcomes ({@link #addOutcome}, {@link #cellOutcome}); unspecified cells pay zero.
     * Not thread-safe; {@link #build()} may be called once.
     */
    public static final class Builder {
        private String title = "";
        private String comment = "";
        private final List<String> playerLabels = new ArrayList<>();
        private final List<List<String>> strategyLabels = new ArrayList<>();
        /** Per-cell payoffs, flat {@code [cell * players + player]}, allocated at the first {@link #cellPayoffs}. */
        private Rational[] cellPayoffs;
        private final List<String> outcomeLabels = new ArrayList<>();
        private final List<Rational[]> outcomePayoffs = new ArrayList<>();
        private final java.util.Map<Integer, Integer> cellOutcomes = new java.util.HashMap<>();

        private Builder() {
        }

        public Builder title(String t) {
            this.title = Objects.requireNonNull(t, "title");
            return this;
        }

        public Builder comment(String c) {
            this.comment = Objects.requireNonNull(c, "comment");
            return this;
        }

        /** Adds a player with the given strategy labels. */
        public Builder player(String label, List<String> strategies) {
            if (cellPayoffs != null || !cellOutcomes.isEmpty()) {
                throw new IllegalStateException("declare all players before giving payoffs");
            }
            playerLabels.add(Objects.requireNonNull(label, "player label"));
            strategyLabels.add(List.copyOf(strategies));
            return this;
        }

        /** Adds a player with {@code numStrategies} strategies labelled "1", "2", ... (Gambit's default). */
        public Builder player(String label, int numStrategies) {
            List<String> l = new ArrayList<>();
            for (int k = 1; k <= numStrategies; k++) {
                l.add(Integer.toString(k));
            }
            return player(label, l);
        }

        private int cell(int[] profile) {
            if (profile.length != playerLabels.size()) {
                throw new InvalidGameException("profile has " + profile.length + " entries, game has " + playerLabels.size() + " players");
            }
            int c = 0;
            int stride = 1;
            for (int i = 0; i < profile.length; i++) {
                int m = strategyLabels.get(i).size();
                if (profile[i] < 0 || profile[i] >= m) {
                    throw new InvalidGameException("strategy index " + profile[i] + " of player " + (i + 1) + " out of range");
                }
                c += profile[i] * stride;
                stride *= m;
            }
            return c;
        }

        private long cells() {
            long c = 1;
            for (List<String> l : strategyLabels) {
                c *= l.size();
            }
            return c;
        }

        /** Payoffs (one per player) at a pure profile. */
        public Builder payoffs(int[] profile, Rational... payoffs) {
            return cellPayoffs(cell(profile), payoffs);
        }

        /** Payoffs (one per player) at a cell index in Gambit order. */
        public Builder cellPayoffs(int cell, Rational... payoffs) {
            if (!outcomePayoffs.isEmpty()) {
                throw new InvalidGameException("cannot mix per-cell payoffs with outcomes");
            }
            if (cell < 0 || cell >= cells()) {
                throw new InvalidGameException("cell " + cell + " out of range");
            }
            int n = playerLabels.size();
            checkLength(payoffs, n, "cell ", cell + 1);
            if (cellPayoffs == null) {
                long total = cells() * n;
                if (total > Integer.MAX_VALUE - 8) {
                    throw new UnsupportedGameException("strategic game has too many payoffs to store");
                }
                cellPayoffs = new Rational[(int) total];
            }
            System.arraycopy(payoffs, 0, cellPayoffs, cell * n, n);
            return this;
        }

        /** Adds an outcome and returns its 0-based index. */
        public int addOutcome(String label, Rational... payoffs) {
            if (cellPayoffs != null) {
                throw new InvalidGameException("cannot mix outcomes with per-cell payoffs");
            }
            outcomeLabels.add(Objects.requireNonNull(label, "outcome label"));
            outcomePayoffs.add(payoffs.clone());
            return outcomeLabels.size() - 1;
        }

        /** Assigns an outcome (0-based, or -1 for none) to a cell index in Gambit order. */
        public Builder cellOutcome(int cell, int outcome) {
            if (outcome < -1 || outcome >= outcomeLabels.size()) {
                throw new InvalidGameException("outcome " + (outcome + 1) + " is not defined");
            }
            if (cell < 0 || cell >= cells()) {
                throw new InvalidGameException("cell " + cell + " out of range");
            }
            if (outcomeLabels.isEmpty()) {
                return this; // no outcome anywhere: stays in per-cell form with zeros
            }
            cellOutcomes.put(cell, outcome);
            return this;
        }

        public StrategicGame build() {
            return new StrategicGame(this);
        }
    }
}
