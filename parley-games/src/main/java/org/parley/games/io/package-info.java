/**
 * Gambit file formats: {@link org.parley.games.io.GameReader} (dispatching to
 * {@link org.parley.games.io.NfgReader} and {@link org.parley.games.io.EfgReader}),
 * {@link org.parley.games.io.GameWriter}, {@link org.parley.games.io.GameJsonWriter}, and
 * {@link org.parley.games.io.GameFormatException} (file:line:column). Kept apart from the core so that
 * solvers never see files.
 */
package org.parley.games.io;
