package dev.sfstream.emulator.internal.pubsub;

import static dev.sfstream.emulator.internal.pubsub.PubsubAssertions.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.BayeuxTestClient;
import dev.sfstream.pubsub.api.ConsumerEvent;
import dev.sfstream.pubsub.api.ReplayPreset;
import dev.sfstream.pubsub.api.TopicRequest;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class PubsubChangeEventWireTest extends PubsubWireTestBase {
    private static final String ACCOUNTS = "/data/AccountChangeEvent";

    @Test
    void aCreateCarriesEveryFieldWithDatesInEpochMilliseconds() {
        var subscription = client.subscribe(ACCOUNTS, ReplayPreset.EARLIEST, null, 10);
        String id = createAccount();

        await().until(() -> events(subscription).size() == 1);
        GenericRecord record = decode(client.blocking(), events(subscription).get(0));
        GenericRecord header = (GenericRecord) record.get("ChangeEventHeader");
        assertThat(header.get("entityName").toString()).isEqualTo("Account");
        assertThat(header.get("changeType").toString()).isEqualTo("CREATE");
        assertThat(((List<Object>) header.get("recordIds")).get(0).toString()).isEqualTo(id);
        assertThat((List<Object>) header.get("changedFields")).isEmpty();
        assertThat(record.get("Name").toString()).isEqualTo("Acme");
        assertThat(record.getSchema().getField("Phone")).isNotNull();
        assertThat(record.get("Phone")).isNull();
        assertThat(record.get("CreatedDate")).isInstanceOf(Long.class);
    }

    @Test
    void changedAndNulledFieldsAreBitmapsOfTheSameNamesCometdLists() throws Exception {
        String id = createAccount();
        try (BayeuxTestClient bayeux = new BayeuxTestClient(emulator().baseUrl(), rest.token()).handshake()) {
            bayeux.subscribe(ACCOUNTS, -1);
            var subscription = client.subscribe(ACCOUNTS, ReplayPreset.EARLIEST, null, 10);

            rest.patch("/services/data/v60.0/sobjects/Account/" + id, "{\"Industry\": null, \"Phone\": \"555\"}");

            await().until(() -> events(subscription).size() == 2 && bayeux.events(ACCOUNTS).size() == 1);
            Map<String, Object> cometdHeader = (Map<String, Object>) ((Map<String, Object>) bayeux.events(ACCOUNTS)
                    .get(0).get("payload")).get("ChangeEventHeader");
            GenericRecord update = decode(client.blocking(), events(subscription).get(1));
            GenericRecord header = (GenericRecord) update.get("ChangeEventHeader");
            assertThat(fieldNames(header.get("changedFields"), update.getSchema()))
                    .containsExactlyInAnyOrderElementsOf((List<String>) cometdHeader.get("changedFields"));
            assertThat(fieldNames(header.get("nulledFields"), update.getSchema())).containsExactly("Industry");
            assertThat(update.get("Name")).isNull();
            assertThat(update.get("Phone").toString()).isEqualTo("555");
        }
    }

    @Test
    void aChangedPartOfAPersonNameIsANestedBitmap() {
        String id = (String) rest.object(rest.post("/services/data/v60.0/sobjects/Contact/",
                "{\"FirstName\": \"Ada\", \"LastName\": \"Lovelace\"}").body()).get("id");
        var subscription = client.subscribe("/data/ContactChangeEvent", ReplayPreset.EARLIEST, null, 10);

        rest.patch("/services/data/v60.0/sobjects/Contact/" + id, "{\"FirstName\": \"Augusta\"}");

        await().until(() -> events(subscription).size() == 2);
        GenericRecord update = decode(client.blocking(), events(subscription).get(1));
        List<String> changed = ((List<Object>) ((GenericRecord) update.get("ChangeEventHeader"))
                .get("changedFields")).stream().map(Object::toString).toList();
        int namePosition = update.getSchema().getField("Name").pos();
        assertThat(changed).contains(namePosition + "-0x01");
        assertThat(((GenericRecord) update.get("Name")).get("FirstName").toString()).isEqualTo("Augusta");
    }

    @Test
    void theAllChangesTopicCarriesEachEntitysOwnSchema() {
        assertThat(client.blocking().getTopic(TopicRequest.newBuilder().setTopicName("/data/ChangeEvents").build())
                .getSchemaId()).isEmpty();
        var subscription = client.subscribe("/data/ChangeEvents", ReplayPreset.EARLIEST, null, 10);
        createAccount();

        await().until(() -> events(subscription).size() == 1);
        String accountSchema = client.blocking().getTopic(TopicRequest.newBuilder().setTopicName(ACCOUNTS).build())
                .getSchemaId();
        assertThat(events(subscription).get(0).getEvent().getSchemaId()).isEqualTo(accountSchema);
    }

    private String createAccount() {
        return (String) rest.object(rest.post("/services/data/v60.0/sobjects/Account/",
                "{\"Name\": \"Acme\", \"Industry\": \"Energy\"}").body()).get("id");
    }

    /** Decodes a bitmap list as a client would: bit i of element 0 names top-level field i. */
    private static List<String> fieldNames(Object bitmaps, Schema schema) {
        List<String> names = new ArrayList<>();
        List<Object> list = (List<Object>) bitmaps;
        if (list.isEmpty()) {
            return names;
        }
        BigInteger bits = new BigInteger(list.get(0).toString().substring(2), 16);
        for (Schema.Field field : schema.getFields()) {
            if (bits.testBit(field.pos())) {
                names.add(field.name());
            }
        }
        return names;
    }

    private static List<ConsumerEvent> events(PubsubWireClient.Subscription subscription) {
        return subscription.responses().messages().stream().flatMap(r -> r.getEventsList().stream()).toList();
    }
}
