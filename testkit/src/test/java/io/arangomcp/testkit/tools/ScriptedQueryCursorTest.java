package io.arangomcp.testkit.tools;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptedQueryCursorTest {

    @Test
    void handsOutItsBatchesThenEmptyListsAndRecordsClosing() {
        ScriptedQueryCursor cursor = ScriptedQueryCursor.of(List.of(1, 2), List.of(3));

        assertThat(cursor.hasMore()).isTrue();
        assertThat(cursor.nextBatch()).containsExactly(1, 2);
        assertThat(cursor.nextBatch()).containsExactly(3);
        assertThat(cursor.hasMore()).isFalse();
        assertThat(cursor.nextBatch()).isEmpty();
        assertThat(cursor.batchesRead()).isEqualTo(2);
        assertThat(cursor.count()).isNull();
        assertThat(cursor.extra()).containsKeys("warnings", "stats");

        cursor.close();

        assertThat(cursor.closed()).isTrue();
        assertThatThrownBy(cursor::nextBatch).isInstanceOf(IllegalStateException.class);
    }
}
