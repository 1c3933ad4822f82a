package dev.sfstream.emulator.internal.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.pubsub.api.ConsumerEvent;
import dev.sfstream.pubsub.api.PubSubGrpc;
import dev.sfstream.pubsub.api.SchemaRequest;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;

/** Checks shared by the Pub/Sub wire tests: Salesforce's error shape, and decoding events as a client would. */
final class PubsubAssertions {
    private static final Metadata.Key<String> ERROR_CODE = Metadata.Key.of("error-code",
            Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> RPC_ID = Metadata.Key.of("rpc-id", Metadata.ASCII_STRING_MARSHALLER);

    private PubsubAssertions() {
    }

    /** The status, the {@code error-code} trailer and an rpc id both in the description and in the trailers. */
    static void assertSalesforceError(Throwable thrown, Status.Code code, String errorCode) {
        assertThat(thrown).isInstanceOf(StatusRuntimeException.class);
        StatusRuntimeException error = (StatusRuntimeException) thrown;
        assertThat(error.getStatus().getCode()).isEqualTo(code);
        Metadata trailers = error.getTrailers();
        assertThat(trailers).isNotNull();
        assertThat(trailers.get(ERROR_CODE)).isEqualTo("sfdc.platform.eventbus.grpc." + errorCode);
        String rpcId = trailers.get(RPC_ID);
        assertThat(rpcId).hasSize(36);
        assertThat(error.getStatus().getDescription()).endsWith("rpcId: " + rpcId);
    }

    /** Fetches the writer schema by the event's schema id and reads the payload with it. */
    static GenericRecord decode(PubSubGrpc.PubSubBlockingStub stub, ConsumerEvent event) {
        String json = stub.getSchema(SchemaRequest.newBuilder().setSchemaId(event.getEvent().getSchemaId()).build())
                .getSchemaJson();
        Schema schema = new Schema.Parser().parse(json);
        try {
            return new GenericDatumReader<GenericRecord>(schema).read(null,
                    DecoderFactory.get().binaryDecoder(event.getEvent().getPayload().toByteArray(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
