package dev.sfstream.events;

/**
 * Publishes Nameko events from a service: {@code dispatch("order_created", payload)} sends the payload
 * as JSON to the {@code {service}.events} exchange with the event type as routing key.
 */
public interface EventDispatcher {
    /**
     * Publishes one event and returns once it is safely accepted.
     *
     * @param eventType the routing key, e.g. {@code salesforce_lead_updated}
     * @param payload any value Jackson can write as JSON
     * @throws EventDispatchException when the event could not be published or confirmed
     */
    void dispatch(String eventType, Object payload);
}
