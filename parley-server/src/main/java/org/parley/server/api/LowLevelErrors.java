package org.parley.server.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (requests refused before they reach the API: a malformed URI, a NUL in the path, an
 * oversized header) as problem details too, instead of Jetty's HTML page.
 */
final class LowLevelErrors implements Request.Handler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object s = request.getAttribute(ErrorHandler.ERROR_STATUS);
        int status = s instanceof Integer i ? i : response.getStatus() >= 400 ? response.getStatus() : 400;
        String body = "{\"type\":\"/problems/bad-request\",\"title\":\"Malformed request\",\"status\":" + status
                + ",\"detail\":\"the request was refused before it reached the API (malformed URI or headers)\","
                + "\"errors\":[]}";
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
