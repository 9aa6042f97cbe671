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

    static String text(Context ctx, int maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw ApiProblem.badRequest("the request body could not be read");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest("the request body is not valid UTF-8 text");
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
