package io.arangomcp.ports.spi.schema;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueTypeTest {

    record Point(int x) {
    }

    @SuppressWarnings("rawtypes")
    record Holder(String s, boolean b, Boolean bb, int i, Integer ii, long l, Long ll, double d, Double dd,
                  Object any, Point point, List<String> strings, List<? extends Point> points, List raw,
                  ArrayList<Long> arrayList, Map<String, List<Integer>> nested, Map rawMap, TreeMap<String, ?> tree,
                  float f) {
    }

    private static Type typeOf(String component) {
        for (var c : Holder.class.getRecordComponents()) {
            if (c.getName().equals(component)) {
                return c.getGenericType();
            }
        }
        throw new IllegalArgumentException(component);
    }

    private static ValueType of(String component) {
        return ValueType.of(typeOf(component));
    }

    @Test
    void scalarsAndTheirBoxes() {
        assertThat(of("s")).isEqualTo(new ValueType.StringType());
        assertThat(of("b")).isEqualTo(of("bb")).isEqualTo(new ValueType.BooleanType());
        assertThat(of("i")).isEqualTo(of("ii")).isEqualTo(new ValueType.IntegerType(false));
        assertThat(of("l")).isEqualTo(of("ll")).isEqualTo(new ValueType.IntegerType(true));
        assertThat(of("d")).isEqualTo(of("dd")).isEqualTo(new ValueType.NumberType());
        assertThat(of("any")).isEqualTo(new ValueType.AnyType());
        assertThat(of("point")).isEqualTo(new ValueType.RecordType(Point.class));
    }

    @Test
    void collectionsWithAndWithoutTypeArguments() {
        assertThat(of("strings")).isEqualTo(new ValueType.ListType(new ValueType.StringType()));
        assertThat(of("points")).isEqualTo(new ValueType.ListType(new ValueType.RecordType(Point.class)));
        assertThat(of("raw")).isEqualTo(new ValueType.ListType(new ValueType.AnyType()));
        assertThat(of("arrayList")).isEqualTo(new ValueType.ListType(new ValueType.IntegerType(true)));
        assertThat(of("nested")).isEqualTo(
                new ValueType.MapType(new ValueType.ListType(new ValueType.IntegerType(false))));
        assertThat(of("rawMap")).isEqualTo(new ValueType.MapType(new ValueType.AnyType()));
        assertThat(of("tree")).isEqualTo(new ValueType.MapType(new ValueType.AnyType()));
    }

    @Test
    void refusesOtherTypesListingTheSupportedOnes() {
        assertThatThrownBy(() -> of("f")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported type float (use String, boolean, int, long, double, List, Map<String, ?>, "
                        + "Object or a record)");
    }
}
