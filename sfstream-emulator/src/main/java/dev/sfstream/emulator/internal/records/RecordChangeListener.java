package dev.sfstream.emulator.internal.records;

/** Told about every committed change, in commit order (notifications, CDC). */
public interface RecordChangeListener {
    void onChange(RecordChange change);
}
