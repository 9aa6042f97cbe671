package org.parley.cli;

import java.util.List;
import java.util.Optional;
import org.parley.forecast.BargainingModel;

/**
 * The bargaining models the command line can run. The standard catalog is {@link StandardModelCatalog}; tests pass
 * their own.
 */
public interface ModelCatalog {
    /** The models {@code analyze} runs when no {@code --models} option is given, in display order. */
    List<BargainingModel> defaults();

    /**
     * The default models for this scenario: {@link #defaults()}, plus the procedural model when the scenario says who
     * decides some issue (it has nothing to add otherwise) and the catalog has it.
     */
    default List<BargainingModel> defaultsFor(org.parley.scenario.Scenario s) {
        boolean decided = s.decision() != null || s.issues().stream().anyMatch(i -> i.decision() != null);
        List<BargainingModel> d = defaults();
        if (!decided || d.stream().anyMatch(m -> m.info().id().equals("procedural"))) {
            return d;
        }
        return byId("procedural").map(p -> {
            List<BargainingModel> out = new java.util.ArrayList<>(d);
            out.add(p);
            return List.copyOf(out);
        }).orElse(d);
    }

    /** The model with this command-line id, if any. */
    Optional<BargainingModel> byId(String id);

    /** Every id {@link #byId(String)} accepts, for messages. */
    List<String> ids();

    /**
     * The model with this id and options given as name → value text (names as in the model's provenance
     * parameters); absent names keep their defaults.
     *
     * @throws UsageException for an unknown id or an unknown or invalid option
     */
    default BargainingModel configure(String id, java.util.Map<String, String> parameters) {
        BargainingModel m = select(List.of(id)).get(0);
        if (!parameters.isEmpty()) {
            throw new UsageException("model '" + id + "' cannot be configured here");
        }
        return m;
    }

    /**
     * The models with the given ids, in the order given, without duplicates.
     *
     * @throws UsageException naming the first unknown id and the known ones, or if the list is empty
     */
    default List<BargainingModel> select(List<String> wanted) {
        if (wanted.isEmpty()) {
            throw new UsageException("no model given; known models: " + String.join(", ", ids()));
        }
        java.util.LinkedHashMap<String, BargainingModel> out = new java.util.LinkedHashMap<>();
        for (String raw : wanted) {
            String id = raw.strip();
            BargainingModel m = byId(id).orElseThrow(() -> new UsageException(
                    "unknown model '" + id + "'; known models: " + String.join(", ", ids())));
            out.putIfAbsent(m.info().id(), m);
        }
        return List.copyOf(out.values());
    }
}
