package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.SObjectCatalog;
import dev.sfstream.emulator.internal.soql.Condition;
import dev.sfstream.emulator.internal.soql.QueryValidator;
import dev.sfstream.emulator.internal.soql.SelectItem;
import dev.sfstream.emulator.internal.soql.SoqlParser;
import dev.sfstream.emulator.internal.soql.SoqlQuery;

/** The PushTopic query restrictions: one object, {@code Id} selected, none of the unsupported constructs. */
final class PushTopicQueries {
    static final int MAX_LENGTH = 1300;

    private PushTopicQueries() {
    }

    static SoqlQuery validate(String text, SObjectCatalog catalog) {
        SoqlQuery query = SoqlParser.parse(text);
        QueryValidator.resolve(query, catalog);
        if (containsSemiJoin(query.where())) {
            throw refused("semi/anti join sub-selects are not supported");
        }
        if (query.groupBy() || query.select().stream().anyMatch(SelectItem::isAggregate)) {
            throw refused("Aggregate queries are not supported");
        }
        if (query.limit() != null) {
            throw refused("'LIMIT' is not allowed");
        }
        if (query.childSubquery() || query.select().stream().anyMatch(s -> s.field().isRelationship())
                || query.whereFields().stream().anyMatch(f -> f.contains("."))) {
            throw refused("relationships are not supported");
        }
        if (!query.orderBy().isEmpty()) {
            throw refused("'ORDER BY' clause is not allowed");
        }
        if (containsNot(query.where())) {
            throw refused("'NOT' is not supported");
        }
        if (query.offset() != null) {
            throw refused("'OFFSET' clause is not allowed");
        }
        if (query.typeOf()) {
            throw refused("'TYPEOF' clause is not allowed");
        }
        if (query.selectFields().stream().noneMatch(f -> f.equalsIgnoreCase("Id"))) {
            throw refused("SELECT clause must contain Id");
        }
        return query;
    }

    private static ApiError refused(String message) {
        return ApiError.badRequest("INVALID_FIELD", message);
    }

    private static boolean containsSemiJoin(Condition condition) {
        if (condition instanceof Condition.SemiJoin) {
            return true;
        }
        if (condition instanceof Condition.Junction j) {
            return j.parts().stream().anyMatch(PushTopicQueries::containsSemiJoin);
        }
        return condition instanceof Condition.Negation n && containsSemiJoin(n.inner());
    }

    private static boolean containsNot(Condition condition) {
        if (condition instanceof Condition.Negation) {
            return true;
        }
        return condition instanceof Condition.Junction j && j.parts().stream().anyMatch(PushTopicQueries::containsNot);
    }
}
