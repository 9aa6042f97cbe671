package org.parley.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant: a state, leader, faction or organisation.
 *
 * @param capability the actor's power to affect the outcome (&gt; 0), in any unit common to all actors
 * @param stances    the actor's stance per issue id, in file order; an actor need not take a stance on every issue
 */
public record Actor(String id, String name, List<String> aliases, Estimate capability, String notes,
                    List<String> sourceIds, Map<String, Stance> stances) {
    public Actor {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(capability, "capability");
        notes = notes == null ? "" : notes;
        sourceIds = List.copyOf(sourceIds);
        stances = Collections.unmodifiableMap(new LinkedHashMap<>(stances));
    }

    public Optional<Stance> stance(String issueId) {
        return Optional.ofNullable(stances.get(issueId));
    }
}
