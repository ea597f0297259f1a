package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.arangomcp.testkit.GatewayContractSupport.assertDatabaseError;
import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testkit: the key generators a collection can be created with ({@code keyOptions}): {@code traditional},
 * {@code autoincrement}, {@code padded}, {@code uuid}, and {@code allowUserKeys}.
 */
public interface KeyGeneratorContract extends GatewayContractSupport {

    private void collectionWithKeys(String name, Map<String, Object> keyOptions) {
        gateway().createCollection(name, new CollectionSpec(CollectionType.DOCUMENT, null, null, keyOptions));
    }

    private List<String> generatedKeys(String collection, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(insert(collection, doc()).key());
        }
        return keys;
    }

    @Test
    default void autoincrementStartsAtOffsetAndSteps() {
        collectionWithKeys("items", doc("type", "autoincrement", "offset", 10, "increment", 5));

        assertThat(generatedKeys("items", 3)).containsExactly("10", "15", "20");
    }

    @Test
    default void autoincrementNeedsNumericUserKeysAndContinuesAfterThem() {
        collectionWithKeys("items", doc("type", "autoincrement", "offset", 10, "increment", 5));

        assertDatabaseError(() -> insert("items", doc("_key", "abc")), 400, 1221);
        insert("items", doc("_key", "100"));

        assertThat(generatedKeys("items", 1)).containsExactly("105");
    }

    @Test
    default void traditionalKeysStayAboveNumericUserKeys() {
        documentCollection("items");
        insert("items", doc("_key", "900000000000"));

        assertThat(Long.parseLong(generatedKeys("items", 1).get(0))).isGreaterThan(900000000000L);
    }

    @Test
    default void paddedKeysAreSixteenHexDigitsThatSortInCreationOrder() {
        collectionWithKeys("items", doc("type", "padded"));

        List<String> keys = generatedKeys("items", 5);

        assertThat(keys).allSatisfy(k -> assertThat(k).matches("[0-9a-f]{16}")).isSorted();
    }

    @Test
    default void uuidKeysAreUuids() {
        collectionWithKeys("items", doc("type", "uuid"));

        assertThat(generatedKeys("items", 3)).doesNotHaveDuplicates()
                .allSatisfy(k -> assertThat(k).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    default void refusesUserKeysWhenNotAllowed() {
        collectionWithKeys("items", doc("type", "traditional", "allowUserKeys", false));

        assertDatabaseError(() -> insert("items", doc("_key", "mine")), 400, 1222);
        assertThat(generatedKeys("items", 1)).hasSize(1);
    }

    @Test
    default void refusesAnUnknownKeyGeneratorWith400And1232() {
        assertDatabaseError(() -> collectionWithKeys("items", doc("type", "random")), 400, 1232);
        assertDatabaseError(() -> collectionWithKeys("items",
                doc("type", "autoincrement", "increment", 0)), 400, 1232);
    }
}
