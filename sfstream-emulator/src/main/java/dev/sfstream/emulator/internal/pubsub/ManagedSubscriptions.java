package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.ManagedSubscription;
import dev.sfstream.emulator.internal.records.SalesforceIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The org's managed event subscriptions: each configuration under its record id ({@code 18x...}) and developer
 * name, the replay id last committed for it on the server, and the one stream that may use it at a time.
 */
public final class ManagedSubscriptions {
    private static final String KEY_PREFIX = "18x";

    private final SalesforceIds ids = new SalesforceIds();
    private final Map<String, Entry> byId = new LinkedHashMap<>();

    /** What the server keeps for one subscription; guarded by the registry. */
    private static final class Entry {
        final String id;
        ManagedSubscription config;
        Long committed;
        ManagedSubscribeCall holder;

        Entry(String id, ManagedSubscription config) {
            this.id = id;
            this.config = config;
        }
    }

    /** What a stream sees of a subscription when it claims it. */
    record Claimed(String id, ManagedSubscription config, OptionalLong committed) {
    }

    /** Creates the subscription, or updates the one of that developer name; returns its record id. */
    public String declare(ManagedSubscription config) {
        ManagedSubscribeCall stopped;
        String id;
        synchronized (this) {
            Entry entry = byName(config.developerName()).orElse(null);
            if (entry == null) {
                entry = new Entry(ids.next(KEY_PREFIX), config);
                byId.put(entry.id, entry);
            } else if (!entry.config.topicName().equals(config.topicName())) {
                throw new IllegalArgumentException("managed subscription " + config.developerName() + " is of topic "
                        + entry.config.topicName() + "; its topic cannot change to " + config.topicName());
            }
            entry.config = config;
            id = entry.id;
            stopped = config.state() == ManagedSubscription.State.STOP ? entry.holder : null;
        }
        if (stopped != null) {
            stopped.fail(PubSubErrors.managedStopped(config.developerName(), stopped.scope().rpcId()));
        }
        return id;
    }

    /**
     * Creates a subscription, as the Tooling API does; returns its record id.
     *
     * @throws IllegalArgumentException when one of that developer name exists
     */
    public synchronized String create(ManagedSubscription config) {
        if (byName(config.developerName()).isPresent()) {
            throw new IllegalArgumentException("a managed subscription named " + config.developerName()
                    + " already exists");
        }
        return declare(config);
    }

    /** The subscription with that record id (15 or 18 characters). */
    public synchronized Optional<ManagedSubscription> find(String id) {
        return byId(id).map(entry -> entry.config);
    }

    /** The full record id of the subscription with that 15- or 18-character id. */
    public synchronized Optional<String> fullId(String id) {
        return byId(id).map(entry -> entry.id);
    }

    /** Deletes the subscription; the stream using it ends as not found. Returns whether it existed. */
    public boolean delete(String id) {
        Entry removed;
        synchronized (this) {
            removed = byId(id).orElse(null);
            if (removed == null) {
                return false;
            }
            byId.remove(removed.id);
        }
        if (removed.holder != null) {
            removed.holder.fail(PubSubErrors.managedNotFound(removed.config.developerName(),
                    removed.holder.scope().rpcId()));
        }
        return true;
    }

    /**
     * Gives the subscription named by id or developer name to {@code stream}.
     *
     * @throws io.grpc.StatusRuntimeException when neither names one, it is not found, stopped or in use
     */
    synchronized Claimed claim(String id, String developerName, ManagedSubscribeCall stream) {
        String rpcId = stream.scope().rpcId();
        if (id.isEmpty() && developerName.isEmpty()) {
            throw PubSubErrors.managedIdentifierMissing(rpcId);
        }
        Optional<Entry> found = id.isEmpty() ? byName(developerName) : byId(id)
                .filter(entry -> developerName.isEmpty() || entry.config.developerName().equals(developerName));
        Entry entry = found.orElseThrow(() -> PubSubErrors.managedNotFound(id.isEmpty() ? developerName : id, rpcId));
        if (entry.config.state() == ManagedSubscription.State.STOP) {
            throw PubSubErrors.managedStopped(entry.config.developerName(), rpcId);
        }
        if (entry.holder != null) {
            throw PubSubErrors.managedInUse(entry.config.developerName(), rpcId);
        }
        entry.holder = stream;
        return new Claimed(entry.id, entry.config,
                entry.committed == null ? OptionalLong.empty() : OptionalLong.of(entry.committed));
    }

    synchronized void release(String id, ManagedSubscribeCall stream) {
        Entry entry = byId.get(id);
        if (entry != null && entry.holder == stream) {
            entry.holder = null;
        }
    }

    synchronized void commit(String id, long replayId) {
        byId.get(id).committed = replayId;
    }

    /** Every subscription with its id, configuration, committed replay id and whether a stream uses it. */
    public synchronized List<Map<String, Object>> describe() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Entry entry : byId.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", entry.id);
            row.put("developerName", entry.config.developerName());
            row.put("topicName", entry.config.topicName());
            row.put("defaultReplay", entry.config.defaultReplay().name());
            row.put("errorRecoveryReplay", entry.config.errorRecoveryReplay().name());
            row.put("state", entry.config.state().name());
            row.put("committedReplayId", entry.committed);
            row.put("streaming", entry.holder != null);
            all.add(row);
        }
        return all;
    }

    /** The replay id committed for the subscription of that developer name; empty before any commit. */
    public synchronized OptionalLong committed(String developerName) {
        return byName(developerName).map(entry -> entry.committed == null ? OptionalLong.empty()
                : OptionalLong.of(entry.committed)).orElse(OptionalLong.empty());
    }

    private Optional<Entry> byName(String developerName) {
        return byId.values().stream()
                .filter(entry -> entry.config.developerName().equalsIgnoreCase(developerName)).findFirst();
    }

    private Optional<Entry> byId(String id) {
        if (id.length() == 15) {
            return byId.values().stream().filter(entry -> entry.id.startsWith(id)).findFirst();
        }
        return Optional.ofNullable(byId.get(id));
    }
}
