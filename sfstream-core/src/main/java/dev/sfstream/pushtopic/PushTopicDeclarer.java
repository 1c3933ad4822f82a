package dev.sfstream.pushtopic;

import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.rest.SalesforceException;
import dev.sfstream.rest.SaveResult;
import dev.sfstream.rest.Soql;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declares PushTopics through the REST API: creates a missing topic, updates one whose fields differ, and
 * leaves an identical one alone. A create that loses a race with another instance ({@code DUPLICATE_VALUE})
 * re-reads the topic and updates it instead. Also finds, deactivates and deletes topics by name.
 */
public final class PushTopicDeclarer {
    private static final Logger LOG = LoggerFactory.getLogger(PushTopicDeclarer.class);
    private static final String SOBJECT = "PushTopic";

    private final SalesforceApi api;

    public PushTopicDeclarer(SalesforceApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** The topic with this name, if there is one. */
    public Optional<PushTopic> find(String name) {
        String soql = "SELECT Id, Name, Query, ApiVersion, NotifyForFields, NotifyForOperationCreate, "
                + "NotifyForOperationUpdate, NotifyForOperationDelete, NotifyForOperationUndelete, IsActive "
                + "FROM PushTopic WHERE Name = " + Soql.literal(name);
        return api.query(soql).stream().findFirst().map(PushTopicDeclarer::toPushTopic);
    }

    /**
     * Makes the topic exist with exactly the spec's values.
     *
     * @throws SalesforceException when Salesforce refuses the topic (e.g. an unsupported query)
     */
    public Declaration declare(PushTopicSpec spec) {
        Optional<PushTopic> existing = find(spec.name());
        if (existing.isPresent()) {
            return reconcile(existing.get(), spec);
        }
        try {
            SaveResult created = api.create(SOBJECT, body(spec));
            LOG.debug("Created PushTopic {} ({})", spec.name(), created.id());
            return new Declaration(Declaration.Action.CREATED, created.id(), spec, true);
        } catch (SalesforceException e) {
            if (!"DUPLICATE_VALUE".equals(e.errorCode())) {
                throw e;
            }
            LOG.info("PushTopic {} was created concurrently by someone else; reading it and updating it instead",
                    spec.name());
            PushTopic raced = find(spec.name()).orElseThrow(() -> e);
            return reconcile(raced, spec);
        }
    }

    /**
     * Deactivates the topic with this name (its subscribers receive nothing until it is active again).
     *
     * @return whether such a topic existed
     */
    public boolean deactivate(String name) {
        Optional<PushTopic> topic = find(name);
        topic.ifPresent(t -> api.update(SOBJECT, t.id(), Map.of("IsActive", false)));
        return topic.isPresent();
    }

    /**
     * Deletes the topic with this name.
     *
     * @return whether such a topic existed
     */
    public boolean delete(String name) {
        Optional<PushTopic> topic = find(name);
        topic.ifPresent(t -> api.delete(SOBJECT, t.id()));
        return topic.isPresent();
    }

    private Declaration reconcile(PushTopic existing, PushTopicSpec spec) {
        if (matches(existing, spec)) {
            return new Declaration(Declaration.Action.UNCHANGED, existing.id(), spec, existing.active());
        }
        api.update(SOBJECT, existing.id(), body(spec));
        return new Declaration(Declaration.Action.UPDATED, existing.id(), spec, existing.active());
    }

    private boolean matches(PushTopic existing, PushTopicSpec spec) {
        return existing.name().equals(spec.name())
                && existing.query().equals(spec.query())
                && existing.apiVersion() == Double.parseDouble(api.apiVersion())
                && spec.notifyFor().matches(existing);
    }

    /** The original's body: exactly these 8 fields, {@code ApiVersion} as the configured string. */
    private Map<String, Object> body(PushTopicSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Name", spec.name());
        body.put("Query", spec.query());
        body.put("ApiVersion", api.apiVersion());
        NotifyFor notifyFor = spec.notifyFor();
        body.put("NotifyForOperationCreate", notifyFor.create());
        body.put("NotifyForOperationUpdate", notifyFor.update());
        body.put("NotifyForOperationDelete", notifyFor.delete());
        body.put("NotifyForOperationUndelete", notifyFor.undelete());
        body.put("NotifyForFields", notifyFor.fields().value());
        return body;
    }

    private static PushTopic toPushTopic(Map<String, Object> record) {
        return new PushTopic(string(record, "Id"), string(record, "Name"), string(record, "Query"),
                number(record.get("ApiVersion")), string(record, "NotifyForFields"),
                flag(record, "NotifyForOperationCreate"), flag(record, "NotifyForOperationUpdate"),
                flag(record, "NotifyForOperationDelete"), flag(record, "NotifyForOperationUndelete"),
                !Boolean.FALSE.equals(record.get("IsActive")));
    }

    private static String string(Map<String, Object> record, String field) {
        Object value = record.get(field);
        return value == null ? "" : value.toString();
    }

    private static boolean flag(Map<String, Object> record, String field) {
        Object value = record.get(field);
        return value == null || Boolean.parseBoolean(value.toString());
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? 0 : Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
