package org.parley.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Reading request bodies: bounded in size (413 beyond), strictly UTF-8 (400 for malformed bytes). */
final class Bodies {
    private Bodies() {
    }

    /**
     * How much of an oversized body is read and dropped before the 413: closing a connection with unread data makes
     * TCP reset it, and a client still writing then sees "broken pipe" instead of the answer (nginx's lingering
     * close solves the same). Beyond this the connection is simply closed.
     */
    private static final long DRAIN_BYTES = 8L * 1024 * 1024;

    static String text(Context ctx, int maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            drain(ctx, declared);
            throw tooLarge(maxBytes);
        }
        byte[] bytes;
        try { // not closed here: the container owns the stream, and an oversized body is drained below
            bytes = ctx.req().getInputStream().readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw ApiProblem.badRequest("the request body could not be read");
        }
        if (bytes.length > maxBytes) {
            drain(ctx, DRAIN_BYTES);
            throw tooLarge(maxBytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest("the request body is not valid UTF-8 text");
        }
    }

    /** Reads and drops up to {@link #DRAIN_BYTES} of the rest of the body, and asks to close the connection. */
    private static void drain(Context ctx, long declared) {
        ctx.header("Connection", "close");
        if (declared > DRAIN_BYTES) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = DRAIN_BYTES;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    static ApiProblem tooLarge(int maxBytes) {
        return new ApiProblem(413, "too-large", "Request body too large",
                "the request body is larger than the limit of " + maxBytes + " bytes");
    }

    /** The media type of the request without parameters, lower case, or "" when absent. */
    static String mediaType(Context ctx) {
        String ct = ctx.contentType();
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
