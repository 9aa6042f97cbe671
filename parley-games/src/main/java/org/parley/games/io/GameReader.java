package org.parley.games.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.games.Game;

/**
 * Reads a Gambit .nfg or .efg file, choosing the reader from the header word (NFG or EFG), not from the
 * file name. The file is read as UTF-8 (Gambit's files are ASCII or UTF-8).
 */
public final class GameReader {
    private GameReader() {
    }

    /**
     * @throws GameFormatException (file:line:column) if the text is not a valid game
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Game read(Path file) {
        return read(file, GameLimits.DEFAULT);
    }

    /**
     * Reads a file within the given limits (its size is checked before it is read).
     *
     * @throws GameFormatException (file:line:column) if the text is not a valid game or crosses a limit
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Game read(Path file, GameLimits limits) {
        String text;
        try {
            long bytes = Files.size(file);
            if (bytes > limits.maxFileBytes()) {
                throw new GameFormatException(file.toString(), 1, 1, "the file has " + bytes
                        + " bytes, more than the limit of " + limits.maxFileBytes() + limits.raiseHint("file-bytes"));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException e2) {
                throw new UncheckedIOException(e2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(text, file.toString(), limits);
    }

    /** Parses text; {@code source} names it in error messages. */
    public static Game read(String text, String source) {
        return read(text, source, GameLimits.DEFAULT);
    }

    /** Parses text within the given limits; {@code source} names it in error messages. */
    public static Game read(String text, String source, GameLimits limits) {
        Lexer lx = new Lexer(text, source);
        if (lx.is(Lexer.Kind.WORD) && lx.text.equals("NFG")) {
            return NfgReader.read(lx, source, limits);
        }
        if (lx.is(Lexer.Kind.WORD) && lx.text.equals("EFG")) {
            return EfgReader.read(lx, source, limits);
        }
        throw lx.error("not a Gambit game: expected 'NFG' or 'EFG' at the start");
    }
}
