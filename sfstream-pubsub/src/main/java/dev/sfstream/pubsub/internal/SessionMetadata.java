package dev.sfstream.pubsub.internal;

import dev.sfstream.auth.Session;
import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;

/** The auth metadata Pub/Sub wants on every call, from the session shared with REST and CometD. */
final class SessionMetadata {
    private static final Metadata.Key<String> TOKEN = key("accesstoken");
    private static final Metadata.Key<String> INSTANCE = key("instanceurl");
    private static final Metadata.Key<String> TENANT = key("tenantid");

    private SessionMetadata() {
    }

    static <S extends AbstractStub<S>> S attach(S stub, Session session) {
        Metadata headers = new Metadata();
        headers.put(TOKEN, session.accessToken());
        headers.put(INSTANCE, session.instanceUrl().toString().replaceAll("/+$", ""));
        if (session.orgId() != null) {
            headers.put(TENANT, session.orgId());
        }
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static Metadata.Key<String> key(String name) {
        return Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
    }
}
