package io.arangomcp.adapters.memory.store;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueOrderTest {

    private static final ValueOrder ORDER = ValueOrder.INSTANCE;

    @Test
    void ordersTypesLikeAql() {
        List<Object> values = new ArrayList<>(Arrays.asList(Map.of("a", 1), List.of(1), "a", 1, true, false, null,
                ValueOrder.MAX, ValueOrder.MIN));

        values.sort(ORDER);

        assertThat(values).containsExactly(ValueOrder.MIN, null, false, true, 1, "a", List.of(1), Map.of("a", 1),
                ValueOrder.MAX);
    }

    @Test
    void comparesNumbersByValueWhateverTheirJavaType() {
        assertThat(ValueOrder.same(1, 1.0)).isTrue();
        assertThat(ValueOrder.same(1L, (short) 1)).isTrue();
        assertThat(ValueOrder.same(0.0, -0.0)).isTrue();
        assertThat(ValueOrder.same(new BigDecimal("2.50"), 2.5)).isTrue();
        assertThat(ValueOrder.same(BigInteger.TEN, 10)).isTrue();
        assertThat(ORDER.compare(2, 10)).isNegative();
        assertThat(ORDER.compare(2.5, 2)).isPositive();
        assertThat(ORDER.compare((byte) 3, 4.0f)).isNegative();
    }

    @Test
    void comparesStringsByCodePoint() {
        assertThat(ORDER.compare("B", "a")).isNegative();
        assertThat(ORDER.compare("ab", "a")).isPositive();
        assertThat(ORDER.compare("\uD83D\uDE00", "\uFFFF")).isPositive();
        assertThat(ValueOrder.same("x", "x")).isTrue();
    }

    @Test
    void comparesArraysElementByElementThenByLength() {
        assertThat(ORDER.compare(List.of(1, 2), List.of(1, 3))).isNegative();
        assertThat(ORDER.compare(List.of(1, 2), List.of(1))).isPositive();
        assertThat(ValueOrder.same(List.of(1, "a"), List.of(1.0, "a"))).isTrue();
    }

    @Test
    void comparesObjectsBySortedAttributes() {
        assertThat(ValueOrder.same(Map.of("a", 1, "b", 2), Map.of("b", 2, "a", 1))).isTrue();
        assertThat(ORDER.compare(Map.of("a", 1), Map.of("a", 2))).isNegative();
        assertThat(ORDER.compare(Map.of("a", 1, "b", 1), Map.of("a", 1))).isPositive();
        assertThat(ValueOrder.same(Map.of("a", false), Map.of("a", false))).isTrue();
    }

    @Test
    void refusesNonJsonValues() {
        assertThatThrownBy(() -> ORDER.compare(new Object(), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
