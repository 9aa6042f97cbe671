/**
 * The {@code parley} command line (picocli): {@code analyze}, {@code validate}, {@code forecast}, {@code levers}
 * and, from {@code org.parley.cli.game}, {@code game}. Thin by design: a command parses its options, calls the
 * scenario reader, the models, the analysis plan (crisis games and levers) or the game engine, and hands the typed
 * results to a view of parley-views (text, JSON, CSV, the HTML report); it prints nothing of its own making beyond
 * the report's path. Commands only throw: {@link org.parley.cli.CliErrors} alone maps exceptions to messages and exit
 * codes ({@link org.parley.cli.ExitCodes}). Every command is documented in {@code docs/CLI.md}. No classpath
 * scanning or reflection beyond picocli's annotation reading.
 */
package org.parley.cli;
