package io.arangomcp.domain.error;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ArangoErrorsTest {

    @Test
    void errorUsesTheStandardNumberStatusAndText() {
        DatabaseError e = ArangoErrors.DOCUMENT_NOT_FOUND.error();

        assertThat(e.errorNum()).isEqualTo(1202);
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.getMessage()).isEqualTo("document not found");
        assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void errorWithMessageKeepsNumberAndStatus() {
        DatabaseError e = ArangoErrors.QUERY_PARSE.error("syntax error, unexpected end of query near '' at 1:9");

        assertThat(e.errorNum()).isEqualTo(1501);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).startsWith("syntax error, unexpected end");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_ERROR);
    }

    @Test
    void formatFillsThePlaceholder() {
        assertThat(ArangoErrors.GRAPH_NOT_FOUND.text()).isEqualTo("graph '%s' not found");
        assertThat(ArangoErrors.GRAPH_NOT_FOUND.format("social").getMessage()).isEqualTo("graph 'social' not found");
        assertThat(ArangoErrors.QUERY_FAIL_CALLED.format("boom").getMessage()).isEqualTo("FAIL(boom) called");
    }

    @Test
    void errorNumbersAreUnique() {
        long distinct = Arrays.stream(ArangoErrors.values()).mapToInt(ArangoErrors::errorNum).distinct().count();
        assertThat(distinct).isEqualTo(ArangoErrors.values().length);
    }

    @Test
    void tableEntriesMapToTheCodesClientsExpect() {
        assertThat(ArangoErrors.UNIQUE_CONSTRAINT_VIOLATED.error().code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(ArangoErrors.DUPLICATE_NAME.error().code()).isEqualTo(ErrorCode.ALREADY_EXISTS);
        assertThat(ArangoErrors.GRAPH_DUPLICATE.error().code()).isEqualTo(ErrorCode.ALREADY_EXISTS);
        assertThat(ArangoErrors.USER_DUPLICATE.error().code()).isEqualTo(ErrorCode.ALREADY_EXISTS);
        assertThat(ArangoErrors.VALIDATION_FAILED.error().code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(ArangoErrors.QUERY_KILLED.error().code()).isEqualTo(ErrorCode.CANCELLED);
        assertThat(ArangoErrors.RESOURCE_LIMIT.error().code()).isEqualTo(ErrorCode.RESOURCE_LIMIT);
        assertThat(ArangoErrors.NOT_IMPLEMENTED.error().code()).isEqualTo(ErrorCode.NOT_SUPPORTED);
        assertThat(ArangoErrors.USE_SYSTEM_DATABASE.error().code()).isEqualTo(ErrorCode.ACCESS_DENIED);
        assertThat(ArangoErrors.DATABASE_NOT_FOUND.error().code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(ArangoErrors.QUERY_DIVISION_BY_ZERO.error().code()).isEqualTo(ErrorCode.QUERY_ERROR);
        assertThat(ArangoErrors.ILLEGAL_NAME.error().code()).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(ArangoErrors.INTERNAL.error().code()).isEqualTo(ErrorCode.DATABASE_ERROR);
    }

    @Test
    void everyEntryHasAnErrorStatus() {
        for (ArangoErrors e : ArangoErrors.values()) {
            assertThat(e.httpStatus()).as(e.name()).isBetween(400, 599);
            assertThat(e.text()).as(e.name()).isNotBlank();
        }
    }

    @Test
    void statusOfGivesTheStatusOfAKnownNumberAndTheFallbackOtherwise() {
        assertThat(ArangoErrors.statusOf(1210, 400)).isEqualTo(409);
        assertThat(ArangoErrors.statusOf(1202, 400)).isEqualTo(404);
        assertThat(ArangoErrors.statusOf(99999, 400)).isEqualTo(400);
    }
}
