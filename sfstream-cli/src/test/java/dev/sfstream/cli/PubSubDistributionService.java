package dev.sfstream.cli;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Pub/Sub service {@code DistributionIT} runs with the distribution's {@code bin/sfstream run}. */
@ServiceName("dist-pubsub")
public class PubSubDistributionService {
    private static final Logger LOG = LoggerFactory.getLogger(PubSubDistributionService.class);

    /** Logs each order, which the test looks for in the process output. */
    @Subscribe("/event/Order__e")
    public void order(String channel, Notification notification) {
        LOG.info("dist-pubsub handled order {}", notification.payload().get("Number__c"));
    }
}
