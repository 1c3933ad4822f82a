package dev.sfstream.spring.boot;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.container.Dependency;
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

    /** Platform events on the channel {@code app.channel}. */
    @ServiceName("orders")
    public static class OrderService {
        private final Received received;
        @Dependency
        WorkerContext worker;

        public OrderService(Received received) {
            this.received = received;
        }

        @Subscribe("${app.channel}")
        public void onOrder(String channel, Notification notification) {
            received.add(new Received.Handled("orders", channel, this, worker, notification));
        }
    }
}
