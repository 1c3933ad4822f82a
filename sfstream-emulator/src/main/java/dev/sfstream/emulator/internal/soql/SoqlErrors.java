package dev.sfstream.emulator.internal.soql;

import dev.sfstream.emulator.internal.records.ApiError;

/** Builds SOQL errors in Salesforce's shape: the statement, a caret under the fault, row and column. */
final class SoqlErrors {
    private SoqlErrors() {
    }

    static ApiError malformed(String soql, Token at) {
        return positioned("MALFORMED_QUERY", soql, at.row(), at.column(), "unexpected token: '" + at.shown() + "'");
    }

    static ApiError malformed(String soql, int row, int column, String message) {
        return positioned("MALFORMED_QUERY", soql, row, column, message);
    }

    static ApiError positioned(String code, String soql, int row, int column, String message) {
        String[] lines = soql.split("\n", -1);
        String line = row - 1 < lines.length ? lines[row - 1] : "";
        String text = "\n" + line + "\n" + " ".repeat(Math.max(0, column - 1)) + "^\nERROR at Row:" + row
                + ":Column:" + column + "\n" + message;
        return ApiError.badRequest(code, text);
    }

    static ApiError noSuchColumn(String soql, String field, String entity, int row, int column) {
        return positioned("INVALID_FIELD", soql, row, column, "No such column '" + field + "' on entity '" + entity
                + "'. If you are attempting to use a custom field, be sure to append the '__c' after the custom"
                + " field name. Please reference your WSDL or the describe call for the appropriate names.");
    }
}
