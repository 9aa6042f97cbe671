package org.parley.games.solve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.parley.games.Arithmetic;
import org.parley.games.solve.pure.EnumPureEquilibriumSolver;

/**
 * Registry of equilibrium methods by name, used by the CLI and the conformance tests.
 *
 * <p>How to add a method: implement {@link StrategicEquilibriumSolver} and/or
 * {@link ExtensiveEquilibriumSolver}, then in your package create {@code public final class Provider
 * implements SolverProvider} returning a {@link SolverEntry} with the method name. Packages searched:
 * {@link #PROVIDER_PACKAGES}. Entries of the same name from different providers are merged (one may give the
 * strategic side, another the extensive side).
 *
 * <p>{@link #KNOWN_METHODS} lists Gambit's method names Parley intends to offer, with a description, so the
 * CLI can list them before they are implemented.
 */
public final class Solvers {
    /** Packages searched for a {@code Provider} class. */
    public static final List<String> PROVIDER_PACKAGES = List.of(
            "org.parley.games.solve.pure", "org.parley.games.solve.bimatrix", "org.parley.games.solve.seqform",
            "org.parley.games.solve.nplayer", "org.parley.games.solve.lp");

    /** Method names and one-line descriptions, in the order the CLI lists them. */
    public static final Map<String, String> KNOWN_METHODS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("enumpure", "all pure-strategy equilibria (n players; trees via the reduced strategic form)");
        m.put("enummixed", "all extreme equilibria of a two-player game (vertex enumeration)");
        m.put("lcp", "Lemke-Howson on tables; sequence-form LCP on two-player trees");
        m.put("lp", "one equilibrium of a two-player constant-sum game by linear programming");
        m.put("logit", "end point of the principal branch of the logit QRE correspondence");
        m.put("simpdiv", "simplicial subdivision; one equilibrium (n players)");
        m.put("gnm", "global Newton method; equilibria found (n players)");
        KNOWN_METHODS = java.util.Collections.unmodifiableMap(m);
    }

    private static volatile Map<String, SolverEntry> registry;

    private Solvers() {
    }

    /** The built-in entry for enumpure. */
    static SolverEntry enumPure() {
        return new SolverEntry("enumpure", KNOWN_METHODS.get("enumpure"), Coverage.ALL, EnumSet.of(Arithmetic.EXACT),
                a -> new EnumPureEquilibriumSolver(), a -> new ReducedFormSolver(new EnumPureEquilibriumSolver(), true), false);
    }

    private static Map<String, SolverEntry> load() {
        Map<String, SolverEntry> r = registry;
        if (r != null) {
            return r;
        }
        synchronized (Solvers.class) {
            if (registry != null) {
                return registry;
            }
            List<SolverEntry> all = new ArrayList<>();
            all.add(enumPure());
            for (String pkg : PROVIDER_PACKAGES) {
                Class<?> c;
                try {
                    c = Class.forName(pkg + ".Provider");
                } catch (ClassNotFoundException e) {
                    continue; // package has no methods yet
                }
                try {
                    all.addAll(((SolverProvider) c.getDeclaredConstructor().newInstance()).solvers());
                } catch (ReflectiveOperationException | ClassCastException e) {
                    throw new IllegalStateException(pkg + ".Provider must be a public SolverProvider with a public no-argument constructor", e);
                }
            }
            for (SolverProvider p : ServiceLoader.load(SolverProvider.class)) {
                all.addAll(p.solvers());
            }
            Map<String, SolverEntry> m = new LinkedHashMap<>();
            for (SolverEntry e : all) {
                m.merge(e.name(), e, SolverEntry::merge);
            }
            registry = java.util.Collections.unmodifiableMap(m);
            return registry;
        }
    }

    /** The method registered under this name (case-insensitive). */
    public static Optional<SolverEntry> byName(String name) {
        return Optional.ofNullable(load().get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** All registered methods. */
    public static List<SolverEntry> all() {
        return List.copyOf(load().values());
    }

    /** Names of registered methods. */
    public static List<String> names() {
        return List.copyOf(load().keySet());
    }
}
