package dev.sfstream.testkit;

import dev.sfstream.events.EventDispatcher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A fake {@link EventDispatcher} that remembers every event instead of publishing it. */
public final class RecordingEventDispatcher implements EventDispatcher {
    /**
     * One dispatched event.
     *
     * @param eventType the event type
     * @param payload the payload as given
     */
    public record Event(String eventType, Object payload) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void dispatch(String eventType, Object payload) {
        events.add(new Event(eventType, payload));
    }

    /** Every event dispatched so far, in order. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The types of every event dispatched so far, in order. */
    public List<String> eventTypes() {
        return events.stream().map(Event::eventType).toList();
    }
}
