package dev.sfstream.pubsub.internal;

import io.grpc.Metadata;
import io.grpc.Status;

/**
 * A failed Pub/Sub call as Salesforce reports it: the gRPC status, the {@code error-code} trailer
 * ({@code sfdc.platform.eventbus.grpc...}) and the {@code rpc-id}.
 */
record RpcFailure(Status.Code code, String description, String errorCode, String rpcId) {
    private static final Metadata.Key<String> ERROR_CODE = Metadata.Key.of("error-code",
            Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> RPC_ID = Metadata.Key.of("rpc-id", Metadata.ASCII_STRING_MARSHALLER);

    static RpcFailure of(Throwable failure) {
        Status status = Status.fromThrowable(failure);
        Metadata trailers = Status.trailersFromThrowable(failure);
        String description = status.getDescription() != null ? status.getDescription()
                : status.getCause() != null ? status.getCause().toString() : "";
        return new RpcFailure(status.getCode(), description, trailers == null ? null : trailers.get(ERROR_CODE),
                trailers == null ? null : trailers.get(RPC_ID));
    }

    /** A failure of sfstream's own making, e.g. a stream gone silent. */
    static RpcFailure local(Status.Code code, String description) {
        return new RpcFailure(code, description, null, null);
    }

    boolean errorCodeContains(String part) {
        return errorCode != null && errorCode.contains(part);
    }

    /** For logs: status, description, error code and rpc id. */
    String describe() {
        return code + (description.isEmpty() ? "" : ": " + description)
                + (errorCode == null ? "" : " [error-code " + errorCode + "]")
                + (rpcId == null || description.contains(rpcId) ? "" : " [rpcId " + rpcId + "]");
    }
}
