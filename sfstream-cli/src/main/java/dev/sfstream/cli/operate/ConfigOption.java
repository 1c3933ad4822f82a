package dev.sfstream.cli.operate;

import dev.sfstream.config.ConfigLoader;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.config.SfstreamConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option of every operator command: the configuration {@code sfstream run} takes. */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "YAML configuration, as `sfstream run` takes it ($${ENV:default} interpolated).")
    Path file;

    /**
     * The loaded, checked configuration.
     *
     * @throws dev.sfstream.config.ConfigurationException naming a missing or bad key
     * @throws OperatorException when the file does not exist
     */
    public SfstreamConfig load() {
        return SfstreamConfig.of(raw());
    }

    /**
     * Every key as loaded, after interpolation.
     *
     * @throws OperatorException when the file does not exist
     */
    public Map<String, Object> raw() {
        if (!Files.isRegularFile(file)) {
            throw new OperatorException("--config " + file + " does not exist");
        }
        return ConfigLoader.fromProcessEnvironment().load(file);
    }

    /** The checked {@code SALESFORCE} section. */
    public SalesforceSettings salesforce() {
        return load().salesforce();
    }
}
