package org.parley.views.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file safely (issue 12): never through a symbolic link, atomically (a temporary file in the same
 * directory, then a rename, so a reader never sees half a report and an interrupted run leaves the old one), and
 * only inside the directory it is given. Reports whether an earlier report was replaced.
 */
public final class ReportFile {
    private ReportFile() {
    }

    /**
     * Writes {@code content} (UTF-8) as {@code name} inside {@code dir}, creating the directory.
     *
     * @param name a plain file name (no separators, not {@code .} or {@code ..})
     * @return true when an earlier file of that name was replaced
     * @throws UncheckedIOException with the reason when the file cannot be written, or is a symbolic link
     * @throws IllegalArgumentException when {@code name} is not a plain file name
     */
    public static boolean write(Path dir, String name, String content) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        Path file = dir.resolve(name);
        try {
            if (Files.isSymbolicLink(dir.resolve(name))) {
                throw new IOException(file + " is a symbolic link; refusing to write through it (remove it first)");
            }
            Files.createDirectories(dir);
            boolean replaced = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            if (replaced && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " exists and is not a regular file");
            }
            Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return replaced;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file + ": " + reason(e), e);
        }
    }

    /** The reason in words: Java's file exceptions often carry only the path as their message. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory (" + e.getMessage() + ")";
        }
        if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a path component is not a directory (" + e.getMessage() + ")";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
