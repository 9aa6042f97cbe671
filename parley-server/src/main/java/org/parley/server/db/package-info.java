/**
 * The server's storage: {@link org.parley.server.db.Database} (pool and Flyway migrations, H2 or PostgreSQL) and
 * one store per table family: {@link org.parley.server.db.ScenarioStore} (scenarios and their versions, with
 * optimistic concurrency), {@link org.parley.server.db.RunStore} (jobs and their results),
 * {@link org.parley.server.db.GameStore} (uploaded games) and {@link org.parley.server.db.TokenStore} (hashed API
 * tokens). Stores speak plain JDBC with portable SQL and return immutable records.
 */
package org.parley.server.db;
