package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.EventPublishException;
import dev.sfstream.pubsub.EventPublisher;
import dev.sfstream.pubsub.PublishFailure;
import dev.sfstream.pubsub.PublishResult;
import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.rest.SalesforceError;
import dev.sfstream.rest.SalesforceException;
import dev.sfstream.rest.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Publishes platform events through REST, one {@code POST sobjects/Name__e} per event. */
public final class RestPublisher implements EventPublisher {
    private final SalesforceApi api;

    public RestPublisher(SalesforceApi api) {
        this.api = api;
    }

    @Override
    public List<PublishResult> publishAll(String eventName, List<? extends Map<String, ?>> events) {
        List<PublishResult> results = new ArrayList<>();
        for (Map<String, ?> fields : events) {
            results.add(publishOne(eventName, fields));
        }
        return results;
    }

    private PublishResult publishOne(String eventName, Map<String, ?> fields) {
        try {
            SaveResult saved = api.create(eventName, fields);
            if (saved.success()) {
                return new PublishResult(saved.id(), null, null);
            }
            SalesforceError first = saved.errors().isEmpty()
                    ? new SalesforceError("UNKNOWN", "not published", List.of()) : saved.errors().get(0);
            return new PublishResult(saved.id(), null, new PublishFailure(first.errorCode(), first.message()));
        } catch (SalesforceException refused) {
            if (refused.dependencyUnavailable() || refused.status() == 404 || refused.status() == 403) {
                throw new EventPublishException("publishing " + eventName + " through REST failed: "
                        + refused.getMessage(), refused);
            }
            return new PublishResult(null, null, new PublishFailure(refused.errorCode(), refused.salesforceMessage()));
        }
    }

    @Override
    public void close() {
    }
}
