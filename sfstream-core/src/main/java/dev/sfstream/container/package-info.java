/**
 * The service container: {@link dev.sfstream.container.ServiceContainer} checks a service class and runs it
 * (log in, declare PushTopics, one streaming session, subscribe, start extension entrypoints; graceful
 * bounded stop, immediate kill), {@link dev.sfstream.container.ServiceRunner} runs several in one process.
 * Dependencies are injected into {@link dev.sfstream.container.Dependency} fields by
 * {@link dev.sfstream.container.DependencyProvider}s, per worker, on a new service instance per worker as in
 * Nameko; other entrypoint kinds plug in through {@link dev.sfstream.container.EntrypointExtension}.
 */
package dev.sfstream.container;
