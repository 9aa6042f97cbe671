package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
    /** A small valid scenario: three actors, two issues, both with a status quo. */
    static final String HARBOUR = """
            metadata:
              title: Harbour concession talks
              as_of: 2024-05-01
              description: Invented example.
              sources:
                - {id: memo, title: City council memo, url: "https://example.org/memo"}
            issues:
              - {id: fee, label: Concession fee, sources: [memo], scale: {min: 0, max: 50, min_meaning: no fee, max_meaning: 50 million}, status_quo: 20}
              - {id: jobs, label: Guaranteed jobs, status_quo: 10}
            actors:
              - {id: city, name: City of Port, capability: 60, positions: {fee: {position: 35, salience: 80, rationale: Needs revenue.}, jobs: [60, 40]}}
              - {id: firm, name: Shipping firm, capability: 80, positions: {fee: [5, 90], jobs: [20, 50]}}
              - {id: union, name: Dockers' union, capability: 25, positions: {fee: [25, 30], jobs: [95, 100]}}
            """;

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(ModelCatalog models, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParleyCommand.newCommandLine(models, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(new StandardModelCatalog(), args);
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
