package io.arangomcp.testkit;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Testkit: what every part of the {@link DatabaseGatewayContract} shares: the gateway under test (a fresh,
 * empty database for each test) and small helpers for documents and for ArangoDB-style failures.
 */
public interface GatewayContractSupport {

    /** The gateway under test, on a database without user collections or graphs. */
    DatabaseGateway gateway();

    /** Creates a document collection. */
    default CollectionInfo documentCollection(String name) {
        return gateway().createCollection(name, CollectionSpec.of(CollectionType.DOCUMENT));
    }

    /** Creates an edge collection. */
    default CollectionInfo edgeCollection(String name) {
        return gateway().createCollection(name, CollectionSpec.of(CollectionType.EDGE));
    }

    /** Inserts a document with default options. */
    default WriteResult insert(String collection, Map<String, Object> document) {
        return gateway().insert(collection, document, WriteOptions.defaults());
    }

    /** A mutable JSON object from alternating names and values: {@code doc("_key", "a", "n", 1)}. */
    static Map<String, Object> doc(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> document = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            document.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return document;
    }

    /** Asserts that the call fails like ArangoDB with this status and {@code errorNum}; returns the failure. */
    static DatabaseError assertDatabaseError(ThrowingCallable call, int status, int errorNum) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected HTTP %d / errorNum %d", status, errorNum).isInstanceOf(DatabaseError.class);
        DatabaseError error = (DatabaseError) thrown;
        assertThat(error.httpStatus()).as("status of: %s", error.getMessage()).isEqualTo(status);
        assertThat(error.errorNum()).as("errorNum of: %s", error.getMessage()).isEqualTo(errorNum);
        return error;
    }

    /** Asserts a failure with this {@code errorNum}, whatever its status (where servers differ). */
    static DatabaseError assertErrorNum(ThrowingCallable call, int errorNum) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected errorNum %d", errorNum).isInstanceOf(DatabaseError.class);
        DatabaseError error = (DatabaseError) thrown;
        assertThat(error.errorNum()).as("errorNum of: %s", error.getMessage()).isEqualTo(errorNum);
        return error;
    }

    /** Asserts that the call is refused as outside the gateway's capabilities. */
    static void assertNotSupported(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ArangoMcpException.class);
        assertThat(((ArangoMcpException) thrown).code()).isEqualTo(ErrorCode.NOT_SUPPORTED);
    }

    /** Skips the calling test unless the gateway has the capability. */
    default void assumeCapability(Capability capability) {
        assumeTrue(gateway().capabilities().contains(capability), "gateway lacks " + capability);
    }
}
