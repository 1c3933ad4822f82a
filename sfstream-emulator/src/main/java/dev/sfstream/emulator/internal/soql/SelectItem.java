package dev.sfstream.emulator.internal.soql;

/**
 * One entry of the SELECT list: a field, or an aggregate call such as {@code COUNT()} or {@code AVG(x)}.
 *
 * @param function the aggregate function name, or null for a plain field
 * @param field the field (for {@code COUNT()} its name is empty)
 */
public record SelectItem(String function, FieldRef field) {
    public boolean isAggregate() {
        return function != null;
    }
}
