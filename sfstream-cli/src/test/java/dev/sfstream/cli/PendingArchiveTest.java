package dev.sfstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's pending class data archive is marked for discarding after a failed command only. */
class PendingArchiveTest {
    @Test
    void aFailedCommandMarksItsPendingArchive(@TempDir Path dir) {
        Path pending = dir.resolve("run.pending.jsa");
        PendingArchive.discardIfFailed(1, pending.toString());
        assertThat(dir.resolve("run.pending.jsa.failed")).exists();
    }

    @Test
    void aCommandThatSucceededLeavesItAlone(@TempDir Path dir) {
        PendingArchive.discardIfFailed(0, dir.resolve("run.pending.jsa").toString());
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void withoutAPendingArchiveOrWithAnUnwritableOneNothingHappens(@TempDir Path dir) {
        PendingArchive.discardIfFailed(1, null);
        PendingArchive.discardIfFailed(1, dir.resolve("missing-dir/run.pending.jsa").toString());
        assertThat(dir).isEmptyDirectory();
    }
}
