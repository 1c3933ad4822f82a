package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.spi.Principal;
import io.grpc.Context;

/** What the auth interceptor learned about a call, for the service methods: its rpc id, user and token. */
record CallScope(String rpcId, Principal user, String token) {
    static final Context.Key<CallScope> KEY = Context.key("sfstream-pubsub-call");

    static CallScope current() {
        return KEY.get();
    }
}
