package org.parley.cli.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.CliErrors;
import picocli.CommandLine;

/**
 * The start-up shortcut for {@code game solve FILE}: it must read exactly what picocli reads, leave everything else
 * to picocli, and print and exit exactly as the full command line does (errors included).
 */
class FastSolveTest {
    @TempDir
    Path dir;

    private Path e04() throws IOException {
        Path p = dir.resolve("e04.efg");
        Files.writeString(p, GameCommandTest.E04);
        return p;
    }

    /** The options picocli sets on the command, as a comparable list. */
    private static List<Object> fields(GameCommand.Solve s) {
        return List.of(String.valueOf(s.files), s.method, s.exact, String.valueOf(s.lambda), s.format, String.valueOf(s.budgetSeconds),
                String.valueOf(s.maxEquilibria));
    }

    private static GameCommand.Solve byPicocli(String... args) {
        CommandLine cl = new CommandLine(new GameCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine.ParseResult pr = cl.parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
        return (GameCommand.Solve) pr.subcommand().commandSpec().userObject();
    }

    @Test
    void readsWhatPicocliReads() throws IOException {
        String f = e04().toString();
        List<String[]> cases = List.of(
                new String[] {"game", "solve", f},
                new String[] {"game", "solve", f, "-m", "lcp"},
                new String[] {"game", "solve", "--method", "enummixed", f},
                new String[] {"game", "solve", f, "--method=lp", "--exact"},
                new String[] {"game", "solve", f, "-f", "JSON"},
                new String[] {"game", "solve", f, "--format=csv", "--lambda", "2.5"},
                new String[] {"game", "solve", f, "--budget-seconds", "0.5", "--max-equilibria", "3"},
                new String[] {"game", "solve", f, "--budget-seconds=10", "--max-equilibria=1", "-m", "gnm"},
                new String[] {"game", "solve", f, "--lambda", "1e2"});
        for (String[] args : cases) {
            GameCommand.Solve fast = FastSolve.parse(args);
            assertNotNull(fast, String.join(" ", args));
            assertEquals(fields(byPicocli(args)), fields(fast), String.join(" ", args));
        }
    }

    @Test
    void leavesEverythingElseToPicocli() throws IOException {
        String f = e04().toString();
        List<String[]> cases = new ArrayList<>(List.of(
                new String[] {"game", "solve"},
                new String[] {"game", "info", f},
                new String[] {"analyze", "x.yaml"},
                new String[] {"game", "solve", f, "--help"},
                new String[] {"game", "solve", f, "-h"},
                new String[] {"game", "solve", f, "--debug"},
                new String[] {"game", "solve", f, "--nosuch"},
                new String[] {"game", "solve", f, "-m", "lcp", "-m", "lp"},
                new String[] {"game", "solve", f, f},
                new String[] {"game", "solve", dir.toString()},
                new String[] {"game", "solve", f, "--"},
                new String[] {"game", "solve", f, "-m"},
                new String[] {"game", "solve", f, "--budget-seconds", "-1"},
                new String[] {"game", "solve", f, "--budget-seconds", "soon"},
                new String[] {"game", "solve", f, "--max-equilibria", "0x10"},
                new String[] {"game", "solve", f, "--exact=true"},
                new String[] {"game", "solve", f, "-f", "xml"},
                new String[] {"game", "solve", f, "-mlcp"}));
        for (String[] args : cases) {
            assertNull(FastSolve.parse(args), String.join(" ", args));
        }
    }

    record Out(int code, String out, String err) {
    }

    private static Out fast(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        PrintWriter out = new PrintWriter(o, true);
        PrintWriter err = new PrintWriter(e, true);
        int code = FastSolve.tryRun(args, out, err, () -> full(out, err));
        return new Out(code, o.toString(), e.toString());
    }

    private static Out slow(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = full(new PrintWriter(o, true), new PrintWriter(e, true)).execute(args);
        return new Out(code, o.toString(), e.toString());
    }

    /** What {@code parley} builds for a {@code game} command: the root with its error handling and the game command. */
    private static CommandLine full(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new org.parley.cli.ParleyCommand());
        cl.addSubcommand("game", new GameCommand());
        CliErrors.install(cl, () -> false);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    @Test
    void printsAndExitsAsTheFullCommandLine() throws IOException {
        String f = e04().toString();
        Path bad = dir.resolve("bad.nfg");
        Files.writeString(bad, "NFG 1 R \"t\" { \"A\" } { 2 }\n1 oops\n");
        List<String[]> cases = List.of(
                new String[] {"game", "solve", f},
                new String[] {"game", "solve", f, "-m", "lcp", "--exact"},
                new String[] {"game", "solve", f, "-m", "enummixed", "--max-equilibria", "1"},
                new String[] {"game", "solve", f, "-f", "csv"},
                new String[] {"game", "solve", f, "-m", "nosuch"},
                new String[] {"game", "solve", f, "--max-equilibria", "0"},
                new String[] {"game", "solve", bad.toString()},
                new String[] {"game", "solve", dir.resolve("missing.nfg").toString()});
        for (String[] args : cases) {
            Out fast = fast(args);
            Out slow = slow(args);
            assertEquals(slow, fast, String.join(" ", args));
        }
    }
}
