package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.DatabaseError;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeyGeneratorTest {

    private final ServerClock clock = new ServerClock(Clock.systemUTC());

    private KeyGenerator create(Object... options) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            map.put((String) options[i], options[i + 1]);
        }
        return KeyGenerator.create(map, clock);
    }

    private static int errorNum(Runnable call) {
        try {
            call.run();
        } catch (DatabaseError e) {
            return e.errorNum();
        }
        return 0;
    }

    @Test
    void traditionalIsTheDefaultAndDescribesItsLastValue() {
        KeyGenerator keys = KeyGenerator.create(null, clock);

        String key = keys.generate();

        assertThat(keys.describe()).containsEntry("type", "traditional").containsEntry("allowUserKeys", true)
                .containsEntry("lastValue", Long.parseLong(key));
    }

    @Test
    void traditionalContinuesAfterTrackedUserKeysAndLastValue() {
        KeyGenerator keys = create("type", "Traditional", "lastValue", 500);
        assertThat(Long.parseLong(keys.generate())).isEqualTo(501);

        keys.accept("9000");
        keys.accept("12abc");
        keys.accept("99999999999999999999");

        assertThat(keys.generate()).isEqualTo("9001");
    }

    @Test
    void paddedKeysAreHexAndTrackPaddedUserKeys() {
        KeyGenerator keys = create("type", "padded");
        assertThat(keys.generate()).matches("[0-9a-f]{16}");

        keys.accept("00000000000000ff");
        keys.accept("nothex");

        assertThat(keys.generate()).isEqualTo("0000000000000100");
        assertThat(keys.describe()).containsEntry("type", "padded").containsEntry("lastValue", 256L);
    }

    @Test
    void autoincrementStepsFromTheOffset() {
        KeyGenerator keys = create("type", "autoincrement", "offset", 3, "increment", 4);

        assertThat(keys.generate()).isEqualTo("3");
        assertThat(keys.generate()).isEqualTo("7");
        keys.accept("20");
        assertThat(keys.generate()).isEqualTo("23");
        assertThat(keys.describe()).containsEntry("offset", 3L).containsEntry("increment", 4L)
                .containsEntry("lastValue", 23L);
        assertThat(errorNum(() -> keys.accept("x1"))).isEqualTo(1221);
    }

    @Test
    void uuidKeysAreRandomUuids() {
        KeyGenerator keys = create("type", "uuid");

        assertThat(keys.generate()).hasSize(36).isNotEqualTo(keys.generate());
        assertThat(keys.describe()).containsEntry("type", "uuid");
    }

    @Test
    void refusesUserKeysWhenNotAllowedAndMalformedKeys() {
        assertThat(errorNum(() -> create("allowUserKeys", false).accept("mine"))).isEqualTo(1222);
        assertThat(errorNum(() -> create().accept("a b"))).isEqualTo(1221);
    }

    @Test
    void refusesInvalidOptionsWith1232() {
        assertThat(errorNum(() -> create("type", "random"))).isEqualTo(1232);
        assertThat(errorNum(() -> create("allowUserKeys", "yes"))).isEqualTo(1232);
        assertThat(errorNum(() -> create("lastValue", -1))).isEqualTo(1232);
        assertThat(errorNum(() -> create("type", "autoincrement", "increment", 0))).isEqualTo(1232);
        assertThat(errorNum(() -> create("type", "autoincrement", "increment", 70000))).isEqualTo(1232);
        assertThat(errorNum(() -> create("type", "autoincrement", "increment", "1"))).isEqualTo(1232);
        assertThat(errorNum(() -> create("type", "autoincrement", "offset", -5))).isEqualTo(1232);
    }

    @Test
    void readsDecimalKeysLikeArangoDb() {
        assertThat(KeyGenerator.parseDecimal("123")).isEqualTo(123);
        assertThat(KeyGenerator.parseDecimal("")).isZero();
        assertThat(KeyGenerator.parseDecimal("1a")).isZero();
    }
}
