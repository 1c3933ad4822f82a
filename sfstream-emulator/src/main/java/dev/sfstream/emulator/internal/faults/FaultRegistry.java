package dev.sfstream.emulator.internal.faults;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** The armed faults. Each match uses up one of a fault's {@code times}; used-up faults disappear. */
public final class FaultRegistry {
    private final List<Armed> armed = new CopyOnWriteArrayList<>();

    public void add(FaultRule rule) {
        armed.add(new Armed(rule, new AtomicInteger(rule.times())));
    }

    public void clear() {
        armed.clear();
    }

    /** The armed faults with what is left of their {@code times}. */
    public List<FaultRule> list() {
        return armed.stream().filter(a -> a.remaining.get() != 0)
                .map(a -> withTimes(a.rule, a.remaining.get())).toList();
    }

    public boolean isEmpty() {
        return armed.isEmpty();
    }

    /** Finds the oldest armed fault that matches and uses up one of its times. */
    public Optional<FaultRule> take(Predicate<FaultRule> matches) {
        for (Armed candidate : armed) {
            if (!matches.test(candidate.rule)) {
                continue;
            }
            int left = candidate.remaining.getAndUpdate(n -> n > 0 ? n - 1 : n);
            if (left < 0) {
                return Optional.of(candidate.rule);
            }
            if (left > 0) {
                if (left == 1) {
                    armed.remove(candidate);
                }
                return Optional.of(candidate.rule);
            }
            armed.remove(candidate);
        }
        return Optional.empty();
    }

    private static FaultRule withTimes(FaultRule rule, int times) {
        return new FaultRule(rule.channel(), rule.pathPrefix(), rule.bayeuxError(), rule.httpStatus(), rule.body(),
                rule.delayMillis(), rule.dropConnection(), rule.serverDisconnect(), rule.malformed(),
                times);
    }

    private record Armed(FaultRule rule, AtomicInteger remaining) {
    }
}
