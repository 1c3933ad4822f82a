package dev.sfstream.streaming.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.cometd.bayeux.Message;
import org.cometd.client.BayeuxClient;
import org.cometd.client.transport.ClientTransport;

/**
 * A CometD client that leaves every recovery decision to the session's recovery machine: every failure
 * stops this client and is reported, so that one serialized machine decides what comes next instead of
 * CometD's advice handling racing it. A poll that failed on the network is not retried on the same client
 * id: the server may already have handed events to the lost response, and only a new session that
 * resubscribes from the watermarks gets them back.
 */
final class SalesforceBayeuxClient extends BayeuxClient {
    private final Consumer<BayeuxFailure> onFailure;
    private volatile boolean closing;

    /** @param onFailure told each failure; this client is stopped by then */
    SalesforceBayeuxClient(String url, ScheduledExecutorService scheduler, ClientTransport transport,
            Consumer<BayeuxFailure> onFailure) {
        super(url, scheduler, transport);
        this.onFailure = onFailure;
    }

    /** From now on failures are expected (we are leaving) and not reported. */
    void closing() {
        closing = true;
    }

    boolean isClosing() {
        return closing;
    }

    @Override
    protected void onTransportFailure(Message message, ClientTransport.FailureInfo failureInfo,
            ClientTransport.FailureHandler handler) {
        BayeuxFailure failure = FailureClassifier.classify(message);
        failureInfo.action = Message.RECONNECT_NONE_VALUE;
        super.onTransportFailure(message, failureInfo, handler);
        if (!closing && failure.kind() != FailureKind.WITHDRAWN) {
            onFailure.accept(failure);
        }
    }
}
