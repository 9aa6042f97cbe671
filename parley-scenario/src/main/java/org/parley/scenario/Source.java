package org.parley.scenario;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cited source of evidence, referred to by id from actors, issues and stances.
 *
 * @param date publication date, or null when unknown
 * @param url  address, or null
 */
public record Source(String id, String title, String publisher, LocalDate date, String url) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
