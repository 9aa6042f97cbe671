/**
 * {@code parley serve}: the server process ({@link org.parley.server.ParleyServer}, configured by
 * {@link org.parley.server.ServerConfig} and bounded by {@link org.parley.server.Limits}). Sub-packages: the REST API
 * ({@code api}), storage ({@code db}) and runs as jobs ({@code jobs}); the browser UI is plain ES modules in the jar
 * under {@code org/parley/server/ui}.
 */
package org.parley.server;
