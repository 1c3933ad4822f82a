package dev.sfstream.cli.deadletters;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.container.Dependency;
import dev.sfstream.notification.Notification;
import dev.sfstream.rest.SalesforceApi;
import java.util.Map;

/**
 * Fails until the org has an Account named {@code retry-allowed}, then records each order as a {@code Retried__c}
 * in the org: what {@code DeadLettersCommandTest} dead-letters, then retries.
 */
@ServiceName("retry-test")
public class RetryTestService {
    @Dependency
    SalesforceApi salesforce;

    /** Records the order once retries are allowed. */
    @Subscribe("/event/Retry__e")
    public void handle(Notification notification) {
        Object order = notification.payload().get("Order__c");
        if (salesforce.query("SELECT Id FROM Account WHERE Name = 'retry-allowed'").totalSize() == 0) {
            throw new IllegalStateException("not allowed yet: " + order);
        }
        salesforce.create("Retried__c", Map.of("Order__c", order));
    }
}
