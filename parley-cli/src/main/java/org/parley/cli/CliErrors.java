package org.parley.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.forecast.ScenarioNotAnalysableException;
import org.parley.scenario.io.ScenarioFormatException;
import picocli.CommandLine;

/**
 * Maps exceptions to exit codes and messages on standard error.
 *
 * <table>
 *   <caption>exception → exit code</caption>
 *   <tr><td>{@link ScenarioFormatException}</td><td>2; one {@code file:line:column: message (hint: ...)} line per problem</td></tr>
 *   <tr><td>{@link ScenarioNotAnalysableException}</td><td>2; the scenario is readable but a model cannot analyse it</td></tr>
 *   <tr><td>{@link InvalidAnalysisInputException} (a lever or game question that does not fit the scenario)</td><td>2</td></tr>
 *   <tr><td>{@link UsageException}, picocli's {@link CommandLine.ParameterException}</td><td>2</td></tr>
 *   <tr><td>{@link UncheckedIOException} (e.g. the report cannot be written)</td><td>1</td></tr>
 *   <tr><td>anything else</td><td>1, reported as an internal error</td></tr>
 * </table>
 * A stack trace is printed only with {@code --debug}.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private final ParleyCommand root;

    CliErrors(ParleyCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        if (ex instanceof ScenarioFormatException se) {
            err.println(se.getMessage());
            int n = se.problems().size();
            err.println("parley: " + n + " problem" + (n == 1 ? "" : "s") + " in the scenario");
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof ScenarioNotAnalysableException ise) {
            err.println("parley: the scenario cannot be analysed: " + ise.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof InvalidAnalysisInputException ia) {
            err.println("parley " + cmd.getCommandName() + ": " + ia.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof UsageException ue) {
            err.println("parley " + cmd.getCommandName() + ": " + ue.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof UncheckedIOException io) {
            err.println("parley: " + io.getMessage());
            code = ExitCodes.FAILURE;
        } else {
            err.println("parley: internal error: " + ex);
            if (!root.debug()) {
                err.println("parley: run again with --debug for the stack trace, and please report it");
            }
            code = ExitCodes.FAILURE;
        }
        if (root.debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("parley: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        if (root.debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
