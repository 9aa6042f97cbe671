/**
 * {@code parley serve} (the REST API and browser UI of parley-server) and {@code parley token} (API tokens in the
 * server's database).
 */
package org.parley.cli.server;
