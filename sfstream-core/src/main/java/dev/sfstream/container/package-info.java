/**
 * The service container: {@link dev.sfstream.container.ServiceContainer} checks a service class and runs it (start
 * the dependencies it uses, then each entrypoint extension it uses, in order; graceful bounded stop, immediate
 * kill), {@link dev.sfstream.container.ServiceRunner} runs several in one process. Dependencies are injected into
 * {@link dev.sfstream.container.Dependency} fields by {@link dev.sfstream.container.DependencyProvider}s, per worker,
 * on a new service instance per worker as in Nameko. Every entrypoint kind plugs in through
 * {@link dev.sfstream.container.EntrypointExtension}: Salesforce streaming ({@code dev.sfstream.salesforce}) is the
 * built-in one, and the container knows nothing of Salesforce.
 */
package dev.sfstream.container;
