package dev.sfstream.pubsub;

import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceApi;

/**
 * Serves {@code @Dependency EventPublisher} fields (found with {@link java.util.ServiceLoader}): over the Pub/Sub
 * API when {@code SALESFORCE.TRANSPORT} is {@code pubsub} (at {@code PUBSUB_HOST}/{@code PUBSUB_PORT}), else
 * through REST. It logs in with the service's {@code SALESFORCE} settings; one publisher serves every worker.
 */
public final class EventPublisherProvider implements DependencyProvider<EventPublisher> {
    private SalesforceLogin login;
    private SalesforceApi api;
    private EventPublisher publisher;

    @Override
    public Class<EventPublisher> type() {
        return EventPublisher.class;
    }

    @Override
    public void start(ServiceContext service) {
        SalesforceSettings settings = SalesforceSettings.from(service.config());
        login = new SalesforceLogin(settings.loginSettings());
        if (PubSubTransportProvider.NAME.equals(settings.transport())) {
            publisher = EventPublisher.pubSub(login, PubSubSettings.defaults()
                    .with(settings.pubSubOptions()));
        } else {
            api = SalesforceApi.connect(login, RestSettings.defaults(settings.apiVersion()));
            publisher = EventPublisher.rest(api);
        }
    }

    @Override
    public EventPublisher get(WorkerContext worker) {
        return publisher;
    }

    @Override
    public void stop() {
        if (publisher != null) {
            publisher.close();
        }
        if (api != null) {
            api.close();
        }
        if (login != null) {
            login.close();
        }
    }
}
