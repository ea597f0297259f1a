package io.arangomcp.aql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.domain.error.DatabaseError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where syntax errors are located: ArangoDB's lexer treats whitespace runs, line breaks and comment pieces as
 * lexemes, and the end of the query inherits the location of the last one; these cases pin that behaviour
 * (the golden files strip trailing whitespace, so it is tested here).
 */
class SyntaxErrorLocationTest {

    private static String messageOf(String query) {
        try {
            Parser.parse(query);
        } catch (DatabaseError e) {
            return e.getMessage();
        }
        throw new AssertionError("no syntax error for " + query);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            FOR x IN [1]|syntax error, unexpected end of query string near ']' at position 1:12
            'FOR x IN [1]   '|syntax error, unexpected end of query string near '   ' at position 1:13
            FOR x IN [1] // done|syntax error, unexpected end of query string near ' done' at position 1:16
            FOR x IN [1] /* done */|syntax error, unexpected end of query string near '*/' at position 1:22
            """)
    void anErrorAtTheEndIsLocatedAtTheLastLexeme(String query, String message) {
        assertThatThrownBy(() -> Parser.parse(query)).hasMessage(message);
    }

    @Test
    void aTrailingLineBreakLocatesTheEndAtTheStartOfTheNextLine() {
        assertThatThrownBy(() -> Parser.parse("FOR x IN [1]\n"))
                .hasMessage("syntax error, unexpected end of query string near '' at position 2:1");
        assertThatThrownBy(() -> Parser.parse("FOR x IN [1]\n    "))
                .hasMessage("syntax error, unexpected end of query string near '    ' at position 2:1");
    }

    @Test
    void aMultiLineStringIsLocatedAtItsClosingQuote() {
        assertThatThrownBy(() -> Parser.parse("RETURN 1 'x\ny'"))
                .hasMessage("syntax error, unexpected quoted string near ''' at position 2:2");
    }

    @Test
    void anUnterminatedStringEndingInALineBreakIsLocatedOnTheNextLine() {
        assertThatThrownBy(() -> Parser.parse("RETURN \"ab\n"))
                .hasMessage("unexpected unterminated string literal near '' at position 2:1");
    }

    @Test
    void columnsCountUtf8Bytes() {
        assertThatThrownBy(() -> Parser.parse("RETURN 'ä' 1"))
                .hasMessage("syntax error, unexpected integer number near '1' at position 1:13");
    }

    @Test
    void errorsAreParseErrors() {
        assertThatThrownBy(() -> Parser.parse("RETURN")).isInstanceOfSatisfying(DatabaseError.class,
                e -> assertThat(e.errorNum()).isEqualTo(1501));
        assertThat(messageOf("LET x = 1")).isEqualTo(
                "syntax error, unexpected end of query string near '1' at position 1:9");
    }
}
