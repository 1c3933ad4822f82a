package dev.sfstream.emulator.internal.soql;

/**
 * One lexical token of a SOQL statement.
 *
 * @param text the token as written (string literals without quotes, escapes resolved)
 * @param row 1-based line of the token's first character
 * @param column 1-based column of the token's first character
 */
record Token(Kind kind, String text, int row, int column) {
    /** The token classes of the SOQL subset. */
    enum Kind { WORD, STRING, NUMBER, DATE, SYMBOL, END }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** How the token reads in an {@code unexpected token} error. */
    String shown() {
        return kind == Kind.END ? "<EOF>" : text;
    }
}
