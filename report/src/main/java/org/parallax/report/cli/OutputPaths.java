package org.parallax.report.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Checks and messages for the files a command writes: {@link #checkWritable} before anything is written (so
 * that a command with two outputs never leaves one written and fails on the other), and {@link #reason} for an
 * I/O error that names the path once (Java's {@code NoSuchFileException} message is the bare path).
 *
 * <pre>{@code
 * OutputPaths.checkWritable("--dictionary-out", Path.of("/nonexistent/d.tsv"));
 * // IllegalStateException: cannot write --dictionary-out /nonexistent/d.tsv: no such directory /nonexistent
 * }</pre>
 */
final class OutputPaths {
    private OutputPaths() {}

    /**
     * Fails unless {@code file} can be written: its folder exists and is writable, and the file, if it
     * exists, is a writable regular file.
     *
     * @throws IllegalStateException naming the option and the path, and why (a failure: exit code 1)
     */
    static void checkWritable(String option, Path file) {
        String why = problem(file);
        if (why != null) throw new IllegalStateException("cannot write " + option + " " + file + ": " + why);
    }

    private static String problem(Path file) {
        if (Files.isDirectory(file)) return "it is a folder";
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) return "no folder to write it in";
        if (!Files.exists(parent)) return "no such folder " + parent;
        if (!Files.isDirectory(parent)) return parent + " is not a folder";
        if (Files.exists(file)) return Files.isWritable(file) ? null : "permission denied";
        return Files.isWritable(parent) ? null : "permission denied in " + parent;
    }

    /** Why an I/O error on {@code file} happened, without repeating the path. */
    static String reason(IOException e, Path file) {
        if (e instanceof NoSuchFileException) {
            Path parent = file.toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent) ? "no such folder " + parent : "no such file";
        }
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "a part of the path is not a folder";
        if (e instanceof FileAlreadyExistsException) return "it already exists";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.equals(file.toString()) ? e.getClass().getSimpleName() : m;
    }
}
