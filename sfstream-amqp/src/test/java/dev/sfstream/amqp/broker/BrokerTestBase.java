package dev.sfstream.amqp.broker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that talk to the local RabbitMQ: a fresh {@link TestBroker} per test, closed after it. */
public abstract class BrokerTestBase {
    protected TestBroker broker;

    @BeforeEach
    protected void connectBroker() throws Exception {
        broker = new TestBroker();
    }

    @AfterEach
    protected void closeBroker() throws Exception {
        broker.close();
    }
}
