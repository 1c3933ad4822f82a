package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.spi.AccessTokens;
import dev.sfstream.emulator.spi.ChannelDirectory;
import dev.sfstream.emulator.spi.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny stand-in for the auth and REST sides: a few tokens that can be revoked, a set of channels, and the
 * query fields of {@code /topic/InvoiceStatementUpdates} for filtered subscriptions.
 */
final class TestOrg implements AccessTokens, ChannelDirectory {
    static final String TOKEN = "00Dtest!token-one";
    static final String OTHER_TOKEN = "00Dtest!token-two";
    static final Set<String> INVOICE_QUERY_FIELDS = Set.of("Id", "Name", "Status__c", "Description__c");
    static final Principal USER = new Principal("005000000000001AAA", "00D000000000001AAA", "integration@example.com");

    private final Map<String, Principal> tokens = new ConcurrentHashMap<>();
    private final Set<String> channels = ConcurrentHashMap.newKeySet();

    TestOrg() {
        tokens.put(TOKEN, USER);
        tokens.put(OTHER_TOKEN, USER);
        channels.addAll(Set.of("/topic/InvoiceStatementUpdates", "/topic/Other", "/u/Broadcast",
                "/event/Low_Ink__e", "/data/ChangeEvents", "/data/AccountChangeEvent"));
    }

    void revokeAll() {
        tokens.clear();
    }

    void issue(String token) {
        tokens.put(token, USER);
    }

    @Override
    public Optional<Principal> authenticate(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        String token = authorizationHeader.trim();
        for (String scheme : new String[] {"Bearer ", "OAuth "}) {
            if (token.startsWith(scheme)) {
                token = token.substring(scheme.length()).trim();
            }
        }
        return Optional.ofNullable(tokens.get(token));
    }

    @Override
    public Optional<String> checkSubscription(String channel, Principal user) {
        if (channels.contains(channel)) {
            return Optional.empty();
        }
        return Optional.of("400::The channel you requested to subscribe to does not exist {" + channel + "}");
    }

    @Override
    public Optional<Set<String>> filterableFields(String channel) {
        return "/topic/InvoiceStatementUpdates".equals(channel) ? Optional.of(INVOICE_QUERY_FIELDS) : Optional.empty();
    }
}
