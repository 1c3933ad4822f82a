package dev.sfstream.emulator.internal.events;

/** The Pub/Sub topic names of platform events ({@code /event/X__e}) and change events ({@code /data/...}). */
public final class Topics {
    public static final String ALL_CHANGE_EVENTS = "/data/ChangeEvents";

    private Topics() {
    }

    public static boolean isPlatformEvent(String topic) {
        return topic.startsWith("/event/") && topic.endsWith("__e") && topic.length() > "/event/__e".length();
    }

    public static boolean isChangeEvent(String topic) {
        return topic.equals(ALL_CHANGE_EVENTS)
                || topic.startsWith("/data/") && topic.endsWith("ChangeEvent") && topic.length() > 17;
    }

    /** The object whose changes a {@code /data/XChangeEvent} topic carries: {@code Account}, {@code Foo__c}. */
    public static String entityOf(String topic) {
        String name = topic.substring("/data/".length(), topic.length() - "ChangeEvent".length());
        return name.endsWith("__") ? name + "c" : name;
    }
}
