package io.arangomcp.ports.spi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OperationKindTest {

    @ParameterizedTest(name = "{0}: readOnly={1} destructive={2} idempotent={3} writes={4}")
    @CsvSource({
            "READ,   true,  false, true,  false",
            "CREATE, false, false, false, true",
            "UPDATE, false, true,  false, true",
            "DELETE, false, true,  false, true",
            "ADMIN,  false, true,  false, true",
            "QUERY,  false, true,  false, false",
            "EXPORT, false, false, false, false",
            "META,   true,  false, true,  false"
    })
    void derivesTheMcpHintsAndTheReadOnlyRule(OperationKind kind, boolean readOnly, boolean destructive,
                                               boolean idempotent, boolean writes) {
        assertThat(kind.readOnlyHint()).isEqualTo(readOnly);
        assertThat(kind.destructiveHint()).isEqualTo(destructive);
        assertThat(kind.idempotentHint()).isEqualTo(idempotent);
        assertThat(kind.writes()).isEqualTo(writes);
    }
}
