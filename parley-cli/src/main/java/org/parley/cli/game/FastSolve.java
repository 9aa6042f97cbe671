package org.parley.cli.game;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley game solve FILE [options]} without building picocli's model of the command, which costs more
 * start-up time than solving a small game: the arguments are read against the same {@code @Option} and
 * {@code @Parameters} annotations of {@link GameCommand.Solve} (names, default values, field types), so the two
 * cannot drift apart. Only plain forms are taken: one file (not a folder), each option at most once as
 * {@code --name value}, {@code --name=value} or a bare flag, values of the types below. Anything else (help,
 * version, an option it does not know, a repeated option, a value that starts with a dash, clustered short
 * options, {@code --}) is left to picocli ({@link #tryRun} returns −1), as is every error: if solving throws, the
 * full command line is built and picocli's handler ({@link org.parley.cli.CliErrors}) reports it, so messages and
 * exit codes are the same either way.
 *
 * <p>Field types read: {@code String}, {@code boolean} (flag), {@code double}/{@code Double} (plain decimal
 * numbers), {@code long}/{@code Long} and {@code int}/{@code Integer} (plain digits), enums (case-insensitive, as
 * the command line is configured), and the {@code List<String>} of files.
 */
public final class FastSolve {
    private static final Pattern DECIMAL = Pattern.compile("[+]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("[+]?\\d{1,18}");
    /** Picocli's marker for "no default value". */
    private static final String NO_DEFAULT = "__no_default_value__";

    private FastSolve() {
    }

    /**
     * Runs {@code args} if they are a plain single-file {@code game solve}; returns the exit code, or −1 when
     * picocli must parse them.
     *
     * @param full builds the whole command line, used only to report an error
     */
    public static int tryRun(String[] args, PrintWriter out, PrintWriter err, Supplier<CommandLine> full) {
        GameCommand.Solve solve = parse(args);
        if (solve == null) return -1;
        try {
            return solve.run(out, err);
        } catch (RuntimeException e) {
            out.flush();
            CommandLine cl = full.get();
            CommandLine.ParseResult pr = cl.parseArgs(args);
            CommandLine solveLine = pr.subcommand().subcommand().commandSpec().commandLine();
            try {
                return cl.getExecutionExceptionHandler().handleExecutionException(e, solveLine, pr);
            } catch (Exception unexpected) {
                throw e;
            }
        }
    }

    /** The command with its options set from {@code args}, or null if picocli must parse them. */
    static GameCommand.Solve parse(String[] args) {
        if (args.length < 3 || !args[0].equals("game") || !args[1].equals("solve")) return null;
        Map<String, Field> byName = new HashMap<>();
        Field positional = null;
        for (Field f : GameCommand.Solve.class.getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o != null) {
                for (String n : o.names()) byName.put(n, f);
            } else if (f.getAnnotation(Parameters.class) != null) {
                if (positional != null) return null;
                positional = f;
            }
        }
        if (positional == null) return null;
        Map<Field, String> values = new HashMap<>();
        Set<Field> seen = new HashSet<>();
        List<String> files = new ArrayList<>();
        for (int k = 2; k < args.length; k++) {
            String t = args[k];
            if (!t.startsWith("-")) {
                files.add(t);
                continue;
            }
            String name = t;
            String value = null;
            int eq = t.indexOf('=');
            if (t.startsWith("--") && eq > 2) {
                name = t.substring(0, eq);
                value = t.substring(eq + 1);
            }
            Field f = byName.get(name);
            if (f == null || !seen.add(f)) return null;
            if (f.getType() == boolean.class) {
                if (value != null) return null;
                values.put(f, "true");
                continue;
            }
            if (value == null) {
                if (k + 1 >= args.length) return null;
                value = args[++k];
            }
            if (value.startsWith("-")) return null;
            values.put(f, value);
        }
        if (files.size() != 1 || Files.isDirectory(Path.of(files.get(0)))) return null;
        GameCommand.Solve solve = new GameCommand.Solve();
        try {
            for (Map.Entry<String, Field> e : byName.entrySet()) {
                Field f = e.getValue();
                String v = values.get(f);
                if (v == null) {
                    String d = f.getAnnotation(Option.class).defaultValue();
                    if (NO_DEFAULT.equals(d)) continue;
                    v = d;
                }
                Object converted = convert(f.getType(), v);
                if (converted == null) return null;
                f.setAccessible(true);
                f.set(solve, converted);
            }
            if (!(positional.getGenericType() instanceof ParameterizedType pt)
                    || positional.getType() != List.class || pt.getActualTypeArguments()[0] != String.class) {
                return null;
            }
            positional.setAccessible(true);
            positional.set(solve, List.copyOf(files));
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
        return solve;
    }

    /** The value as the field's type, or null when this reader does not take it (picocli will). */
    private static Object convert(Class<?> type, String v) {
        if (type == String.class) return v;
        if (type == boolean.class) return Boolean.valueOf(v);
        if (type == double.class || type == Double.class) return DECIMAL.matcher(v).matches() ? Double.valueOf(v) : null;
        if (type == long.class || type == Long.class) return DIGITS.matcher(v).matches() ? Long.valueOf(v) : null;
        if (type == int.class || type == Integer.class) {
            return DIGITS.matcher(v).matches() && v.length() <= 9 ? Integer.valueOf(v) : null;
        }
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))) return c;
            }
        }
        return null;
    }
}
