package dev.sfstream.container;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A PKCS#12 key store whose certificate names only {@code wrong.example}, made with the JDK's keytool. */
final class WrongHostKeyStore {
    static final String PASSWORD = "wrong-host";

    private WrongHostKeyStore() {
    }

    static Path create() throws Exception {
        Path file = Files.createTempDirectory("sfstream-wrong-host").resolve("wrong-host.p12");
        Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-genkeypair", "-alias", "wrong", "-keyalg", "EC", "-dname", "CN=wrong.example",
                "-ext", "SAN=dns:wrong.example", "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD)).redirectErrorStream(true).start();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + new String(keytool.getInputStream().readAllBytes()));
        }
        file.toFile().deleteOnExit();
        file.getParent().toFile().deleteOnExit();
        return file;
    }
}
