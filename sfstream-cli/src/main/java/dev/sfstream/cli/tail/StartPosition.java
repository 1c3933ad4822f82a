package dev.sfstream.cli.tail;

import dev.sfstream.cli.operate.OperatorException;
import dev.sfstream.replay.ReplayDefault;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Where {@code tail --replay} starts: {@code new} (events from now, -1), {@code all} (every retained event, -2) or
 * a replay id (the events after it, as a service resumes from a stored id).
 *
 * @param replayDefault the start when no id is given
 * @param after the replay id to start after, if given
 */
record StartPosition(ReplayDefault replayDefault, OptionalLong after) {
    static StartPosition parse(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.equals("new")) {
            return new StartPosition(ReplayDefault.NEW, OptionalLong.empty());
        }
        if (text.equals("all")) {
            return new StartPosition(ReplayDefault.ALL, OptionalLong.empty());
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return new StartPosition(ReplayDefault.NEW, OptionalLong.of(id));
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new OperatorException("--replay " + value + " is not new, all or a positive replay id");
    }

    @Override
    public String toString() {
        return after.isPresent() ? "after replay id " + after.getAsLong()
                : replayDefault == ReplayDefault.ALL ? "all retained events (-2)" : "new events (-1)";
    }
}
