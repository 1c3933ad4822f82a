package dev.sfstream.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandErrorsTest {
    @Test
    void anUnknownServiceClassExitsWithStatusOne() {
        assertThat(new CommandLine(new RunCommand()).execute("com.acme.NoSuchService")).isEqualTo(1);
    }

    @Test
    void anUnknownServiceClassExitsWithStatusOneWithoutPicocliToo() {
        assertThat(RunCommand.executeWithoutPicocli(java.util.List.of("com.acme.NoSuchService"))).contains(1);
        assertThat(RunCommand.executeWithoutPicocli(java.util.List.of("--help"))).isEmpty();
    }

    @Test
    void aMissingClasspathEntryExitsWithStatusOne(@TempDir Path dir) {
        assertThat(new CommandLine(new RunCommand()).execute("--classpath", dir.resolve("missing.jar").toString(),
                ProcessTestService.class.getName())).isEqualTo(1);
    }

    @Test
    void aConfigWithoutTheSalesforceSectionExitsWithStatusOne(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "max_workers: 4\n");
        assertThat(new CommandLine(new RunCommand()).execute("--config", config.toString(),
                ProcessTestService.class.getName())).isEqualTo(1);
    }

    @Test
    void theClassPathTakesDirectoriesAndJars(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("a.jar"));
        ClassLoader loader = ServiceClassPath.of(java.util.List.of(dir.toString()), getClass().getClassLoader());
        assertThat(((java.net.URLClassLoader) loader).getURLs()).hasSize(2);
        assertThat(ServiceClassPath.load(loader, ProcessTestService.class.getName()))
                .isEqualTo(ProcessTestService.class);
    }
}
