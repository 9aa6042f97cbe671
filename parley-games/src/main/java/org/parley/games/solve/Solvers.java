package org.parley.games.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Registry of solution methods by name (the CLI's {@code --method}), used by the CLI, the benchmarks and the
 * conformance tests. Two kinds: Nash-equilibrium methods ({@link SolverEntry}, result {@link EquilibriumResult})
 * and quantal-response methods ({@link QreSolverEntry}, result {@link QreResult}); a name belongs to one kind.
 *
 * <p>Providers are found with {@link ServiceLoader} ({@link SolverProvider}); the order of methods is the order of
 * the providers in {@code META-INF/services/org.parley.games.solve.SolverProvider}, then of each provider's list.
 * Entries of the same name from different providers are merged (one may give the strategic side, another the
 * extensive side, as for {@code lcp}). How to add a method: implement {@link StrategicEquilibriumSolver} and/or
 * {@link ExtensiveEquilibriumSolver} (or {@link QreSolver}), return its entry from your package's
 * {@code Provider}, and list that provider in the services file.
 *
 * <p>The registry is built once, on first use, and is immutable afterwards.
 */
public final class Solvers {
    private static volatile Registry registry;

    record Registry(Map<String, SolverEntry> nash, Map<String, QreSolverEntry> qre) {
    }

    private Solvers() {
    }

    private static Registry load() {
        Registry r = registry;
        if (r != null) {
            return r;
        }
        synchronized (Solvers.class) {
            if (registry == null) {
                registry = build(ServiceLoader.load(SolverProvider.class, Solvers.class.getClassLoader()));
            }
            return registry;
        }
    }

    /**
     * Builds a registry from providers (the service loader's, or a test's list).
     *
     * @throws IllegalStateException if a name is registered twice for the same kind of game, or as both a Nash and
     *     a quantal-response method
     */
    static Registry build(Iterable<? extends SolverProvider> providers) {
        Map<String, SolverEntry> nash = new LinkedHashMap<>();
        Map<String, QreSolverEntry> qre = new LinkedHashMap<>();
        for (SolverProvider p : providers) {
            for (SolverEntry e : p.solvers()) {
                nash.merge(e.name(), e, SolverEntry::merge);
            }
            for (QreSolverEntry e : p.qreSolvers()) {
                if (qre.putIfAbsent(e.name(), e) != null) {
                    throw new IllegalStateException("method " + e.name() + " registered twice");
                }
            }
        }
        for (String n : qre.keySet()) {
            if (nash.containsKey(n)) {
                throw new IllegalStateException("method " + n + " registered both as a Nash and as a QRE method");
            }
        }
        return new Registry(Collections.unmodifiableMap(nash), Collections.unmodifiableMap(qre));
    }

    /** The Nash-equilibrium method registered under this name (case-insensitive). */
    public static Optional<SolverEntry> byName(String name) {
        return Optional.ofNullable(load().nash().get(name.toLowerCase(Locale.ROOT)));
    }

    /** The quantal-response method registered under this name (case-insensitive). */
    public static Optional<QreSolverEntry> qreByName(String name) {
        return Optional.ofNullable(load().qre().get(name.toLowerCase(Locale.ROOT)));
    }

    /** All registered Nash-equilibrium methods, in registry order. */
    public static List<SolverEntry> all() {
        return List.copyOf(load().nash().values());
    }

    /** All registered quantal-response methods, in registry order. */
    public static List<QreSolverEntry> allQre() {
        return List.copyOf(load().qre().values());
    }

    /** Names of all registered methods, each once: the Nash methods, then the quantal-response ones. */
    public static List<String> names() {
        Set<String> s = new LinkedHashSet<>(load().nash().keySet());
        s.addAll(load().qre().keySet());
        return List.copyOf(new ArrayList<>(s));
    }

    /** The one-line description of a registered method of either kind. */
    public static Optional<String> description(String name) {
        return byName(name).map(SolverEntry::description).or(() -> qreByName(name).map(QreSolverEntry::description));
    }
}
