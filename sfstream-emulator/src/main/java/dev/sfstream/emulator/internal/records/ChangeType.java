package dev.sfstream.emulator.internal.records;

/** The four kinds of record change that notifications report. */
public enum ChangeType {
    CREATED("created", "CREATE"), UPDATED("updated", "UPDATE"), DELETED("deleted", "DELETE"),
    UNDELETED("undeleted", "UNDELETE");

    private final String pushTopicType;
    private final String cdcType;

    ChangeType(String pushTopicType, String cdcType) {
        this.pushTopicType = pushTopicType;
        this.cdcType = cdcType;
    }

    /** The PushTopic {@code event.type}. */
    public String pushTopicType() {
        return pushTopicType;
    }

    /** The CDC {@code changeType}. */
    public String cdcType() {
        return cdcType;
    }
}
