package org.parley.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;
import org.parley.cli.StandardModelCatalog;

/** {@code parley token} on the embedded database, and {@code parley serve} in a child process. */
class ServeAndTokenCommandTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParleyCommand.newCommandLine(new StandardModelCatalog(), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void tokensAreCreatedListedAndRevoked(@TempDir Path dir) {
        Result created = run("token", "create", "--scope", "read", "--name", "analyst", "--data-dir", dir.toString());
        assertEquals(0, created.code(), created::err);
        String secret = created.out().strip();
        assertTrue(secret.matches("parley_[A-Za-z0-9_-]{43}"), secret);
        assertTrue(created.err().contains("read token #1 for 'analyst'"), created::err);

        Result list = run("token", "list", "--data-dir", dir.toString());
        assertEquals(0, list.code(), list::err);
        assertTrue(list.out().contains("analyst") && list.out().contains("valid"), list::out);
        assertTrue(!list.out().contains(secret), "the secret is never shown again");

        assertEquals(0, run("token", "revoke", "1", "--data-dir", dir.toString()).code());
        assertTrue(run("token", "list", "--data-dir", dir.toString()).out().contains("revoked"));
        assertEquals(2, run("token", "revoke", "7", "--data-dir", dir.toString()).code());
        Result bad = run("token", "create", "--scope", "admin", "--data-dir", dir.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--scope must be read or write"), bad::err);
        assertEquals(2, run("token", "create", "--data-dir", dir.toString()).code(), "--scope is required");
    }

    @Test
    void serveStartsOnAnEmptyDataDirectoryAndPrintsAFirstToken(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ParleyCommand.class.getName(), "serve", "--port", "0", "--data-dir", dir.resolve("fresh").toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String token = null;
            String url = null;
            for (String line; (line = out.readLine()) != null && url == null; ) {
                if (line.strip().startsWith("parley_")) {
                    token = line.strip();
                } else if (line.startsWith("Parley serves ")) {
                    url = line.substring("Parley serves ".length()).split("\\s+")[0];
                }
            }
            assertTrue(token != null && url != null, "serve printed no token or address");
            assertTrue(url.startsWith("http://127.0.0.1:"), url);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create(url + "api/me"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, me.statusCode(), me::body);
            assertTrue(me.body().contains("\"name\":\"admin\"") && me.body().contains("\"scope\":\"WRITE\""));
            HttpResponse<String> ui = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("Parley"));
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
