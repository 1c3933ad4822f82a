package startup;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.notification.Notification;
import java.util.concurrent.atomic.AtomicLong;

/** The service measure.sh times: one PushTopic handler that reports its first and its Nth event on stdout. */
@ServiceName("startup")
public class StartupService {
    // Each worker gets a new instance, so the count lives in the class: this fixture runs once per process.
    private static final AtomicLong HANDLED = new AtomicLong();
    private static final long LAST = Long.parseLong(System.getenv().getOrDefault("STARTUP_EVENTS", "1"));

    @HandleNotification(name = "StartupAccounts", query = "SELECT Id, Name FROM Account")
    public void handle(String name, Notification notification) {
        long count = HANDLED.incrementAndGet();
        if (count == 1) {
            System.out.println("startup: first event");
        }
        if (count == LAST) {
            System.out.println("startup: last event");
        }
    }
}
