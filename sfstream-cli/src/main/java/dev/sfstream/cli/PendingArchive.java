package dev.sfstream.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The class data archive that {@code bin/sfstream} asked this JVM to write at exit ({@code -XX:ArchiveClassesAtExit},
 * named by {@code -Dsfstream.cds.pending}). A command that failed (a bad config, say) loaded only part of the
 * classes its next start needs, so its archive is marked for the launcher to discard, and the next start records
 * a new one.
 */
final class PendingArchive {
    static final String PROPERTY = "sfstream.cds.pending";

    private PendingArchive() {
    }

    /**
     * Marks the pending archive ({@code FILE.failed}) when the command's exit status is not 0.
     *
     * @param pending the archive's file name, the {@value #PROPERTY} system property; null when there is none
     */
    static void discardIfFailed(int status, String pending) {
        if (status == 0 || pending == null || pending.isBlank()) {
            return;
        }
        try {
            Files.write(Path.of(pending + ".failed"), new byte[0]);
        } catch (IOException | InvalidPathException unwritable) {
            // The archive is then kept: still correct (the JVM checks it), only covering fewer classes.
        }
    }
}
