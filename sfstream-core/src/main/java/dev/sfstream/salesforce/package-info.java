/**
 * Salesforce streaming as an entrypoint extension: {@code @Subscribe}, {@code @HandleNotification} and
 * {@code @HandleSObjectNotification} entrypoints, served on the container's
 * {@link dev.sfstream.container.EntrypointExtension} SPI like any other kind. For each service that uses it, it
 * logs in once (sharing the login with the {@code @Dependency SalesforceApi} client it serves), opens the replay
 * store, dead-letter sink and leader election the configuration asks for, declares the PushTopics and opens one
 * streaming session per transport (CometD, Pub/Sub) shared by all of the service's Salesforce entrypoints. Its
 * options are set on the container's builder ({@link dev.sfstream.salesforce.SalesforceOptions}).
 */
package dev.sfstream.salesforce;
