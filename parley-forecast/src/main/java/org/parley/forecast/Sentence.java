package org.parley.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of a model's explanation (or a stop reason): fixed words with the computed numbers kept as numbers, so
 * that a model states why without formatting anything; each view formats the numbers its own way (the terminal and
 * the report with six significant digits, a client in its locale). Immutable.
 *
 * <p>Build with {@link #of(String)} for words only, or {@link #builder()}:
 * <pre>Sentence.builder().text("Forecast ").number(55.2).text(" is the weighted mean.").build()</pre>
 * Adjacent words are merged, so equal sentences have equal parts.
 *
 * @param parts words and numbers, in reading order; never two {@link Words} in a row
 */
public record Sentence(List<Part> parts) {
    public Sentence {
        List<Part> merged = new ArrayList<>();
        for (Part p : Objects.requireNonNull(parts, "parts")) {
            Objects.requireNonNull(p, "part");
            if (p instanceof Words w && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof Words prev) {
                merged.set(merged.size() - 1, new Words(prev.text() + w.text()));
            } else if (!(p instanceof Words w2 && w2.text().isEmpty())) {
                merged.add(p);
            }
        }
        parts = List.copyOf(merged);
    }

    /** A piece of a sentence. */
    public sealed interface Part permits Words, Quantity {
    }

    /** Words, exactly as written (including spaces and punctuation). */
    public record Words(String text) implements Part {
        public Words {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A computed number (NaN and infinities allowed, though models state finite numbers). */
    public record Quantity(double value) implements Part {
    }

    /** A sentence of words only. */
    public static Sentence of(String text) {
        return new Sentence(List.of(new Words(text)));
    }

    /** The numbers of the sentence, in reading order. */
    public List<Double> numbers() {
        List<Double> out = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Quantity q) {
                out.add(q.value());
            }
        }
        return out;
    }

    /** The words of the sentence with each number replaced by {@code placeholder} (for tests and matching). */
    public String words(String placeholder) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            b.append(p instanceof Words w ? w.text() : placeholder);
        }
        return b.toString();
    }

    /** A builder that appends words and numbers in reading order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Appends words and numbers; {@link #build()} may be called once or many times. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        private Builder() {
        }

        public Builder text(String text) {
            parts.add(new Words(text));
            return this;
        }

        public Builder number(double value) {
            parts.add(new Quantity(value));
            return this;
        }

        public Builder append(Sentence s) {
            parts.addAll(s.parts());
            return this;
        }

        public Sentence build() {
            return new Sentence(parts);
        }
    }
}
