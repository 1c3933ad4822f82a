package dev.sfstream.pushtopic;

import dev.sfstream.annotation.NotifyForFields;
import java.util.Objects;

/**
 * When a PushTopic notifies: which field changes ({@code NotifyForFields}) and which operations
 * ({@code NotifyForOperationCreate}, {@code ...Update}, {@code ...Delete}, {@code ...Undelete}).
 *
 * @param fields which field changes notify
 * @param create notify on create
 * @param update notify on update
 * @param delete notify on delete
 * @param undelete notify on undelete
 */
public record NotifyFor(NotifyForFields fields, boolean create, boolean update, boolean delete, boolean undelete) {
    /** Every field change and every operation: the original's defaults. */
    public static final NotifyFor ALL = new NotifyFor(NotifyForFields.ALL, true, true, true, true);

    public NotifyFor {
        Objects.requireNonNull(fields, "fields");
    }

    /** Whether a PushTopic read from Salesforce notifies exactly like this. */
    public boolean matches(PushTopic topic) {
        return topic.notifyForFields().equalsIgnoreCase(fields.value())
                && topic.notifyForOperationCreate() == create
                && topic.notifyForOperationUpdate() == update
                && topic.notifyForOperationDelete() == delete
                && topic.notifyForOperationUndelete() == undelete;
    }
}
