package org.parley.games.solve;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;

/**
 * One named method in the {@link Solvers} registry: how to make its strategic and/or extensive solver for
 * an arithmetic, what it promises ({@link Coverage}) and which arithmetics it offers. Either side may be
 * null; two providers may register the same name for different sides (e.g. "lcp": Lemke–Howson on tables,
 * sequence-form LCP on trees) and the registry merges them.
 *
 * @param name method id, lower case (the CLI's {@code --method})
 * @param description one line for {@code --help}
 * @param coverage what the method returns
 * @param arithmetics arithmetics offered; the first in {@link Arithmetic} order that the set contains is the default
 * @param strategic factory of the strategic-form solver, or null
 * @param extensive factory of the tree solver, or null (then trees go through {@link ReducedFormSolver} if
 *     {@code strategic} exists and {@code viaReducedForm} is true)
 * @param viaReducedForm whether trees may be solved through the reduced strategic form
 * @param treeArithmetics arithmetics offered on trees when they differ from {@code arithmetics} (set by the
 *     registry when it merges a table side and a tree side), or null
 */
public record SolverEntry(String name, String description, Coverage coverage, Set<Arithmetic> arithmetics,
                          Function<Arithmetic, StrategicEquilibriumSolver> strategic,
                          Function<Arithmetic, ExtensiveEquilibriumSolver> extensive, boolean viaReducedForm,
                          Set<Arithmetic> treeArithmetics) {

    /** An entry whose arithmetics are the same on tables and trees (what providers normally register). */
    public SolverEntry(String name, String description, Coverage coverage, Set<Arithmetic> arithmetics,
                       Function<Arithmetic, StrategicEquilibriumSolver> strategic,
                       Function<Arithmetic, ExtensiveEquilibriumSolver> extensive, boolean viaReducedForm) {
        this(name, description, coverage, arithmetics, strategic, extensive, viaReducedForm, null);
    }

    public SolverEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(coverage, "coverage");
        if (arithmetics == null || arithmetics.isEmpty()) {
            throw new IllegalArgumentException("arithmetics must not be empty for method " + name);
        }
        arithmetics = Set.copyOf(arithmetics);
        if (treeArithmetics != null) {
            if (treeArithmetics.isEmpty()) {
                throw new IllegalArgumentException("treeArithmetics must not be empty for method " + name);
            }
            treeArithmetics = Set.copyOf(treeArithmetics);
        }
        if (strategic == null && extensive == null) {
            throw new IllegalArgumentException("method " + name + " must provide a strategic or an extensive solver");
        }
    }

    /** Default arithmetic: DOUBLE if offered, else EXACT (as Gambit's tools default to floating point where they have it). */
    public Arithmetic defaultArithmetic() {
        return arithmetics.contains(Arithmetic.DOUBLE) ? Arithmetic.DOUBLE : Arithmetic.EXACT;
    }

    /** Arithmetics offered for this kind of game. */
    public Set<Arithmetic> arithmetics(Game g) {
        return g instanceof StrategicGame || treeArithmetics == null ? arithmetics : treeArithmetics;
    }

    /** Default arithmetic for this kind of game: DOUBLE if offered, else EXACT. */
    public Arithmetic defaultArithmetic(Game g) {
        return arithmetics(g).contains(Arithmetic.DOUBLE) ? Arithmetic.DOUBLE : Arithmetic.EXACT;
    }

    public boolean supports(Game g) {
        return g instanceof StrategicGame ? strategic != null : extensive != null || (strategic != null && viaReducedForm);
    }

    public Optional<StrategicEquilibriumSolver> strategicSolver(Arithmetic a) {
        checkArithmetic(a, arithmetics);
        return strategic == null ? Optional.empty() : Optional.of(strategic.apply(a));
    }

    public Optional<ExtensiveEquilibriumSolver> extensiveSolver(Arithmetic a) {
        checkArithmetic(a, treeArithmetics == null ? arithmetics : treeArithmetics);
        if (extensive != null) {
            return Optional.of(extensive.apply(a));
        }
        if (strategic != null && viaReducedForm) {
            return Optional.of(new ReducedFormSolver(strategic.apply(a), false));
        }
        return Optional.empty();
    }

    private void checkArithmetic(Arithmetic a, Set<Arithmetic> offered) {
        if (!offered.contains(a)) {
            throw new UnsupportedGameException("method " + name + " does not offer " + a + " arithmetic (offers " + offered + ")");
        }
    }

    /**
     * Solves any game with this method.
     * @throws UnsupportedGameException if the method has no solver for this kind of game or arithmetic
     */
    public EquilibriumResult solve(Game g, Arithmetic a) {
        if (g instanceof StrategicGame s) {
            return strategicSolver(a).orElseThrow(() -> new UnsupportedGameException("method " + name + " does not solve strategic games"))
                    .solve(s);
        }
        return extensiveSolver(a).orElseThrow(() -> new UnsupportedGameException("method " + name + " does not solve extensive games"))
                .solve((ExtensiveGame) g);
    }

    /**
     * Solves any game with this method within a budget: the verified equilibria found until the budget
     * ended the run, and whether it did ({@link EquilibriumResult#completion()}). A method that finds its
     * equilibria only at the end and is stopped by the time limit gives an empty
     * {@link Completion#TIME_LIMIT} result ({@link EquilibriumResult#unfinished}).
     *
     * @throws UnsupportedGameException if the method has no solver for this kind of game or arithmetic
     */
    public EquilibriumResult solve(Game g, Arithmetic a, SolveBudget budget) {
        long start = System.nanoTime();
        try {
            if (g instanceof StrategicGame s) {
                return strategicSolver(a).orElseThrow(() -> new UnsupportedGameException("method " + name
                        + " does not solve strategic games")).solve(s, budget);
            }
            return extensiveSolver(a).orElseThrow(() -> new UnsupportedGameException("method " + name
                    + " does not solve extensive games")).solve((ExtensiveGame) g, budget);
        } catch (SolveBudgetExhaustedException e) {
            Representation rep = g instanceof StrategicGame || extensive == null ? Representation.STRATEGIC
                    : Representation.TREE;
            return EquilibriumResult.unfinished(g, name, a, rep, Completion.TIME_LIMIT,
                    Diagnostics.of(start, java.util.Map.of()));
        }
    }

    /**
     * Merges two registrations of the same name (one for tables, one for trees). Each side keeps its own
     * arithmetics: the table side's become {@link #arithmetics()}, the tree side's {@link #treeArithmetics()}.
     */
    SolverEntry merge(SolverEntry o) {
        if ((strategic != null && o.strategic != null) || (extensive != null && o.extensive != null)) {
            throw new IllegalStateException("method " + name + " registered twice for the same kind of game");
        }
        SolverEntry table = strategic != null ? this : o;
        SolverEntry tree = extensive != null ? this : o.extensive != null ? o : null;
        Set<Arithmetic> treeAr = tree == null ? table.treeArithmetics : tree.treeArithmetics != null ? tree.treeArithmetics : tree.arithmetics;
        return new SolverEntry(name, table.description, table.coverage, table.arithmetics, table.strategic,
                tree == null ? null : tree.extensive, table.viaReducedForm, treeAr);
    }
}
