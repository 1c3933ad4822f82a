package dev.sfstream.emulator.internal.soql;

import dev.sfstream.emulator.internal.records.ApiError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the SOQL subset: {@code SELECT fields FROM Object [WHERE cond] [GROUP BY ...] [ORDER BY ...]
 * [LIMIT n] [OFFSET n]}, where conditions use = != <> < > <= >= [NOT] IN LIKE AND OR NOT and parentheses.
 * Syntax errors become {@code MALFORMED_QUERY} with Salesforce's caret excerpt.
 */
public final class SoqlParser {
    private static final Set<String> AGGREGATES = Set.of("COUNT", "AVG", "MIN", "MAX", "SUM", "COUNT_DISTINCT");
    private static final Set<String> CLAUSE_WORDS = Set.of("FROM", "WHERE", "GROUP", "ORDER", "LIMIT", "OFFSET",
            "AND", "OR", "NOT", "IN", "LIKE", "SELECT", "BY", "TYPEOF");

    private final String soql;
    private final List<Token> tokens;
    private int position;
    private boolean groupBy;
    private boolean typeOf;
    private boolean childSubquery;

    private SoqlParser(String soql, List<Token> tokens, int position) {
        this.soql = soql;
        this.tokens = tokens;
        this.position = position;
    }

    /** Parses a whole statement. */
    public static SoqlQuery parse(String soql) {
        if (soql == null) {
            throw ApiError.badRequest("MALFORMED_QUERY", "A query string has to be specified");
        }
        if (soql.isBlank()) {
            throw ApiError.badRequest("MALFORMED_QUERY", "SOQL statements cannot be empty or null");
        }
        SoqlParser parser = new SoqlParser(soql, SoqlLexer.tokenize(soql), 0);
        SoqlQuery query = parser.query();
        parser.expectEnd();
        return query;
    }

    private SoqlQuery query() {
        expectWord("SELECT");
        List<SelectItem> select = selectList();
        expectWord("FROM");
        FieldRef from = identifier();
        Condition where = null;
        if (peek().isWord("WHERE")) {
            next();
            where = orCondition();
        }
        if (peek().isWord("GROUP")) {
            next();
            expectWord("BY");
            groupBy = true;
            identifier();
            while (peek().isSymbol(",")) {
                next();
                identifier();
            }
        }
        List<SoqlQuery.OrderItem> order = new ArrayList<>();
        if (peek().isWord("ORDER")) {
            next();
            expectWord("BY");
            do {
                if (!order.isEmpty()) {
                    next();
                }
                order.add(orderItem());
            } while (peek().isSymbol(","));
        }
        Integer limit = peek().isWord("LIMIT") ? integerAfterKeyword() : null;
        Integer offset = peek().isWord("OFFSET") ? integerAfterKeyword() : null;
        return new SoqlQuery(soql, select, from, where, order, limit, offset, groupBy, typeOf, childSubquery);
    }

    private List<SelectItem> selectList() {
        List<SelectItem> items = new ArrayList<>();
        do {
            if (!items.isEmpty()) {
                next();
            }
            items.add(selectItem());
        } while (peek().isSymbol(","));
        return items;
    }

    private SelectItem selectItem() {
        Token token = peek();
        if (token.isWord("TYPEOF")) {
            typeOf = true;
            while (!peek().isWord("END") && peek().kind() != Token.Kind.END) {
                next();
            }
            expectWord("END");
            return new SelectItem(null, new FieldRef("TYPEOF", token.row(), token.column()));
        }
        if (token.isSymbol("(")) {
            next();
            childSubquery = true;
            SoqlParser nested = new SoqlParser(soql, tokens, position);
            nested.query();
            position = nested.position;
            expectSymbol(")");
            return new SelectItem(null, new FieldRef("(subquery)", token.row(), token.column()));
        }
        FieldRef field = identifier();
        if (peek().isSymbol("(") && AGGREGATES.contains(field.name().toUpperCase())) {
            next();
            FieldRef argument = peek().isSymbol(")") ? new FieldRef("", field.row(), field.column()) : identifier();
            expectSymbol(")");
            if (peek().kind() == Token.Kind.WORD && !CLAUSE_WORDS.contains(peek().text().toUpperCase())) {
                next();
            }
            return new SelectItem(field.name().toUpperCase(), argument);
        }
        return new SelectItem(null, field);
    }

    private SoqlQuery.OrderItem orderItem() {
        FieldRef field = identifier();
        boolean descending = false;
        if (peek().isWord("ASC") || peek().isWord("DESC")) {
            descending = next().isWord("DESC");
        }
        if (peek().isWord("NULLS")) {
            next();
            if (!peek().isWord("FIRST") && !peek().isWord("LAST")) {
                throw SoqlErrors.malformed(soql, peek());
            }
            next();
        }
        return new SoqlQuery.OrderItem(field, descending);
    }

    private Condition orCondition() {
        List<Condition> parts = new ArrayList<>();
        parts.add(notCondition());
        String joiner = null;
        while (peek().isWord("AND") || peek().isWord("OR")) {
            String word = peek().text().toUpperCase();
            if (joiner != null && !joiner.equals(word)) {
                throw SoqlErrors.malformed(soql, peek());
            }
            joiner = word;
            next();
            parts.add(notCondition());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Junction("AND".equals(joiner), parts);
    }

    private Condition notCondition() {
        if (peek().isWord("NOT")) {
            next();
            return new Condition.Negation(notCondition());
        }
        if (peek().isSymbol("(")) {
            next();
            Condition inner = orCondition();
            expectSymbol(")");
            return inner;
        }
        FieldRef field = identifier();
        Token operator = next();
        if (operator.isWord("IN") || (operator.isWord("NOT") && peek().isWord("IN"))) {
            boolean negated = operator.isWord("NOT");
            if (negated) {
                next();
            }
            return inList(field, negated);
        }
        if (operator.isWord("LIKE")) {
            Token pattern = next();
            if (pattern.kind() != Token.Kind.STRING) {
                throw SoqlErrors.malformed(soql, pattern);
            }
            return new Condition.Like(field, pattern.text());
        }
        if (operator.kind() == Token.Kind.SYMBOL && Set.of("=", "!=", "<>", "<", ">", "<=", ">=")
                .contains(operator.text())) {
            String op = operator.text().equals("<>") ? "!=" : operator.text();
            return new Condition.Comparison(field, op, literal(next()));
        }
        throw SoqlErrors.malformed(soql, operator);
    }

    private Condition inList(FieldRef field, boolean negated) {
        expectSymbol("(");
        if (peek().isWord("SELECT")) {
            SoqlParser nested = new SoqlParser(soql, tokens, position);
            SoqlQuery sub = nested.query();
            position = nested.position;
            expectSymbol(")");
            return new Condition.SemiJoin(field, negated, sub);
        }
        List<Object> values = new ArrayList<>();
        do {
            if (!values.isEmpty()) {
                next();
            }
            values.add(literal(next()));
        } while (peek().isSymbol(","));
        expectSymbol(")");
        return new Condition.InList(field, values, negated);
    }

    private Object literal(Token token) {
        return switch (token.kind()) {
            case STRING, DATE -> token.text();
            case NUMBER -> new BigDecimal(token.text());
            case WORD -> {
                if (token.isWord("null")) {
                    yield SoqlLiteral.NULL;
                }
                if (token.isWord("true") || token.isWord("false")) {
                    yield Boolean.parseBoolean(token.text());
                }
                throw SoqlErrors.malformed(soql, token);
            }
            default -> throw SoqlErrors.malformed(soql, token);
        };
    }

    private Integer integerAfterKeyword() {
        next();
        Token value = next();
        if (value.kind() != Token.Kind.NUMBER || value.text().contains(".") || value.text().startsWith("-")) {
            throw SoqlErrors.malformed(soql, value);
        }
        try {
            return Integer.valueOf(value.text());
        } catch (NumberFormatException e) {
            throw SoqlErrors.malformed(soql, value);
        }
    }

    private FieldRef identifier() {
        Token token = next();
        if (token.kind() != Token.Kind.WORD || CLAUSE_WORDS.contains(token.text().toUpperCase())) {
            throw SoqlErrors.malformed(soql, token);
        }
        return new FieldRef(token.text(), token.row(), token.column());
    }

    private void expectWord(String word) {
        Token token = next();
        if (!token.isWord(word)) {
            throw SoqlErrors.malformed(soql, token);
        }
    }

    private void expectSymbol(String symbol) {
        Token token = next();
        if (!token.isSymbol(symbol)) {
            throw SoqlErrors.malformed(soql, token);
        }
    }

    private void expectEnd() {
        if (peek().kind() != Token.Kind.END) {
            throw SoqlErrors.malformed(soql, peek());
        }
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token token = tokens.get(position);
        if (token.kind() != Token.Kind.END) {
            position++;
        }
        return token;
    }
}
