/**
 * The REST API under {@code /api} (described by {@code /openapi.json}, OpenAPI 3.1): one routes class per resource
 * ({@link org.parley.server.api.ScenarioRoutes}, {@link org.parley.server.api.RunRoutes},
 * {@link org.parley.server.api.GameRoutes}, {@link org.parley.server.api.TokenRoutes}), token authentication
 * ({@link org.parley.server.api.Auth}), errors as RFC 9457 problem details ({@link org.parley.server.api.ApiProblem},
 * {@link org.parley.server.api.ProblemHandler}), bounded request reading and the server's limits.
 */
package org.parley.server.api;
