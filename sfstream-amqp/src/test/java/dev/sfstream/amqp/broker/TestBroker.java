package dev.sfstream.amqp.broker;

import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The RabbitMQ on 127.0.0.1:5672 (guest/guest) seen from a test: a raw client connection, unique names
 * that are deleted again on {@link #close()}, and {@code rabbitmqctl} to drop client connections by name.
 */
public final class TestBroker implements AutoCloseable {
    public static final String URI = "amqp://guest:guest@127.0.0.1:5672/";

    private final Connection connection;
    private final List<String> exchanges = new ArrayList<>();
    private final List<String> queues = new ArrayList<>();

    public TestBroker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        connection = factory.newConnection("sfstream-test:raw");
    }

    /** A fresh channel on the raw connection (a channel closed by a broker error is not reused). */
    public Channel channel() throws IOException {
        return connection.createChannel();
    }

    /** A name no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique service name whose {@code {name}.events} exchange is deleted on close. */
    public String service(String prefix) {
        String name = unique(prefix);
        exchanges.add(name + ".events");
        return name;
    }

    /** Deletes {@code queue} on close. */
    public String queue(String queue) {
        queues.add(queue);
        return queue;
    }

    /** Declares a server-named queue bound to {@code exchange} with {@code bindingKey}; deleted on close. */
    public String bindTemporaryQueue(String exchange, String bindingKey) throws IOException {
        try (Channel channel = channel()) {
            channel.exchangeDeclare(exchange, "topic", true, false, null);
            String queue = queue(channel.queueDeclare(unique("sfstream-test-q"), true, false, false, null).getQueue());
            channel.queueBind(queue, exchange, bindingKey);
            return queue;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        }
    }

    /**
     * Declares the topic exchange {@code exchange} so that every message published to it lands on the returned
     * queue, whatever its routing key. The queue is bound to a fanout alternate exchange before {@code exchange}
     * exists, so no publish can reach {@code exchange} in between and be dropped as unroutable, which a queue
     * bound after the exchange's declaration cannot promise. All of it is deleted on close.
     */
    public String declareExchangeCatchingEverything(String exchange) throws IOException {
        String alternate = exchange + ".unrouted";
        exchanges.add(alternate);
        try (Channel channel = channel()) {
            channel.exchangeDeclare(alternate, "fanout", false, false, null);
            String queue = queue(channel.queueDeclare(unique("sfstream-test-q"), true, false, false, null).getQueue());
            channel.queueBind(queue, alternate, "");
            channel.exchangeDeclare(exchange, "topic", true, false, Map.of("alternate-exchange", alternate));
            return queue;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        }
    }

    /** Waits up to {@code atMost} for a message on {@code queue} and takes it (auto-ack). */
    public GetResponse awaitMessage(String queue, Duration atMost) throws IOException {
        Channel channel = channel();
        AtomicReference<GetResponse> response = new AtomicReference<>();
        await().atMost(atMost).until(() -> {
            response.set(channel.basicGet(queue, true));
            return response.get() != null;
        });
        return response.get();
    }

    /** Closes every client connection named {@code connectionName} from the broker side; returns how many. */
    public static int closeConnections(String connectionName) throws Exception {
        int closed = 0;
        for (String pid : connectionsNamed(connectionName)) {
            rabbitmqctl("close_connection", pid, "sfstream test drops the connection");
            closed++;
        }
        return closed;
    }

    /** The broker's process ids of the open connections with this client-provided name. */
    public static List<String> connectionsNamed(String connectionName) throws Exception {
        String marker = "{\"connection_name\",\"" + connectionName + "\"}";
        List<String> pids = new ArrayList<>();
        for (String line : rabbitmqctl("list_connections", "pid", "state", "client_properties").split("\n")) {
            String[] columns = line.split("\t");
            if (columns.length == 3 && columns[2].contains(marker) && !columns[1].equals("closing")) {
                pids.add(columns[0]);
            }
        }
        return pids;
    }

    /** The prefetch count and manual-ack flag of each consumer of {@code queue}, as {@code "prefetch=10 ack=true"}. */
    public static List<String> consumerSettings(String queue) throws Exception {
        String[] lines = rabbitmqctl("list_consumers", "queue_name", "prefetch_count", "ack_required").split("\n");
        List<String> header = List.of(lines[0].split("\t"));
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] columns = lines[i].split("\t");
            if (columns.length == header.size() && columns[header.indexOf("queue_name")].equals(queue)) {
                settings.add("prefetch=" + columns[header.indexOf("prefetch_count")]
                        + " ack=" + columns[header.indexOf("ack_required")]);
            }
        }
        return settings;
    }

    private static String rabbitmqctl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("rabbitmqctl " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws Exception {
        try (Channel channel = channel()) {
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
            for (String exchange : exchanges) {
                channel.exchangeDelete(exchange);
            }
        } finally {
            connection.close();
        }
    }
}
