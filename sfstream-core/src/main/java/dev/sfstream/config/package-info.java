/**
 * Configuration: the YAML file with Nameko's {@code ${ENV_VAR}} and {@code ${ENV_VAR:default}}
 * interpolation ({@link dev.sfstream.config.ConfigLoader}), and the checked, typed view of the
 * {@code SALESFORCE} section and the top-level keys ({@link dev.sfstream.config.SfstreamConfig}), with the
 * original's defaults and exact error messages.
 */
package dev.sfstream.config;
