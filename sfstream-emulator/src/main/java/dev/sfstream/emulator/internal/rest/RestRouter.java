package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.notify.GenericStreamingPublisher;
import dev.sfstream.emulator.internal.notify.PlatformEventPublisher;
import dev.sfstream.emulator.internal.pubsub.ManagedSubscriptions;
import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.OrgStore;

/** Sends a {@link RestCall} to its resource and turns refusals into Salesforce error bodies. */
public final class RestRouter {
    private final SObjectResource sobjects;
    private final QueryResource query;
    private final CompositeResource composite;
    private final LimitsResource limits;
    private final ToolingResource tooling;

    public RestRouter(OrgStore store, int queryBatchSize, ApiUsage usage, PlatformEventPublisher events,
                      GenericStreamingPublisher push, ManagedSubscriptions managedSubscriptions) {
        this.sobjects = new SObjectResource(store, events, push);
        this.query = new QueryResource(store, queryBatchSize);
        this.composite = new CompositeResource(this, store);
        this.limits = new LimitsResource(usage, events, store);
        this.tooling = new ToolingResource(managedSubscriptions);
    }

    public RestResult route(RestCall call) {
        try {
            if (!ApiVersions.supported(call.version())) {
                throw ApiError.notFound();
            }
            String first = call.segment(0);
            if (first == null) {
                return RestResult.ok(ApiVersions.resources(call.version()));
            }
            return switch (first) {
                case "sobjects" -> sobjects.handle(call);
                case "query" -> query.handle(call, false);
                case "queryAll" -> query.handle(call, true);
                case "composite" -> composite.handle(call);
                case "limits" -> limits.handle(call);
                case "tooling" -> tooling.handle(call);
                default -> throw ApiError.notFound();
            };
        } catch (ApiError e) {
            return RestResult.error(e);
        }
    }
}
