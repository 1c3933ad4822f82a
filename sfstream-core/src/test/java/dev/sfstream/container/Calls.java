package dev.sfstream.container;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test dependency that records what handlers were called with. */
final class Calls {
    /** One recorded call: the handler name and its arguments. */
    record Call(String handler, List<Object> arguments) {
        Call {
            arguments = java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    void record(String handler, Object... arguments) {
        calls.add(new Call(handler, java.util.Arrays.asList(arguments)));
    }

    List<Call> all() {
        return List.copyOf(calls);
    }

    List<Call> of(String handler) {
        return calls.stream().filter(call -> call.handler().equals(handler)).toList();
    }
}
