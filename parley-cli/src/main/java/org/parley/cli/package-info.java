/**
 * The {@code parley} command line (picocli): {@code analyze}, {@code validate}, {@code forecast} and, from
 * {@code org.parley.cli.game}, {@code game}. Thin by design: commands parse options, call the scenario reader, the
 * models and the report, and print; {@link org.parley.cli.CliErrors} maps exception types to exit codes
 * ({@link org.parley.cli.ExitCodes}). No classpath scanning or reflection beyond picocli's annotation reading.
 */
package org.parley.cli;
