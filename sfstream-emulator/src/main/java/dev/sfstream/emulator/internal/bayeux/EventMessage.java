package dev.sfstream.emulator.internal.bayeux;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cometd.server.ServerMessageImpl;

/**
 * An event message whose JSON is written once, from the event's retained {@code data} bytes, and never
 * regenerated: CometD treats it as frozen, queues the same instance to every session that receives it and
 * copies its bytes straight into each response. It carries only its channel as a field (no {@code data}
 * map), so nothing may read or change its data through the map API.
 */
final class EventMessage extends ServerMessageImpl {
    private static final byte[] DATA = "{\"data\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHANNEL = ",\"channel\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLIENT_ID = "\",\"clientId\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\"}".getBytes(StandardCharsets.US_ASCII);

    private final byte[] json;

    /** The message delivering {@code dataJson} on {@code channel}, with {@code clientId} when not null. */
    EventMessage(String channel, byte[] dataJson, String clientId) {
        setChannel(channel);
        if (clientId != null) {
            setClientId(clientId);
        }
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        byte[] quotedChannel = encoder.quoteAsUTF8(channel);
        byte[] quotedClientId = clientId == null ? null : encoder.quoteAsUTF8(clientId);
        int size = DATA.length + dataJson.length + CHANNEL.length + quotedChannel.length + END.length
                + (clientId == null ? 0 : CLIENT_ID.length + quotedClientId.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(DATA);
        out.writeBytes(dataJson);
        out.writeBytes(CHANNEL);
        out.writeBytes(quotedChannel);
        if (quotedClientId != null) {
            out.writeBytes(CLIENT_ID);
            out.writeBytes(quotedClientId);
        }
        out.writeBytes(END);
        this.json = out.toByteArray();
    }

    @Override
    protected boolean isFrozen() {
        // Null only while the constructor sets the channel and clientId fields.
        return json != null;
    }

    @Override
    public byte[] getJSONBytes() {
        return json;
    }

    @Override
    public String getJSON() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
