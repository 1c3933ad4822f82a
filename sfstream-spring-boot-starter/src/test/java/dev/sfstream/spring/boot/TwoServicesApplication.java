package dev.sfstream.spring.boot;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.notification.Notification;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A Boot application with two sfstream services as beans, their channels from properties. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({TwoServicesApplication.AccountService.class, TwoServicesApplication.OrderService.class})
public class TwoServicesApplication {
    @Bean
    Received received() {
        return new Received();
    }

    /** A value bound to one worker, served by a DependencyProvider bean. */
    public record WorkerTag(String callId) {
    }

    /** A dependency provider declared as a bean: the starter adds it to every service. */
    @Bean
    DependencyProvider<WorkerTag> workerTags() {
        return new DependencyProvider<>() {
            @Override
            public Class<WorkerTag> type() {
                return WorkerTag.class;
            }

            @Override
            public WorkerTag get(WorkerContext worker) {
                return new WorkerTag(worker.callId());
            }
        };
    }

    /** Account changes (a declared PushTopic), the sObject type from {@code app.sobject}. */
    @ServiceName("accounts")
    public static class AccountService {
        private final Received received;
        @Dependency
        WorkerContext worker;

        public AccountService(Received received) {
            this.received = received;
        }

        @HandleSObjectNotification(value = "${app.sobject}", excludeCurrentUser = false)
        public void onAccount(String sobjectType, String recordType, Notification notification) {
            received.add(new Received.Handled("accounts", sobjectType, this, worker, notification));
        }
    }

    /** Platform events on the channel {@code app.channel}; a dependency from a provider bean. */
    @ServiceName("orders")
    public static class OrderService {
        private final Received received;
        @Dependency
        WorkerContext worker;
        @Dependency
        WorkerTag tag;

        public OrderService(Received received) {
            this.received = received;
        }

        @Subscribe("${app.channel}")
        public void onOrder(String channel, Notification notification) {
            if (!tag.callId().equals(worker.callId())) {
                throw new IllegalStateException("the provider bean's value is another worker's: " + tag);
            }
            received.add(new Received.Handled("orders", channel, this, worker, notification));
        }
    }
}
