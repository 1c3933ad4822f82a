package dev.sfstream.streaming.internal;

import org.cometd.common.JSONContext;
import org.cometd.common.JacksonJSONContextClient;

/**
 * CometD's Jackson JSON, with each reply parsed as its bytes arrive ({@link IncrementalReply}). CometD's own
 * incremental parser copies every token into a buffer first and builds the messages from that copy once the reply
 * is complete, which costs a second pass on the receiving thread while the server waits for the next poll.
 */
final class ReplyJsonContext extends JacksonJSONContextClient {
    @Override
    public JSONContext.AsyncParser newAsyncParser() {
        return new IncrementalReply(getObjectMapper().getFactory());
    }
}
