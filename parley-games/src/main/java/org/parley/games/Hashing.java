package org.parley.games;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 over a canonical text encoding; labels are length-prefixed so no separator can collide. */
final class Hashing {
    private final MessageDigest md;

    Hashing() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JRE", e);
        }
    }

    Hashing text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        num(b.length);
        md.update(b);
        return this;
    }

    Hashing num(long v) {
        for (int i = 0; i < 8; i++) {
            md.update((byte) (v >>> (8 * i)));
        }
        return this;
    }

    Hashing value(Object o) {
        return text(String.valueOf(o));
    }

    String hex() {
        StringBuilder sb = new StringBuilder(64);
        for (byte b : md.digest()) {
            sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }
}
