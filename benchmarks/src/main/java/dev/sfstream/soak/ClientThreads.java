package dev.sfstream.soak;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The live threads of this JVM that belong to the client under test: all but those of the given name prefixes. */
public final class ClientThreads {
    private final List<String> notClientPrefixes;

    public ClientThreads(List<String> notClientPrefixes) {
        this.notClientPrefixes = List.copyOf(notClientPrefixes);
    }

    /** The names of the client's live threads. */
    public Set<String> names() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(this::isClientSide).collect(Collectors.toSet());
    }

    /** How many live threads are the client's. */
    public int count() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> isClientSide(thread.getName())).count();
    }

    private boolean isClientSide(String threadName) {
        return notClientPrefixes.stream().noneMatch(threadName::startsWith);
    }
}
