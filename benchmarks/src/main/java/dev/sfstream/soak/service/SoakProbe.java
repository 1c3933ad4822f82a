package dev.sfstream.soak.service;

import dev.sfstream.soak.DeliveryLedger;
import dev.sfstream.soak.ScriptedFailures;

/** The soak service's window on the harness: it counts attempts, fails the scripted ones and records handlings. */
public final class SoakProbe {
    private final DeliveryLedger ledger;
    private final String eventType;

    /** {@code eventType}: the Nameko event type of this run, so that runs sharing a broker never see each other's. */
    public SoakProbe(DeliveryLedger ledger, String eventType) {
        this.ledger = ledger;
        this.eventType = eventType;
    }

    /** The Nameko event type (routing key) the service dispatches in this run. */
    public String eventType() {
        return eventType;
    }

    /** Counts an attempt at the event; throws when this attempt is scripted to fail (see {@link ScriptedFailures}). */
    public void attempt(String channel, long replayId) {
        ScriptedFailures.attempt(ledger, channel, replayId);
    }

    /** Records that the event was handled: its Nameko event was confirmed by the broker. */
    public void handled(String channel, long replayId) {
        ledger.handled(channel, replayId);
    }
}
