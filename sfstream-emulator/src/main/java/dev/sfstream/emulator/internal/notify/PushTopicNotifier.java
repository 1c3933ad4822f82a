package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.ChangeType;
import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.RecordChange;
import dev.sfstream.emulator.internal.records.RecordChangeListener;
import dev.sfstream.emulator.internal.records.StoredRecord;
import dev.sfstream.emulator.internal.records.Timestamps;
import dev.sfstream.emulator.internal.soql.QueryValidator;
import dev.sfstream.emulator.internal.soql.RecordMatcher;
import dev.sfstream.emulator.internal.soql.SoqlParser;
import dev.sfstream.emulator.internal.soql.SoqlQuery;
import dev.sfstream.emulator.spi.StreamingBus;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns record changes into PushTopic notifications: every active topic on the record's object whose
 * operation flag is set, whose WHERE the record satisfies and, on update, whose NotifyForFields mode
 * names a changed field, gets one event on {@code /topic/{Name}}.
 */
public final class PushTopicNotifier implements RecordChangeListener {
    private static final Logger LOG = LoggerFactory.getLogger(PushTopicNotifier.class);

    private final OrgStore store;
    private final StreamingBus bus;
    private final Map<String, SoqlQuery> parsed = new ConcurrentHashMap<>();

    public PushTopicNotifier(OrgStore store, StreamingBus bus) {
        this.store = store;
        this.bus = bus;
    }

    @Override
    public void onChange(RecordChange change) {
        for (StoredRecord topic : store.list("PushTopic", false)) {
            if (!Boolean.TRUE.equals(topic.get("IsActive")) || !operationEnabled(topic, change.type())) {
                continue;
            }
            SoqlQuery query = query(topic);
            if (query == null || !query.from().name().equalsIgnoreCase(change.schema().name())) {
                continue;
            }
            RecordMatcher matcher = new RecordMatcher(change.schema());
            StoredRecord evaluated = change.type() == ChangeType.DELETED ? change.before() : change.after();
            if (!matcher.matches(query.where(), evaluated)) {
                continue;
            }
            if (change.type() == ChangeType.UPDATED && !fieldsQualify(topic, query, change.changedFields())) {
                continue;
            }
            publish("/topic/" + topic.get("Name"), notification(change, query));
        }
    }

    private Map<String, Object> notification(RecordChange change, SoqlQuery query) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("createdDate", Timestamps.streaming(change.at()));
        event.put("type", change.type().pushTopicType());
        Map<String, Object> sobject = new LinkedHashMap<>();
        if (change.type() == ChangeType.DELETED) {
            sobject.put("Id", change.after().id());
        } else {
            for (String field : query.selectFields()) {
                Object value = change.after().get(field);
                if (value != null) {
                    sobject.put(QueryValidator.canonical(change.schema(), field), value);
                }
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("event", event);
        data.put("sobject", sobject);
        return data;
    }

    private static boolean operationEnabled(StoredRecord topic, ChangeType type) {
        String flag = switch (type) {
            case CREATED -> "NotifyForOperationCreate";
            case UPDATED -> "NotifyForOperationUpdate";
            case DELETED -> "NotifyForOperationDelete";
            case UNDELETED -> "NotifyForOperationUndelete";
        };
        return !Boolean.FALSE.equals(topic.get(flag));
    }

    private static boolean fieldsQualify(StoredRecord topic, SoqlQuery query, Set<String> changed) {
        String mode = String.valueOf(topic.get("NotifyForFields"));
        Collection<String> watched = switch (mode) {
            case "All" -> null;
            case "Select" -> query.selectFields();
            case "Where" -> query.whereFields();
            default -> query.referencedFields();
        };
        if (watched == null) {
            return !changed.isEmpty();
        }
        Set<String> lowerWatched = watched.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return changed.stream().anyMatch(f -> lowerWatched.contains(f.toLowerCase(Locale.ROOT)));
    }

    private SoqlQuery query(StoredRecord topic) {
        Object text = topic.get("Query");
        if (!(text instanceof String soql)) {
            return null;
        }
        try {
            return parsed.computeIfAbsent(soql, SoqlParser::parse);
        } catch (ApiError e) {
            LOG.warn("PushTopic {} has a query the emulator cannot run: {}", topic.get("Name"), e.getMessage());
            return null;
        }
    }

    private void publish(String channel, Map<String, Object> data) {
        try {
            bus.publish(channel, data);
        } catch (RuntimeException e) {
            LOG.warn("could not publish a notification on {}: {}", channel, e.toString());
        }
    }
}
