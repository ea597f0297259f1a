package io.arangomcp.toolpacks.validation.refs;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ReferenceCheckTest {
    private final DatabaseGateway db = mock(DatabaseGateway.class);

    @Test
    void reportsEachReferenceThatDoesNotResolveWithItsReason() {
        when(db.document("users", "1")).thenReturn(Map.of("_key", "1"));
        when(db.document("users", "2")).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());
        when(db.document("ghosts", "1")).thenThrow(ArangoErrors.DATA_SOURCE_NOT_FOUND.error());
        when(db.document("users", "bad key")).thenThrow(ArangoErrors.DOCUMENT_KEY_BAD.error());
        Map<String, Object> doc = new HashMap<>();
        doc.put("ok", "users/1");
        doc.put("gone", "users/2");
        doc.put("ghost", "ghosts/1");
        doc.put("plain", "1");
        doc.put("number", 7);
        doc.put("bad", "users/bad key");
        doc.put("twice", "a/b/c");
        doc.put("empty", "users/");
        doc.put("unset", null);

        List<InvalidReference> invalid = ReferenceCheck.invalid(db, doc, List.of("ok", "gone", "ghost", "plain",
                "number", "bad", "twice", "empty", "unset", "missing"));

        assertThat(invalid).extracting(InvalidReference::field, InvalidReference::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gone", "document not found"),
                org.assertj.core.groups.Tuple.tuple("ghost", "collection not found"),
                org.assertj.core.groups.Tuple.tuple("plain", "not a document id"),
                org.assertj.core.groups.Tuple.tuple("number", "not a document id"),
                org.assertj.core.groups.Tuple.tuple("bad", "not a document id"),
                org.assertj.core.groups.Tuple.tuple("twice", "not a document id"),
                org.assertj.core.groups.Tuple.tuple("empty", "not a document id"));
    }

    @Test
    void otherDatabaseFailuresAreNotHidden() {
        when(db.document("users", "1")).thenThrow(ArangoErrors.INTERNAL.error());

        assertThatThrownBy(() -> ReferenceCheck.invalid(db, Map.of("a", "users/1"), List.of("a")))
                .isInstanceOf(ArangoMcpException.class);
    }
}
