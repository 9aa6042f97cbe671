package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.ScenarioNotAnalysableException;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.ModelOptions;
import org.parley.scenario.Scenario;

/** Exceptions from models and I/O become the documented exit codes and messages. */
class ErrorMappingTest {
    @TempDir
    Path dir;
    Path file;

    /** A model that does whatever the test tells it to. */
    record FakeModel(String id, Function<Scenario, Forecast> body) implements BargainingModel {
        @Override
        public ModelInfo info() {
            return new ModelInfo(id, "Fake " + id, "0", "");
        }

        @Override
        public ModelOptions options() {
            return () -> new TreeMap<String, String>();
        }

        @Override
        public Forecast forecast(Scenario scenario, org.parley.provenance.RunContext context) {
            return body.apply(scenario);
        }
    }

    static ModelCatalog catalog(BargainingModel m) {
        return new ModelCatalog() {
            @Override
            public List<BargainingModel> defaults() {
                return List.of(m);
            }

            @Override
            public Optional<BargainingModel> byId(String id) {
                return id.equals(m.info().id()) ? Optional.of(m) : Optional.empty();
            }

            @Override
            public List<String> ids() {
                return List.of(m.info().id());
            }
        };
    }

    @BeforeEach
    void setUp() {
        file = Cli.write(dir, "harbour.yaml", Cli.HARBOUR);
    }

    @Test
    void unexpectedExceptionIsAnInternalFailureWithoutStackTrace() {
        var m = new FakeModel("bug", s -> {
            throw new IllegalStateException("boom");
        });
        Cli.Result r = Cli.run(catalog(m), "analyze", file.toString(), "--no-report");
        assertEquals(ExitCodes.FAILURE, r.code(), r::toString);
        assertTrue(r.err().contains("parley: internal error: java.lang.IllegalStateException: boom"), r::toString);
        assertTrue(r.err().contains("--debug"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);

        Cli.Result d = Cli.run(catalog(m), "--debug", "forecast", file.toString(), "--model", "bug");
        assertEquals(ExitCodes.FAILURE, d.code());
        assertTrue(d.err().contains("\tat "), d::toString);
    }

    @Test
    void scenarioAModelCannotAnalyseIsBadInput() {
        var m = new FakeModel("picky", s -> {
            throw new ScenarioNotAnalysableException("issue 'fee' has fewer than two actors");
        });
        Cli.Result r = Cli.run(catalog(m), "forecast", file.toString(), "--model", "picky");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("parley: the scenario cannot be analysed: issue 'fee' has fewer than two actors"),
                r::toString);
    }

    @Test
    void unwritableReportIsAFailure() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        Cli.Result r = Cli.run("analyze", file.toString(), "--out", blocker.resolve("sub").toString());
        assertEquals(ExitCodes.FAILURE, r.code(), r::toString);
        assertTrue(r.err().contains("cannot write report"), r::toString);
    }

    @Test
    void optionsOfTheFakeModelAreEmpty() {
        SortedMap<String, String> p = new FakeModel("x", s -> null).options().asParameters();
        assertTrue(p.isEmpty());
    }

    /** One table maps every exception type to its exit code, for the root's commands and game's alike. */
    @Test
    void oneTableMapsExceptionsToExitCodes() {
        CliErrors errors = new CliErrors(() -> false);
        assertEquals(ExitCodes.BAD_INPUT, errors.getExitCode(new UsageException("x")));
        assertEquals(ExitCodes.BAD_INPUT, errors.getExitCode(new InputFileException("f", "no such file", null)));
        assertEquals(ExitCodes.BAD_INPUT, errors.getExitCode(new org.parley.forecast.ScenarioNotAnalysableException("x")));
        assertEquals(ExitCodes.BAD_INPUT, errors.getExitCode(new org.parley.games.UnsupportedGameException("x")));
        assertEquals(ExitCodes.BAD_INPUT, errors.getExitCode(new org.parley.games.io.GameFormatException("f", 1, 1, "x")));
        assertEquals(ExitCodes.FAILURE, errors.getExitCode(new org.parley.games.GamesException("x")));
        assertEquals(ExitCodes.FAILURE, errors.getExitCode(new CommandFailedException("x")));
        assertEquals(ExitCodes.FAILURE, errors.getExitCode(new java.io.UncheckedIOException(new java.io.IOException("x"))));
        assertEquals(ExitCodes.FAILURE, errors.getExitCode(new IllegalStateException("bug")));
    }

    @Test
    void gameErrorsUnderTheRootGoThroughTheSameMapping() {
        Cli.Result missing = Cli.run("game", "info", dir.resolve("nope.efg").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code(), missing::toString);
        assertEquals(dir.resolve("nope.efg") + ": cannot read: no such file", missing.err().strip());
        Cli.Result method = Cli.run("game", "solve", file.toString(), "--method", "nosuch");
        assertEquals(ExitCodes.BAD_INPUT, method.code(), method::toString);
        assertTrue(method.err().startsWith("parley game solve: unknown method 'nosuch'"), method::toString);
    }
}
