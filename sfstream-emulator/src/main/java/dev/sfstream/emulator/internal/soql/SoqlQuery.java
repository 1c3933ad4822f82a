package dev.sfstream.emulator.internal.soql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed SOQL statement. Constructs the emulator does not run (GROUP BY, TYPEOF, sub-selects) are kept
 * as flags so that callers can refuse them with Salesforce's error.
 *
 * @param where the WHERE condition, or null
 * @param limit the LIMIT, or null
 * @param offset the OFFSET, or null
 * @param groupBy whether a GROUP BY clause was present
 * @param typeOf whether a TYPEOF clause was present
 * @param childSubquery whether the SELECT list held a {@code (SELECT ...)} child query
 */
public record SoqlQuery(String text, List<SelectItem> select, FieldRef from, Condition where,
                        List<OrderItem> orderBy, Integer limit, Integer offset, boolean groupBy, boolean typeOf,
                        boolean childSubquery) {
    public SoqlQuery {
        select = List.copyOf(select);
        orderBy = List.copyOf(orderBy);
    }

    /** One ORDER BY entry. */
    public record OrderItem(FieldRef field, boolean descending) {
    }

    /** The plain fields of the SELECT list, in order. */
    public List<String> selectFields() {
        return select.stream().filter(s -> !s.isAggregate()).map(s -> s.field().name()).toList();
    }

    public Set<String> whereFields() {
        return where == null ? Set.of() : where.fields();
    }

    /** SELECT and WHERE fields together (the "Referenced" set). */
    public Set<String> referencedFields() {
        Set<String> all = new LinkedHashSet<>(selectFields());
        all.addAll(whereFields());
        return all;
    }

    public boolean isCountOnly() {
        return select.size() == 1 && "COUNT".equalsIgnoreCase(select.get(0).function())
                && select.get(0).field().name().isEmpty();
    }
}
