package org.parley.server.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * API tokens: 256 random bits shown once at creation ({@code parley_} + base64url), stored as their SHA-256 only.
 * A token is found by the hash of what the client presents (an indexed equality lookup, so there is no
 * timing-sensitive comparison of secrets in Java). Thread-safe.
 */
public final class TokenStore {
    /** The prefix of every token, so that a leaked one is recognisable. */
    public static final String PREFIX = "parley_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    public TokenStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** A token just created: the secret (shown once) and what is stored. */
    public record Created(String secret, ApiToken token) {
    }

    /**
     * Creates a token.
     *
     * @param expiresAt null for no expiry
     */
    public Created create(String name, TokenScope scope, Instant expiresAt) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Jdbc.now();
        Instant expires = expiresAt == null ? null : Jdbc.time(expiresAt).toInstant();
        long id = Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_token (name, scope, token_hash, created_at,"
                    + " expires_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                ps.setString(1, name);
                ps.setString(2, scope.name());
                ps.setString(3, hash(secret));
                ps.setObject(4, Jdbc.time(now));
                ps.setObject(5, Jdbc.time(expires));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Created(secret, new ApiToken(id, name, scope, now, expires, null));
    }

    /** The valid (not expired, not revoked) token with this secret, if any. */
    public Optional<ApiToken> authenticate(String secret, Instant now) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM api_token WHERE token_hash = ?")) {
                ps.setString(1, hash(secret));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(token(rs)) : Optional.<ApiToken>empty();
                }
            }
        }).filter(t -> t.validAt(now));
    }

    /** Every token, oldest first (without secrets, which are not stored). */
    public List<ApiToken> list() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM api_token ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<ApiToken> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(token(rs));
                }
                return out;
            }
        });
    }

    /**
     * Revokes a token (it stays listed, with its revocation time).
     *
     * @throws NotFoundException if there is no such token
     */
    public void revoke(long id) {
        int n = Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                ps.setObject(1, Jdbc.time(Jdbc.now()));
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
        if (n == 0 && list().stream().noneMatch(t -> t.id() == id)) {
            throw new NotFoundException("no token " + id);
        }
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), TokenScope.valueOf(rs.getString("scope")),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "expires_at"), Jdbc.instant(rs, "revoked_at"));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
