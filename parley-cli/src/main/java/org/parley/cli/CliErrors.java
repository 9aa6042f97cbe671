package org.parley.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.forecast.ScenarioNotAnalysableException;
import org.parley.games.GamesException;
import org.parley.games.InvalidGameException;
import org.parley.games.UnsupportedGameException;
import org.parley.games.io.GameFormatException;
import org.parley.scenario.io.ScenarioFormatException;
import org.parley.views.format.Escaping;
import picocli.CommandLine;

/**
 * The one place where exceptions become exit codes and messages on standard error, for every command (the root's
 * subcommands and {@code game} standalone alike). Commands only throw.
 *
 * <table>
 *   <caption>exception → exit code and message ({@code CMD} is e.g. {@code parley game solve}, {@code FILE} the
 *   command's input file)</caption>
 *   <tr><td>{@link ScenarioFormatException}</td><td>2; one {@code file:line:column: message (hint: ...)} line per problem,
 *       then the count</td></tr>
 *   <tr><td>{@link GameFormatException}</td><td>2; {@code file:line:column: message}</td></tr>
 *   <tr><td>{@link InputFileException}</td><td>2; {@code FILE: cannot read: why}</td></tr>
 *   <tr><td>{@link ScenarioNotAnalysableException}</td><td>2; the scenario is readable but a model cannot analyse it</td></tr>
 *   <tr><td>{@link InvalidAnalysisInputException}, {@link UsageException}</td><td>2; {@code CMD: message}</td></tr>
 *   <tr><td>{@link UnsupportedGameException}, {@link InvalidGameException}</td><td>2; {@code CMD: FILE: message}</td></tr>
 *   <tr><td>picocli's {@link CommandLine.ParameterException}</td><td>2; the message and a hint to {@code --help}</td></tr>
 *   <tr><td>{@link CommandFailedException}</td><td>1; {@code CMD: message}</td></tr>
 *   <tr><td>any other {@link GamesException}</td><td>1; {@code CMD: FILE: message}</td></tr>
 *   <tr><td>{@link UncheckedIOException} (e.g. the report cannot be written)</td><td>1; {@code parley: message}</td></tr>
 *   <tr><td>anything else</td><td>1, reported as an internal error</td></tr>
 * </table>
 * A stack trace is printed only with {@code --debug}.
 */
public final class CliErrors implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler, CommandLine.IExitCodeExceptionMapper {
    private final BooleanSupplier debug;

    /** @param debug whether {@code --debug} was given (read when an error happens, after parsing) */
    public CliErrors(BooleanSupplier debug) {
        this.debug = debug;
    }

    /** Installs one instance as the execution, parameter and exit-code handler of {@code cl}. */
    public static void install(CommandLine cl, BooleanSupplier debug) {
        CliErrors errors = new CliErrors(debug);
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setExitCodeExceptionMapper(errors);
    }

    @Override
    public int getExitCode(Throwable ex) {
        if (ex instanceof ScenarioFormatException || ex instanceof ScenarioNotAnalysableException
                || ex instanceof InvalidAnalysisInputException || ex instanceof UsageException
                || ex instanceof InputFileException || ex instanceof InvalidGameException
                || ex instanceof UnsupportedGameException || ex instanceof CommandLine.ParameterException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.FAILURE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = Escaping.terminal(cmd.getErr()); // messages quote user strings
        String command = commandPath(cmd);
        String file = cmd.getCommand() instanceof InputFileCommand c && c.inputFile() != null ? c.inputFile() : null;
        if (ex instanceof ScenarioFormatException se) {
            err.println(se.getMessage());
            int n = se.problems().size();
            err.println("parley: " + n + " problem" + (n == 1 ? "" : "s") + " in the scenario");
        } else if (ex instanceof GameFormatException || ex instanceof InputFileException) {
            err.println(ex.getMessage());
        } else if (ex instanceof ScenarioNotAnalysableException) {
            err.println("parley: the scenario cannot be analysed: " + ex.getMessage());
        } else if (ex instanceof InvalidAnalysisInputException || ex instanceof UsageException
                || ex instanceof CommandFailedException) {
            err.println(command + ": " + ex.getMessage());
        } else if (ex instanceof GamesException) {
            err.println(command + ": " + (file == null ? "" : file + ": ") + ex.getMessage());
        } else if (ex instanceof UncheckedIOException) {
            err.println("parley: " + ex.getMessage());
        } else {
            err.println("parley: internal error: " + ex);
            if (!debug.getAsBoolean()) {
                err.println("parley: run again with --debug for the stack trace, and please report it");
            }
        }
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return getExitCode(ex);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = Escaping.terminal(cmd.getErr()); // messages quote user strings
        err.println("parley: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + commandPath(cmd) + " --help' for usage.");
        }
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return getExitCode(ex);
    }

    /** "parley analyze", "parley game solve" (also when {@code game} runs without the root). */
    static String commandPath(CommandLine cmd) {
        String q = cmd.getCommandSpec().qualifiedName();
        return q.startsWith("parley") ? q : "parley " + q;
    }

    /** A command with one input file, named in messages about engine errors. */
    public interface InputFileCommand {
        /** The input file as given on the command line, or null before parsing. */
        String inputFile();
    }
}
