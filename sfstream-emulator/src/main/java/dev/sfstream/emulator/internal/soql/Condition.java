package dev.sfstream.emulator.internal.soql;

import java.util.List;
import java.util.Set;

/** A WHERE clause node. */
public sealed interface Condition {
    /** Every field the condition reads. */
    Set<String> fields();

    /** {@code field op value}, op one of = != < > <= >=. */
    record Comparison(FieldRef field, String operator, Object value) implements Condition {
        @Override
        public Set<String> fields() {
            return Set.of(field.name());
        }
    }

    /** {@code field [NOT] IN (values)}. */
    record InList(FieldRef field, List<Object> values, boolean negated) implements Condition {
        @Override
        public Set<String> fields() {
            return Set.of(field.name());
        }
    }

    /** {@code field LIKE 'pattern'} with % and _ wildcards. */
    record Like(FieldRef field, String pattern) implements Condition {
        @Override
        public Set<String> fields() {
            return Set.of(field.name());
        }
    }

    /** {@code a AND b AND ...} or {@code a OR b OR ...}. */
    record Junction(boolean and, List<Condition> parts) implements Condition {
        @Override
        public Set<String> fields() {
            return parts.stream().flatMap(p -> p.fields().stream()).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** {@code NOT condition}. */
    record Negation(Condition inner) implements Condition {
        @Override
        public Set<String> fields() {
            return inner.fields();
        }
    }

    /** {@code field [NOT] IN (SELECT ...)}: parsed so that it can be refused with the right error. */
    record SemiJoin(FieldRef field, boolean negated, SoqlQuery subquery) implements Condition {
        @Override
        public Set<String> fields() {
            return Set.of(field.name());
        }
    }
}
