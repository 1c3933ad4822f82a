package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.spi.AccessTokens;
import dev.sfstream.emulator.spi.Principal;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives every call its rpc id, fails it when an {@code UNAVAILABLE} fault is armed, and checks the auth
 * metadata Salesforce wants on every call: {@code accesstoken} (a live session of the emulator),
 * {@code instanceurl} (present) and {@code tenantid} (the org id, 15 or 18 characters).
 */
final class AuthInterceptor implements ServerInterceptor {
    static final Metadata.Key<String> ACCESS_TOKEN = key("accesstoken");
    static final Metadata.Key<String> INSTANCE_URL = key("instanceurl");
    static final Metadata.Key<String> TENANT_ID = key("tenantid");

    private final AccessTokens tokens;
    private final PubSubFaults faults;

    AuthInterceptor(AccessTokens tokens, PubSubFaults faults) {
        this.tokens = tokens;
        this.faults = faults;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                      ServerCallHandler<Q, R> next) {
        String rpcId = UUID.randomUUID().toString();
        if (faults.takeUnavailable()) {
            return refuse(call, PubSubErrors.unavailable(rpcId));
        }
        String token = headers.get(ACCESS_TOKEN);
        Optional<Principal> user = authenticate(token, headers.get(INSTANCE_URL), headers.get(TENANT_ID));
        if (user.isEmpty()) {
            return refuse(call, PubSubErrors.auth(rpcId));
        }
        Context context = Context.current().withValue(CallScope.KEY, new CallScope(rpcId, user.get(), token));
        return Contexts.interceptCall(context, call, headers, next);
    }

    private Optional<Principal> authenticate(String token, String instanceUrl, String tenantId) {
        if (token == null || token.isBlank() || instanceUrl == null || instanceUrl.isBlank() || tenantId == null) {
            return Optional.empty();
        }
        return tokens.authenticate(token).filter(p -> sameOrg(p.orgId(), tenantId.trim()));
    }

    static boolean sameOrg(String orgId, String tenantId) {
        return orgId.equals(tenantId) || tenantId.length() == 15 && orgId.startsWith(tenantId);
    }

    private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, StatusRuntimeException error) {
        call.close(error.getStatus(), error.getTrailers());
        return new ServerCall.Listener<>() { };
    }

    private static Metadata.Key<String> key(String name) {
        return Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
    }
}
