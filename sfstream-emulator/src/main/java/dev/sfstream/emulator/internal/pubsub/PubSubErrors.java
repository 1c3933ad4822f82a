package dev.sfstream.emulator.internal.pubsub;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * The errors Salesforce's Pub/Sub API answers: a gRPC status whose description ends with {@code rpcId: ...},
 * and the trailers {@code error-code} ({@code sfdc.platform.eventbus.grpc....}) and {@code rpc-id}. Codes and
 * texts marked unverified in the protocol notes live here only, so they are easy to change.
 */
final class PubSubErrors {
    static final Metadata.Key<String> ERROR_CODE = Metadata.Key.of("error-code", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> RPC_ID = Metadata.Key.of("rpc-id", Metadata.ASCII_STRING_MARSHALLER);
    private static final String PREFIX = "sfdc.platform.eventbus.grpc.";

    private PubSubErrors() {
    }

    static StatusRuntimeException auth(String rpcId) {
        return error(Status.UNAUTHENTICATED, "service.auth.error", "An authentication exception occurred. Provide"
                + " valid authentication via metadata headers.", rpcId);
    }

    static StatusRuntimeException topicNotFound(String orgId, String topic, String rpcId) {
        return error(Status.NOT_FOUND, "topic.not.found", "The topic information for org " + orgId + " and topic "
                + topic + " not found.", rpcId);
    }

    static StatusRuntimeException topicEmpty(String rpcId) {
        return error(Status.INVALID_ARGUMENT, "topic.validation.empty", "The topic name is empty. Provide a topic"
                + " name.", rpcId);
    }

    static StatusRuntimeException cannotPublish(String topic, String rpcId) {
        return error(Status.PERMISSION_DENIED, "topic.meta.permission", "You don't have permission to publish to "
                + topic + ".", rpcId);
    }

    static StatusRuntimeException schemaNotFound(String schemaId, String rpcId) {
        return error(Status.NOT_FOUND, "schema.validation.failed", "The schema ID " + schemaId
                + " is not valid.", rpcId);
    }

    static StatusRuntimeException replayCorrupted(String rpcId) {
        return error(Status.INVALID_ARGUMENT, "subscription.fetch.replayid.corrupted", "The Replay ID is corrupted."
                + " Provide a valid Replay ID.", rpcId);
    }

    static StatusRuntimeException replayInvalid(long replayId, String rpcId) {
        return error(Status.INVALID_ARGUMENT, "subscription.fetch.replayid.validation.failed", "The Replay ID "
                + replayId + " is not valid or has expired. Provide a valid Replay ID.", rpcId);
    }

    static StatusRuntimeException subscribeTopicMismatch(String rpcId) {
        return error(Status.INVALID_ARGUMENT, "subscription.fetch.topic.mismatch", "The topic name in the fetch"
                + " request doesn't match the topic of the subscription.", rpcId);
    }

    static StatusRuntimeException publishTopicMismatch(String rpcId) {
        return error(Status.INVALID_ARGUMENT, "publish.topic.mismatch", "The topic name in the publish request"
                + " doesn't match the topic of the stream.", rpcId);
    }

    static StatusRuntimeException requestedInvalid(int numRequested, String rpcId) {
        return error(Status.INVALID_ARGUMENT, "subscription.fetch.requested.events.invalid", "The number of"
                + " requested events must be greater than 0, got " + numRequested + ".", rpcId);
    }

    static StatusRuntimeException eventCountInvalid(String rpcId) {
        return error(Status.INVALID_ARGUMENT, "publish.event.count.invalid", "The publish request contains no"
                + " events.", rpcId);
    }

    static StatusRuntimeException requestTooLarge(String rpcId) {
        return error(Status.UNAVAILABLE, "service.unavailable", "upstream connect error or disconnect/reset before"
                + " headers. reset reason: remote reset", rpcId);
    }

    static StatusRuntimeException unavailable(String rpcId) {
        return error(Status.UNAVAILABLE, "service.unavailable", "The service is unavailable. Try again later.", rpcId);
    }

    static StatusRuntimeException managedIdentifierMissing(String rpcId) {
        return error(Status.INVALID_ARGUMENT, "managed.subscription.validation.empty", "Provide the ID or the"
                + " developer name of a managed subscription.", rpcId);
    }

    static StatusRuntimeException managedNotFound(String idOrName, String rpcId) {
        return error(Status.NOT_FOUND, "managed.subscription.not.found", "The managed subscription configuration "
                + idOrName + " isn't found.", rpcId);
    }

    static StatusRuntimeException managedStopped(String developerName, String rpcId) {
        return error(Status.FAILED_PRECONDITION, "managed.subscription.state.stopped", "The managed subscription "
                + developerName + " is in the STOP state. Set its state to RUN to subscribe.", rpcId);
    }

    static StatusRuntimeException managedInUse(String developerName, String rpcId) {
        return error(Status.FAILED_PRECONDITION, "managed.subscription.concurrent.access", "The managed"
                + " subscription " + developerName + " is already in use by another client.", rpcId);
    }

    static StatusRuntimeException managedMismatch(String developerName, String rpcId) {
        return error(Status.INVALID_ARGUMENT, "managed.subscription.mismatch", "The managed subscription in the"
                + " fetch request doesn't match " + developerName + ", the subscription of the stream.", rpcId);
    }

    /** Any status, e.g. a fault the control API asks for; {@code errorCode} without the common prefix. */
    static StatusRuntimeException error(Status status, String errorCode, String message, String rpcId) {
        Metadata trailers = new Metadata();
        trailers.put(ERROR_CODE, errorCode.startsWith(PREFIX) ? errorCode : PREFIX + errorCode);
        trailers.put(RPC_ID, rpcId);
        return status.withDescription(message + " rpcId: " + rpcId).asRuntimeException(trailers);
    }
}
