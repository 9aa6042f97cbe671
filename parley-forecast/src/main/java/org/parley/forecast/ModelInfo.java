package org.parley.forecast;

import java.util.Objects;

/**
 * Identity of a bargaining model.
 *
 * @param id        short id used on the command line and in files ("compromise", "median", "nash", "eu")
 * @param name      display name
 * @param version   version of Parley's implementation of the model; bump when results can change
 * @param reference the literature the implementation follows
 */
public record ModelInfo(String id, String name, String version, String reference) {
    public ModelInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        reference = reference == null ? "" : reference;
    }
}
