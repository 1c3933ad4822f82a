package dev.sfstream.salesforce.internal;

import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.rest.SalesforceApi;

/**
 * Serves {@code @Dependency SalesforceApi} fields: the REST client of the Salesforce extension's login, shared with
 * the streaming sessions (so a rejected token causes one login).
 */
final class SalesforceApiDependency implements DependencyProvider<SalesforceApi> {
    private volatile SalesforceApi api;

    @Override
    public Class<SalesforceApi> type() {
        return SalesforceApi.class;
    }

    /** Serves the client of a new login from now on. */
    void use(SalesforceApi value) {
        api = value;
    }

    @Override
    public SalesforceApi get(WorkerContext worker) {
        SalesforceApi current = api;
        if (current == null) {
            throw new IllegalStateException("the SalesforceApi dependency is used before the Salesforce extension "
                    + "logged in");
        }
        return current;
    }
}
