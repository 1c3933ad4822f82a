package dev.sfstream.streaming.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.client.BayeuxClient;
import org.cometd.client.transport.ClientTransport;

/**
 * A CometD client that leaves every recovery decision to the session's recovery machine. A poll that
 * failed on the network is retried by CometD itself (same client id, jittered back-off); every other
 * failure stops this client and is reported, so that one serialized machine decides what comes next
 * instead of CometD's advice handling racing it.
 */
final class SalesforceBayeuxClient extends BayeuxClient {
    private final BiConsumer<BayeuxFailure, Boolean> onFailure;
    private volatile boolean closing;

    /** @param onFailure told each failure and whether CometD retries the poll itself */
    SalesforceBayeuxClient(String url, ScheduledExecutorService scheduler, ClientTransport transport,
            BiConsumer<BayeuxFailure, Boolean> onFailure) {
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
        boolean retryPoll = !closing && failure.kind() == FailureKind.TRANSPORT
                && Channel.META_CONNECT.equals(message.getChannel());
        failureInfo.action = retryPoll ? Message.RECONNECT_RETRY_VALUE : Message.RECONNECT_NONE_VALUE;
        super.onTransportFailure(message, failureInfo, handler);
        if (!closing && failure.kind() != FailureKind.WITHDRAWN) {
            onFailure.accept(failure, retryPoll);
        }
    }
}
