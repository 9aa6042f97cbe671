/**
 * The {@code parley} command line (picocli): {@code analyze}, {@code validate}, {@code forecast}, {@code levers}
 * and, from {@code org.parley.cli.game}, {@code game}. Thin by design: commands parse options, call the scenario
 * reader, the analysis plan (crisis games and levers, {@code org.parley.analysis.plan}), the models and the report,
 * and print; every command documented in {@code docs/CLI.md}; {@link org.parley.cli.CliErrors} maps exception types to exit codes
 * ({@link org.parley.cli.ExitCodes}). No classpath scanning or reflection beyond picocli's annotation reading.
 */
package org.parley.cli;
