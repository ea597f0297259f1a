package io.arangomcp.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rules of the hexagon (DESIGN §2), checked on the production classes of every module. The Maven
 * module graph enforces most of them already; these rules keep them true for what Maven cannot see (e.g. a
 * transitive library used directly).
 */
class ArchitectureTest {
    private static final String[] FRAMEWORKS = {"com.google.inject..", "com.fasterxml.jackson..",
        "tools.jackson..", "io.modelcontextprotocol..", "com.arangodb..", "picocli..", "org.yaml..", "io.vertx..",
        "org.eclipse.jetty..", "org.slf4j..", "ch.qos.logback..", "reactor.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.arangomcp");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void theImportSeesEveryLayer() {
        assertThat(classes.containPackage("io.arangomcp.domain")).isTrue();
        assertThat(classes.containPackage("io.arangomcp.ports.spi")).isTrue();
        assertThat(classes.containPackage("io.arangomcp.app.pipeline")).isTrue();
        assertThat(classes.containPackage("io.arangomcp.adapters.mcp")).isTrue();
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        check(classes().that().resideInAPackage("io.arangomcp.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.arangomcp.domain..", "java.."));
    }

    @Test
    void portsDependOnlyOnTheDomainAndTheJdk() {
        check(classes().that().resideInAPackage("io.arangomcp.ports..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.arangomcp.ports..", "io.arangomcp.domain..", "java.."));
    }

    @Test
    void toolPacksSeeOnlyThePortsAndTheDomain() {
        check(classes().that().resideInAPackage("io.arangomcp.toolpacks..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.arangomcp.toolpacks..", "io.arangomcp.ports..", "io.arangomcp.domain..",
                        "java..")
                .allowEmptyShould(true));
    }

    @Test
    void noFrameworkInTheCore() {
        check(noClasses().that().resideInAnyPackage("io.arangomcp.domain..", "io.arangomcp.ports..",
                        "io.arangomcp.toolpacks..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS));
    }

    @Test
    void adaptersDoNotDependOnEachOtherExceptTheAllowedPairs() {
        String[][] forbidden = {
            {"mcp", "memory"}, {"mcp", "yaml"}, {"mcp", "aql"}, {"mcp", "arangodb"}, {"mcp", "emulator"},
            {"yaml", "memory"}, {"yaml", "mcp"}, {"yaml", "aql"}, {"yaml", "arangodb"}, {"yaml", "emulator"},
            {"memory", "mcp"}, {"memory", "yaml"}, {"memory", "arangodb"}, {"memory", "emulator"},
            {"aql", "memory"}, {"aql", "mcp"}, {"aql", "yaml"}, {"aql", "arangodb"}, {"aql", "emulator"},
            {"arangodb", "memory"}, {"arangodb", "mcp"}, {"arangodb", "yaml"}, {"arangodb", "aql"},
            {"arangodb", "emulator"}, {"emulator", "mcp"}, {"emulator", "yaml"}, {"emulator", "arangodb"},
            // The memory backend checks collection rules with the one JSON-schema adapter; nothing else uses it.
            {"jsonschema", "memory"}, {"jsonschema", "mcp"}, {"jsonschema", "yaml"}, {"jsonschema", "aql"},
            {"jsonschema", "arangodb"}, {"jsonschema", "emulator"}, {"mcp", "jsonschema"}, {"yaml", "jsonschema"},
            {"aql", "jsonschema"}, {"arangodb", "jsonschema"}, {"emulator", "jsonschema"}};
        for (String[] pair : forbidden) {
            check(noClasses().that().resideInAPackage("io.arangomcp.adapters." + pair[0] + "..")
                    .should().dependOnClassesThat().resideInAPackage("io.arangomcp.adapters." + pair[1] + "..")
                    .allowEmptyShould(true));
        }
    }

    @Test
    void nothingButTheAppDependsOnTheAppOrOnToolPacks() {
        check(noClasses().that().resideOutsideOfPackage("io.arangomcp.app..")
                .should().dependOnClassesThat().resideInAPackage("io.arangomcp.app.."));
        check(noClasses().that().resideOutsideOfPackage("io.arangomcp.toolpacks..")
                .should().dependOnClassesThat().resideInAPackage("io.arangomcp.toolpacks..")
                .allowEmptyShould(true));
    }

    @Test
    void onlyTheAppWires() {
        check(noClasses().that().resideOutsideOfPackage("io.arangomcp.app..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "picocli.."));
    }

    @Test
    void noMutableStaticState() {
        check(fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("io.arangomcp..")
                .should().beFinal());
    }
}
