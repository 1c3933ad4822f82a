package dev.sfstream.soak.service;

/**
 * The relays between the service under test and what it talks to over the network.
 *
 * @param broker to RabbitMQ ({@code AMQP_URI} points here)
 * @param emulatorHttp to the emulator's HTTP port (login, REST and CometD: {@code LOGIN_URL} points here, and the
 *     emulator hands out instance URLs as the client addressed it)
 * @param emulatorPubSub to the emulator's Pub/Sub API port ({@code PUBSUB_HOST} / {@code PUBSUB_PORT})
 */
public record Relays(TcpRelay broker, TcpRelay emulatorHttp, TcpRelay emulatorPubSub) implements AutoCloseable {
    /** Opens the three relays. */
    public static Relays open(String brokerHost, int brokerPort, int emulatorPort, int pubSubPort) {
        TcpRelay broker = TcpRelay.open("broker", brokerHost, brokerPort);
        TcpRelay http = TcpRelay.open("emulator-http", "127.0.0.1", emulatorPort);
        TcpRelay pubSub = TcpRelay.open("emulator-pubsub", "127.0.0.1", pubSubPort);
        return new Relays(broker, http, pubSub);
    }

    @Override
    public void close() {
        broker.close();
        emulatorHttp.close();
        emulatorPubSub.close();
    }
}
