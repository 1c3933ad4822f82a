package dev.sfstream.emulator.internal.soql;

import dev.sfstream.emulator.internal.records.SObjectCatalog;
import dev.sfstream.emulator.internal.records.SObjectKind;
import dev.sfstream.emulator.internal.records.SObjectSchema;

/** Checks that a parsed statement names an existing sObject type and existing fields. */
public final class QueryValidator {
    private QueryValidator() {
    }

    /** The FROM type; {@code INVALID_TYPE} or {@code INVALID_FIELD} (with caret) when something is unknown. */
    public static SObjectSchema resolve(SoqlQuery query, SObjectCatalog catalog) {
        FieldRef from = query.from();
        SObjectSchema schema = catalog.find(from.name())
                .filter(s -> s.kind() != SObjectKind.PLATFORM_EVENT)
                .orElseThrow(() -> SoqlErrors.positioned("INVALID_TYPE", query.text(), from.row(), from.column(),
                        "sObject type '" + from.name() + "' is not supported."));
        for (SelectItem item : query.select()) {
            if (!item.field().name().isEmpty() && !item.field().isRelationship()
                    && !item.field().name().equals("(subquery)") && !item.field().name().equals("TYPEOF")) {
                check(query, schema, item.field());
            }
        }
        checkCondition(query, schema, query.where());
        for (SoqlQuery.OrderItem order : query.orderBy()) {
            check(query, schema, order.field());
        }
        return schema;
    }

    private static void checkCondition(SoqlQuery query, SObjectSchema schema, Condition condition) {
        if (condition == null) {
            return;
        }
        if (condition instanceof Condition.Comparison c) {
            check(query, schema, c.field());
        } else if (condition instanceof Condition.InList in) {
            check(query, schema, in.field());
        } else if (condition instanceof Condition.Like like) {
            check(query, schema, like.field());
        } else if (condition instanceof Condition.SemiJoin s) {
            check(query, schema, s.field());
        } else if (condition instanceof Condition.Junction j) {
            j.parts().forEach(p -> checkCondition(query, schema, p));
        } else if (condition instanceof Condition.Negation n) {
            checkCondition(query, schema, n.inner());
        }
    }

    private static void check(SoqlQuery query, SObjectSchema schema, FieldRef field) {
        if (field.isRelationship()) {
            return;
        }
        if (!schema.queryable(field.name())) {
            throw SoqlErrors.noSuchColumn(query.text(), field.name(), schema.name(), field.row(), field.column());
        }
    }

    /** The schema's spelling of a field name (custom fields never written keep the query's spelling). */
    public static String canonical(SObjectSchema schema, String field) {
        return schema.field(field).map(f -> f.name()).orElse(field);
    }
}
