package io.arangomcp.domain.error;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseErrorTest {

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
            // specific error numbers win over the status
            "400, 1620, VALIDATION_FAILED",
            "500, 32, RESOURCE_LIMIT",
            "410, 1500, CANCELLED",
            "400, 1500, CANCELLED",
            "501, 9, NOT_SUPPORTED",
            "500, 21004, TIMEOUT",
            "409, 1207, ALREADY_EXISTS",
            "409, 1925, ALREADY_EXISTS",
            "409, 1702, ALREADY_EXISTS",
            // AQL errors are query errors only when the server answers 400
            "400, 1501, QUERY_ERROR",
            "400, 1599, QUERY_ERROR",
            "500, 1540, DATABASE_ERROR",
            "400, 1600, BAD_REQUEST",
            // otherwise the HTTP status decides
            "401, 11, UNAUTHORIZED",
            "403, 11, ACCESS_DENIED",
            "404, 1202, NOT_FOUND",
            "404, 1600, NOT_FOUND",
            "409, 1200, CONFLICT",
            "412, 1200, CONFLICT",
            "400, 10, BAD_REQUEST",
            "501, 0, NOT_SUPPORTED",
            "503, 503, DATABASE_UNAVAILABLE",
            "500, 4, DATABASE_ERROR",
            "0, 0, DATABASE_ERROR"
    })
    void codeForMapsErrorNumbersFirstThenStatus(int status, int errorNum, ErrorCode expected) {
        assertThat(DatabaseError.codeFor(status, errorNum)).isEqualTo(expected);
    }

    @Test
    void carriesStatusAndErrorNumAsFieldsAndDetails() {
        DatabaseError e = new DatabaseError(404, 1203, "collection or view not found");

        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.errorNum()).isEqualTo(1203);
        assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("collection or view not found");
        assertThat(e.details()).containsEntry("status", 404).containsEntry("errorNum", 1203).hasSize(2);
        assertThat(e.hint()).isNull();
    }

    @Test
    void detailsListStatusThenErrorNumInEveryRun() {
        assertThat(new DatabaseError(404, 1203, "m").details().keySet()).containsExactly("status", "errorNum");
    }

    @Test
    void withHintKeepsEverythingElse() {
        RuntimeException cause = new RuntimeException("wire");
        DatabaseError original = new DatabaseError(409, 1210, "unique constraint violated", null, cause);

        DatabaseError hinted = original.withHint("use overwriteMode");

        assertThat(hinted.hint()).isEqualTo("use overwriteMode");
        assertThat(hinted.httpStatus()).isEqualTo(409);
        assertThat(hinted.errorNum()).isEqualTo(1210);
        assertThat(hinted.getMessage()).isEqualTo("unique constraint violated");
        assertThat(hinted.getCause()).isSameAs(cause);
        assertThat(hinted.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(original.hint()).isNull();
    }
}
