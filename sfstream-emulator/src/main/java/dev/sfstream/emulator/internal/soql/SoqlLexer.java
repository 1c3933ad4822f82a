package dev.sfstream.emulator.internal.soql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a SOQL statement into tokens, tracking row and column for error messages. */
final class SoqlLexer {
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2}))?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SoqlLexer() {
    }

    static List<Token> tokenize(String soql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int row = 1;
        int lineStart = 0;
        while (i < soql.length()) {
            char c = soql.charAt(i);
            if (c == '\n') {
                row++;
                lineStart = i + 1;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int column = i - lineStart + 1;
            if (c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                boolean closed = false;
                while (j < soql.length()) {
                    char d = soql.charAt(j);
                    if (d == '\\' && j + 1 < soql.length()) {
                        text.append(unescape(soql.charAt(j + 1)));
                        j += 2;
                    } else if (d == '\'') {
                        closed = true;
                        j++;
                        break;
                    } else {
                        text.append(d);
                        j++;
                    }
                }
                if (!closed) {
                    throw SoqlErrors.malformed(soql, row, column, "line " + row + ":" + (column - 1)
                            + " mismatched character '<EOF>' expecting '''");
                }
                tokens.add(new Token(Token.Kind.STRING, text.toString(), row, column));
                i = j;
                continue;
            }
            Matcher date = DATE.matcher(soql).region(i, soql.length());
            if (Character.isDigit(c) && date.lookingAt()) {
                tokens.add(new Token(Token.Kind.DATE, date.group(), row, column));
                i = date.end();
                continue;
            }
            Matcher number = NUMBER.matcher(soql).region(i, soql.length());
            if ((Character.isDigit(c) || c == '-') && number.lookingAt()) {
                tokens.add(new Token(Token.Kind.NUMBER, number.group(), row, column));
                i = number.end();
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < soql.length() && (Character.isLetterOrDigit(soql.charAt(j)) || soql.charAt(j) == '_'
                        || soql.charAt(j) == '.')) {
                    j++;
                }
                tokens.add(new Token(Token.Kind.WORD, soql.substring(i, j), row, column));
                i = j;
                continue;
            }
            String two = i + 1 < soql.length() ? soql.substring(i, i + 2) : "";
            if (two.equals("!=") || two.equals("<>") || two.equals("<=") || two.equals(">=")) {
                tokens.add(new Token(Token.Kind.SYMBOL, two, row, column));
                i += 2;
                continue;
            }
            if ("=<>(),".indexOf(c) >= 0) {
                tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), row, column));
                i++;
                continue;
            }
            throw SoqlErrors.malformed(soql, row, column, "line " + row + ":" + (column - 1)
                    + " no viable alternative at character '" + c + "'");
        }
        tokens.add(new Token(Token.Kind.END, "", row, soql.length() - lineStart + 1));
        return tokens;
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> c;
        };
    }
}
