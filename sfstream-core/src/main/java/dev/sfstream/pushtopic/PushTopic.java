package dev.sfstream.pushtopic;

/**
 * A PushTopic as it exists in Salesforce.
 *
 * @param id the record id ({@code 0IF...})
 * @param name the topic name
 * @param query the SOQL query
 * @param apiVersion the API version the query runs at, e.g. {@code 37.0}
 * @param notifyForFields the {@code NotifyForFields} value, e.g. {@code All}
 * @param notifyForOperationCreate notify on create
 * @param notifyForOperationUpdate notify on update
 * @param notifyForOperationDelete notify on delete
 * @param notifyForOperationUndelete notify on undelete
 * @param active whether it is active; inactive topics send nothing
 */
public record PushTopic(String id, String name, String query, double apiVersion, String notifyForFields,
                        boolean notifyForOperationCreate, boolean notifyForOperationUpdate,
                        boolean notifyForOperationDelete, boolean notifyForOperationUndelete, boolean active) {
}
