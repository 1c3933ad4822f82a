package dev.sfstream.emulator.internal.bayeux;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfstream.emulator.internal.faults.FaultRegistry;
import dev.sfstream.emulator.internal.faults.FaultRule;
import dev.sfstream.emulator.internal.faults.HttpFaultResponder;
import dev.sfstream.emulator.internal.http.CachedBodyRequest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cometd.server.http.jakarta.CometDServlet;

/**
 * The front of {@code /cometd/*}: checks what Salesforce checks before Bayeux processing (API version in
 * the path, body size, a JSON array body), applies HTTP-level faults aimed at a channel, sets the
 * affinity cookies, answers a batched handshake alone, then hands the request to CometD.
 */
final class BayeuxGateServlet extends CometDServlet {
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String JSON = "application/json;charset=UTF-8";

    private final transient ObjectMapper mapper = new ObjectMapper();
    private final transient StreamingOptions options;
    private final transient FaultRegistry faults;
    private final transient AffinityCookies cookies = new AffinityCookies();
    private final transient SessionControl sessions;

    BayeuxGateServlet(StreamingOptions options, FaultRegistry faults, SessionControl sessions) {
        this.options = options;
        this.faults = faults;
        this.sessions = sessions;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if ("OPTIONS".equals(request.getMethod())) {
            super.service(request, response);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Bayeux requests must be POSTed");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > options.maxRequestBytes()) {
            tooLarge(response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), options.maxRequestBytes() + 1);
        if (body.length > options.maxRequestBytes()) {
            tooLarge(response);
            return;
        }
        JsonNode messages = parse(body);
        String firstChannel = firstChannel(messages);
        Optional<String> versionError = checkVersion(request.getPathInfo());
        if (versionError.isPresent()) {
            bayeuxError(response, firstChannel, versionError.get());
            return;
        }
        if (messages == null || !messages.isArray() || messages.isEmpty() || !allObjects(messages)) {
            bayeuxError(response, firstChannel, "400::Request body must be a JSON array of Bayeux messages");
            return;
        }
        Optional<String> refused = MessageSanitizer.clean((ArrayNode) messages);
        if (refused.isPresent()) {
            bayeuxError(response, firstChannel, refused.get());
            return;
        }
        if (!faults.isEmpty() && applyChannelFault(messages, request, response)) {
            return;
        }
        boolean handshake = containsHandshake(messages);
        body = handshake && messages.size() > 1 ? handshakeAlone(messages) : mapper.writeValueAsBytes(messages);
        if (messages.size() == 1 && "/meta/connect".equals(firstChannel) && messages.get(0).path("clientId").isTextual()) {
            sessions.releaseHeldConnect(messages.get(0).path("clientId").asText());
        }
        String affinity = cookies.issue(request, response, handshake);
        if (affinity != null) {
            request.setAttribute(SalesforceMetaExtension.AFFINITY, affinity);
        }
        super.service(new CachedBodyRequest(request, body), response);
    }

    private Optional<String> checkVersion(String pathInfo) {
        String hint = " URI format: '/cometd/" + options.currentApiVersion() + "'";
        String first = pathInfo == null ? "" : pathInfo.replaceFirst("^/+", "");
        int slash = first.indexOf('/');
        String segment = slash < 0 ? first : first.substring(0, slash);
        if (!VERSION.matcher(segment).matches()) {
            return Optional.of("400::API version in the URI is mandatory." + hint);
        }
        if (Double.parseDouble(segment) < options.minimumApiVersion()) {
            return Optional.of("400::Unsupported API version. Only API versions '"
                    + formatVersion(options.minimumApiVersion()) + "' and later are supported." + hint);
        }
        return Optional.empty();
    }

    private static String formatVersion(double version) {
        return version == Math.rint(version) ? String.format(java.util.Locale.ROOT, "%.1f", version) : Double.toString(version);
    }

    private boolean applyChannelFault(JsonNode messages, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Set<String> channels = new HashSet<>();
        for (JsonNode message : messages) {
            channels.add(message.path("channel").asText(""));
            if (message.path("subscription").isTextual()) {
                channels.add(SubscriptionFilter.channelOf(message.path("subscription").asText()));
            }
        }
        Optional<FaultRule> rule = faults.take(r -> r.isHttpLevel() && r.channel() != null
                && channels.contains(r.channel()));
        return rule.isPresent() && HttpFaultResponder.apply(rule.get(), request, response);
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstChannel(JsonNode messages) {
        JsonNode first = messages == null ? null : messages.isArray() ? messages.path(0) : messages;
        JsonNode channel = first == null ? null : first.path("channel");
        return channel != null && channel.isTextual() ? channel.asText() : "/meta/handshake";
    }

    private static boolean allObjects(JsonNode messages) {
        for (JsonNode message : messages) {
            if (!message.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsHandshake(JsonNode messages) {
        for (JsonNode message : messages) {
            if ("/meta/handshake".equals(message.path("channel").asText())) {
                return true;
            }
        }
        return false;
    }

    private byte[] handshakeAlone(JsonNode messages) throws IOException {
        ArrayNode alone = mapper.createArrayNode();
        for (JsonNode message : messages) {
            if ("/meta/handshake".equals(message.path("channel").asText())) {
                alone.add(message);
                break;
            }
        }
        return mapper.writeValueAsBytes(alone);
    }

    private void bayeuxError(HttpServletResponse response, String channel, String error) throws IOException {
        ArrayNode body = mapper.createArrayNode();
        ObjectNode reply = body.addObject();
        reply.put("channel", channel);
        reply.put("error", error);
        reply.put("successful", false);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(JSON);
        response.getOutputStream().write(mapper.writeValueAsBytes(body));
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("Maximum Request Size Exceeded".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] readAtMost(InputStream input, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        int read;
        while (total < limit && (read = input.read(buffer, 0, Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return out.toByteArray();
    }
}
