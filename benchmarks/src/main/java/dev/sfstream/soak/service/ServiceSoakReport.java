package dev.sfstream.soak.service;

import dev.sfstream.soak.SoakReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a whole-service soak run: the first hop (Salesforce to handler) as the streaming soak reports it,
 * the second hop (handler to the RabbitMQ queue), and the verdict over both.
 *
 * @param firstHop published, handled, dead-lettered, lost, duplicates and their bound, faults, threads, sockets, heap
 * @param publishedByChannel events published on each channel
 * @param heldThroughOutages events whose handler ran more often than its retries allow: held while a dependency
 *     (the broker) was down and retried until it came back, instead of being dead-lettered
 * @param delivered distinct events whose Nameko event reached the queue
 * @param queueDuplicates Nameko events that reached the queue again
 * @param lostOnQueue handled events whose Nameko event never reached the queue
 * @param lostOnQueueSample some of them, by channel
 * @param unknownOnQueue Nameko events in the queue for events that were never handled
 * @param unreadableOnQueue messages in the queue that did not name a channel and replay id
 * @param brokerConnections connections the service opened to the broker (through its relay) during the run
 * @param emulatorConnections HTTP connections it opened to the emulator
 * @param pubSubConnections connections it opened to the emulator's Pub/Sub API
 */
public record ServiceSoakReport(SoakReport firstHop, Map<String, Long> publishedByChannel, long heldThroughOutages,
                                long delivered,
                                long queueDuplicates, long lostOnQueue, Map<String, List<Long>> lostOnQueueSample,
                                long unknownOnQueue, long unreadableOnQueue, int brokerConnections,
                                int emulatorConnections, int pubSubConnections) {

    /** What went wrong on either hop; empty when the run passed. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(firstHop.problems());
        if (lostOnQueue > 0) {
            problems.add(lostOnQueue + " handled events never reached the RabbitMQ queue, e.g. " + lostOnQueueSample);
        }
        if (unknownOnQueue > 0) {
            problems.add(unknownOnQueue + " events reached the queue without having been handled");
        }
        if (unreadableOnQueue > 0) {
            problems.add(unreadableOnQueue + " messages in the queue did not name a channel and replay id");
        }
        if (queueDuplicates > firstHop.duplicateBound()) {
            problems.add(queueDuplicates + " duplicates in the queue exceed the in-flight bound "
                    + firstHop.duplicateBound());
        }
        return problems;
    }

    public boolean passed() {
        return problems().isEmpty();
    }
}
