package org.parley.cli.server;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.parley.cli.ExitCodes;
import org.parley.server.ServerConfig;
import org.parley.server.db.ApiToken;
import org.parley.server.db.Database;
import org.parley.server.db.DatabaseException;
import org.parley.server.db.NotFoundException;
import org.parley.server.db.TokenScope;
import org.parley.server.db.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley token create|list|revoke}: API tokens in the server's database (stored as hashes only). */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manage the API tokens of 'parley serve' (in its database; the embedded one only while the "
                + "server is stopped).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public final class TokenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Runs {@code body} on the database the options name, mapping database failures to exit code 1. */
    static int withStore(CommandSpec spec, DatabaseOptions options, java.util.function.ToIntFunction<TokenStore> body) {
        ServerConfig config = options.applyTo(ServerConfig.defaults());
        try (Database db = Database.open(config.effectiveJdbcUrl(), 2)) {
            return body.applyAsInt(new TokenStore(db));
        } catch (DatabaseException e) {
            spec.commandLine().getErr().println("parley token: " + DatabaseOptions.hint(config, e.getMessage()));
            return ExitCodes.FAILURE;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print it (once: only its hash is stored).")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--scope", required = true, paramLabel = "SCOPE",
                description = "read (look at everything) or write (also save scenarios, start and cancel runs).")
        String scope;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "${sys:user.name}",
                description = "Who uses it; recorded as the author of saves and runs (default: your user name).")
        String name;

        @Option(names = "--expires-in-days", paramLabel = "DAYS",
                description = "Days until the token expires (default: never).")
        Integer days;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            TokenScope s;
            try {
                s = TokenScope.valueOf(scope.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("parley token create: --scope must be read or write, not '" + scope + "'");
                return ExitCodes.BAD_INPUT;
            }
            if (name == null || name.isBlank() || name.length() > 100) {
                err.println("parley token create: --name must have 1 to 100 characters");
                return ExitCodes.BAD_INPUT;
            }
            if (days != null && (days < 1 || days > 3650)) {
                err.println("parley token create: --expires-in-days must be between 1 and 3650");
                return ExitCodes.BAD_INPUT;
            }
            Instant expires = days == null ? null : Instant.now().plus(Duration.ofDays(days));
            return withStore(spec, database, store -> {
                TokenStore.Created c = store.create(name.strip(), s, expires);
                PrintWriter out = spec.commandLine().getOut();
                out.println(c.secret());
                out.flush();
                err.println("parley token: created " + s.name().toLowerCase(java.util.Locale.ROOT) + " token #"
                        + c.token().id() + " for '" + c.token().name() + "'" + (expires == null ? ""
                        : ", expires " + expires) + "; it is shown only now");
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            return withStore(spec, database, store -> {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-4s %-6s %-24s %-22s %s%n", "id", "scope", "name", "created", "state");
                Instant now = Instant.now();
                for (ApiToken t : store.list()) {
                    String state = t.revokedAt() != null ? "revoked " + t.revokedAt()
                            : t.expiresAt() == null ? "valid" : t.validAt(now) ? "valid until " + t.expiresAt()
                            : "expired " + t.expiresAt();
                    out.printf("%-4d %-6s %-24s %-22s %s%n", t.id(), t.scope().name().toLowerCase(java.util.Locale.ROOT),
                            t.name(), t.createdAt().toString().substring(0, 19) + "Z", state);
                }
                out.flush();
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(index = "0", paramLabel = "ID", description = "The token's id (see 'parley token list').")
        long id;

        @Override
        public Integer call() {
            return withStore(spec, database, store -> {
                try {
                    store.revoke(id);
                } catch (NotFoundException e) {
                    spec.commandLine().getErr().println("parley token revoke: no token " + id);
                    return ExitCodes.BAD_INPUT;
                }
                spec.commandLine().getErr().println("parley token: revoked token #" + id);
                return ExitCodes.OK;
            });
        }
    }
}
