package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WriteOptionsTest {

    @Test
    void defaultsAreArangoDbs() {
        WriteOptions d = WriteOptions.defaults();

        assertThat(d).isEqualTo(new WriteOptions(false, false, true, true, null, null, null));
    }

    @Test
    void eachWitherChangesOneOptionAndKeepsTheRest() {
        WriteOptions o = WriteOptions.defaults().withReturnNew(true).withReturnOld(true).withKeepNull(false)
                .withMergeObjects(false).withWaitForSync(true).withOverwriteMode(OverwriteMode.UPDATE)
                .withIfMatch("_rev1");

        assertThat(o).isEqualTo(new WriteOptions(true, true, false, false, true, OverwriteMode.UPDATE, "_rev1"));
        assertThat(WriteOptions.defaults().withIfMatch("r").returnNew()).isFalse();
    }

    @Test
    void overwriteModesHaveLowerCaseWireNames() {
        assertThat(OverwriteMode.CONFLICT.wireName()).isEqualTo("conflict");
        assertThat(OverwriteMode.REPLACE.wireName()).isEqualTo("replace");
    }
}
