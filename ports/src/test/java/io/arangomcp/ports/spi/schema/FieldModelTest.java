package io.arangomcp.ports.spi.schema;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldModelTest {

    record Arguments(
            @Doc("The collection.") @Required @Alias({"coll", "c"}) String collection,
            @Range(min = 1) @Default("5") int limit,
            @Range(max = 2.5) Double ratio,
            @OneOf({"a", "b"}) String choice,
            @Size(max = 3) List<String> tags,
            @Size(min = 2) String code,
            boolean strict,
            Boolean optional) {
    }

    @Test
    void describesEachComponentInDeclarationOrder() {
        List<FieldModel> fields = FieldModel.of(Arguments.class);

        assertThat(fields).extracting(FieldModel::name).containsExactly("collection", "limit", "ratio", "choice",
                "tags", "code", "strict", "optional");
        FieldModel collection = fields.get(0);
        assertThat(collection.type()).isEqualTo(new ValueType.StringType());
        assertThat(collection.javaType()).isEqualTo(String.class);
        assertThat(collection.description()).isEqualTo("The collection.");
        assertThat(collection.required()).isTrue();
        assertThat(collection.aliases()).containsExactly("coll", "c");
        assertThat(collection.defaultJson()).isNull();
    }

    @Test
    void primitivesAreRequiredUnlessTheyHaveADefault() {
        Map<String, FieldModel> byName = FieldModel.byAcceptedName(FieldModel.of(Arguments.class));

        assertThat(byName.get("strict").required()).isTrue();
        assertThat(byName.get("limit").required()).isFalse();
        assertThat(byName.get("limit").defaultJson()).isEqualTo(5);
        assertThat(byName.get("optional").required()).isFalse();
    }

    @Test
    void unsetBoundsAreNull() {
        Map<String, FieldModel> byName = FieldModel.byAcceptedName(FieldModel.of(Arguments.class));

        assertThat(byName.get("limit").minimum()).isEqualTo(1.0);
        assertThat(byName.get("limit").maximum()).isNull();
        assertThat(byName.get("ratio").minimum()).isNull();
        assertThat(byName.get("ratio").maximum()).isEqualTo(2.5);
        assertThat(byName.get("tags").minSize()).isNull();
        assertThat(byName.get("tags").maxSize()).isEqualTo(3);
        assertThat(byName.get("code").minSize()).isEqualTo(2);
        assertThat(byName.get("code").maxSize()).isNull();
        assertThat(byName.get("choice").allowed()).containsExactly("a", "b");
        assertThat(byName.get("code").allowed()).isEmpty();
    }

    @Test
    void acceptedNamesIncludeAliases() {
        Map<String, FieldModel> byName = FieldModel.byAcceptedName(FieldModel.of(Arguments.class));

        assertThat(byName.keySet()).startsWith("collection", "coll", "c", "limit");
        assertThat(byName.get("c")).isSameAs(byName.get("collection"));
    }

    @Test
    void parsesDefaultsOfEveryType() {
        record Defaults(@Default("x") String s, @Default("false") boolean b, @Default("7") int i,
                        @Default("8") long l, @Default("0.5") double d, @Default("[]") List<String> list,
                        @Default("{}") Map<String, Object> map) {
        }

        assertThat(FieldModel.of(Defaults.class)).extracting(FieldModel::defaultJson)
                .containsExactly("x", false, 7, 8L, 0.5, List.of(), Map.of());
    }

    @Test
    void refusesUnsupportedTypesNamingTheField() {
        record WithSet(Set<String> tags) {
        }
        record WithArray(String[] tags) {
        }
        record WithIntKeys(Map<Integer, String> byId) {
        }

        assertThatThrownBy(() -> FieldModel.of(WithSet.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("WithSet.tags: unsupported generic type java.util.Set<java.lang.String>");
        assertThatThrownBy(() -> FieldModel.of(WithArray.class))
                .hasMessageStartingWith("WithArray.tags: unsupported type class [Ljava.lang.String; (use String,");
        assertThatThrownBy(() -> FieldModel.of(WithIntKeys.class))
                .hasMessage("WithIntKeys.byId: map keys must be String in "
                        + "java.util.Map<java.lang.Integer, java.lang.String>");
    }

    @Test
    void refusesDefaultsThatDoNotFitTheType() {
        record BadInt(@Default("many") int n) {
        }
        record BadFraction(@Default("1.5") long n) {
        }
        record BadNumber(@Default("x") double d) {
        }
        record BadList(@Default("[1]") List<Integer> l) {
        }
        record BadMap(@Default("{\"a\":1}") Map<String, Object> m) {
        }
        record BadAny(@Default("1") Object o) {
        }

        assertThatThrownBy(() -> FieldModel.of(BadInt.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BadInt.n: @Default(\"many\") does not fit type integer");
        assertThatThrownBy(() -> FieldModel.of(BadFraction.class)).hasMessageEndingWith("does not fit type integer");
        assertThatThrownBy(() -> FieldModel.of(BadNumber.class)).hasMessageEndingWith("does not fit type number");
        assertThatThrownBy(() -> FieldModel.of(BadList.class)).hasMessageEndingWith("does not fit type list");
        assertThatThrownBy(() -> FieldModel.of(BadMap.class)).hasMessageEndingWith("does not fit type map");
        assertThatThrownBy(() -> FieldModel.of(BadAny.class)).hasMessageEndingWith("does not fit type any");
    }

    @Test
    void aBadBooleanDefaultNamesTheFieldLikeEveryOtherBadDefault() {
        record BadBoolean(@Default("yes") boolean b) {
        }

        assertThatThrownBy(() -> FieldModel.of(BadBoolean.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BadBoolean.b: @Default(\"yes\") does not fit type boolean");
    }

    @Test
    void refusesDefaultsThatBreakTheFieldsOwnConstraints() {
        record TooBig(@Range(min = 1, max = 100) @Default("1000") int limit) {
        }
        record TooSmall(@Range(min = 0.5) @Default("0.25") double ratio) {
        }
        record NotAllowed(@OneOf({"document", "edge"}) @Default("vertex") String type) {
        }
        record TooShort(@Size(min = 1) @Default("") String name) {
        }
        record TooFewItems(@Size(min = 1) @Default("[]") List<String> tags) {
        }

        assertThatThrownBy(() -> FieldModel.of(TooBig.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TooBig.limit: @Default(\"1000\") breaks the field's own @Range");
        assertThatThrownBy(() -> FieldModel.of(TooSmall.class)).hasMessageEndingWith("breaks the field's own @Range");
        assertThatThrownBy(() -> FieldModel.of(NotAllowed.class))
                .hasMessage("NotAllowed.type: @Default(\"vertex\") breaks the field's own @OneOf");
        assertThatThrownBy(() -> FieldModel.of(TooShort.class)).hasMessageEndingWith("breaks the field's own @Size");
        assertThatThrownBy(() -> FieldModel.of(TooFewItems.class))
                .hasMessageEndingWith("breaks the field's own @Size");
    }

    @Test
    void acceptsDefaultsOnTheBoundsOfTheirConstraints() {
        record Fits(@Range(min = 1, max = 100) @Default("100") int limit, @OneOf({"a", "b"}) @Default("b") String c,
                    @Size(min = 1, max = 2) @Default("ab") String s, @Size(max = 0) @Default("[]") List<String> l) {
        }

        assertThat(FieldModel.of(Fits.class)).extracting(FieldModel::defaultJson)
                .containsExactly(100, "b", "ab", List.of());
    }

    @Test
    void refusesAnAliasThatIsAlreadyAnotherFieldsName() {
        record Clash(String collection, @Alias("collection") String name) {
        }
        record SharedAlias(@Alias("n") String name, @Alias({"x", "n"}) String note) {
        }
        record OwnName(@Alias({"name", "n", "n"}) String name) {
        }

        assertThatThrownBy(() -> FieldModel.of(Clash.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Clash.name: @Alias 'collection' is already a name of Clash.collection");
        assertThatThrownBy(() -> FieldModel.of(SharedAlias.class))
                .hasMessage("SharedAlias.note: @Alias 'n' is already a name of SharedAlias.name");
        assertThat(FieldModel.of(OwnName.class)).hasSize(1);
    }

    @Test
    void refusesConstraintsOnTypesTheyDoNotApplyTo() {
        record RangeOnText(@Range(min = 1) String s) {
        }
        record OneOfOnList(@OneOf({"a", "b"}) List<String> l) {
        }
        record SizeOnMap(@Size(max = 3) Map<String, Object> m) {
        }
        record SizeOnNumber(@Size(max = 3) Integer i) {
        }

        assertThatThrownBy(() -> FieldModel.of(RangeOnText.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RangeOnText.s: @Range applies only to numbers");
        assertThatThrownBy(() -> FieldModel.of(OneOfOnList.class))
                .hasMessage("OneOfOnList.l: @OneOf applies only to strings");
        assertThatThrownBy(() -> FieldModel.of(SizeOnMap.class))
                .hasMessage("SizeOnMap.m: @Size applies only to strings and lists");
        assertThatThrownBy(() -> FieldModel.of(SizeOnNumber.class))
                .hasMessage("SizeOnNumber.i: @Size applies only to strings and lists");
    }

    @Test
    void refusesAFieldThatIsBothRequiredAndDefaulted() {
        record Both(@Required @Default("x") String s) {
        }

        assertThatThrownBy(() -> FieldModel.of(Both.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Both.s: a field cannot be both @Required and have a @Default");
    }
}
