package dev.sfstream.pubsub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.sfstream.pubsub.api.ProducerEvent;
import dev.sfstream.pubsub.api.PublishRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a batch is cut into publish requests: at most 200 events and about 3 MB each, in order. */
class PubSubPublisherTest {
    @Test
    void requestsHoldAtMostTwoHundredEvents() {
        List<PublishRequest> requests = PubSubPublisher.requests("/event/Order__e", events(401, 10));

        assertThat(requests).extracting(PublishRequest::getEventsCount).containsExactly(200, 200, 1);
        assertThat(requests).allSatisfy(r -> assertThat(r.getTopicName()).isEqualTo("/event/Order__e"));
        assertThat(requests.get(2).getEvents(0).getId()).isEqualTo("400");
    }

    @Test
    void requestsStayWithinThreeMegabytesAndAnOversizedEventGoesAlone() {
        List<PublishRequest> requests = PubSubPublisher.requests("/event/Order__e", events(7, 900_000));

        assertThat(requests).extracting(PublishRequest::getEventsCount).containsExactly(3, 3, 1);
        assertThat(requests).allSatisfy(r -> assertThat(r.getSerializedSize()).isLessThan(3 * 1024 * 1024));
        assertThat(PubSubPublisher.requests("/event/Order__e", events(1, 5_000_000)))
                .extracting(PublishRequest::getEventsCount).containsExactly(1);
    }

    private static List<ProducerEvent> events(int count, int payloadBytes) {
        return IntStream.range(0, count).mapToObj(i -> ProducerEvent.newBuilder().setId(String.valueOf(i))
                .setPayload(ByteString.copyFrom(new byte[payloadBytes])).build()).toList();
    }
}
