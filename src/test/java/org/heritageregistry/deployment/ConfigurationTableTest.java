package org.heritageregistry.deployment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.ConfigMappingInterface.Property;
import io.smallrye.config.SmallRyeConfig;

/**
 * The configuration table in docs/operations.md against the code: each feature declares its
 * registry.* properties in its own {@code @ConfigMapping}; the table must list every one of them,
 * with its environment variable and its default, and name no registry.* property (or REGISTRY_*
 * variable) that no mapping declares. Other rows (quarkus.*) are left to {@link DeploymentFilesTest}.
 * A row may name siblings after its first property, as in {@code `registry.generate.reports` (and
 * `.monuments`, `.sites`)}; its variable and default are those of the first.
 */
@QuarkusTest
@DatabaseIndependent("the configuration table against the mappings")
class ConfigurationTableTest {

    private static final Path DOCS = Path.of("docs/operations.md");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One row of the table, as far as the registry's own properties go. */
    record Row(int line, List<String> properties, List<String> variables, String defaultCell) {
    }

    @Test
    void everyMappedPropertyIsInTheTable() throws IOException {
        Set<String> documented = new TreeSet<>();
        rows().forEach(row -> documented.addAll(row.properties()));
        Set<String> missing = new TreeSet<>(RegistryMappings.properties().keySet());
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "properties the code declares but the configuration table in " + DOCS + " leaves out: " + missing);
    }

    @Test
    void theTableNamesOnlyMappedPropertiesUnderTheirOwnVariables() throws IOException {
        Map<String, Property> mapped = RegistryMappings.properties();
        Set<String> variables = new TreeSet<>();
        mapped.keySet().forEach(name -> variables.add(RegistryMappings.envName(name)));
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            for (String property : row.properties()) {
                if (!mapped.containsKey(property)) {
                    wrong.add("line " + row.line() + ": " + property + " is declared by no @ConfigMapping");
                }
            }
            for (String variable : row.variables()) {
                if (!variables.contains(variable)) {
                    wrong.add("line " + row.line() + ": " + variable + " sets no property a @ConfigMapping declares");
                }
            }
            String first = RegistryMappings.envName(row.properties().get(0));
            if (!row.variables().contains(first)) {
                wrong.add("line " + row.line() + ": the variable of " + row.properties().get(0) + " is " + first + ", not " + row.variables());
            }
        }
        assertTrue(wrong.isEmpty(), "the configuration table in " + DOCS + " disagrees with the code:\n" + String.join("\n", wrong));
    }

    /** The default shown is the packaged application.properties' value, else the mapping's default (when it has one). */
    @Test
    void theTableShowsEachDefault() throws IOException {
        Map<String, Property> mapped = RegistryMappings.properties();
        Properties packaged = new Properties();
        try (var in = Files.newInputStream(PROPERTIES)) {
            packaged.load(in);
        }
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            String property = row.properties().get(0);
            Property declared = mapped.get(property);
            String expected = packaged.getProperty(property, declared != null && declared.hasDefaultValue() ? declared.getDefaultValue() : null);
            if (expected == null) {
                continue;
            }
            Matcher shown = CODE.matcher(row.defaultCell());
            if (!shown.find() || !shown.group(1).equals(expected)) {
                wrong.add("line " + row.line() + ": " + property + " defaults to `" + expected + "`, the table says " + row.defaultCell().strip());
            }
        }
        assertTrue(wrong.isEmpty(), "the configuration table in " + DOCS + " shows wrong defaults:\n" + String.join("\n", wrong));
    }

    /**
     * Quarkus registers a mapping only when something injects it or it is marked @Unremovable;
     * one it skips leaves its properties unknown, and setting one then stops the start-up.
     */
    @Test
    void theRunningApplicationKnowsEveryMapping() {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        List<String> unregistered = new ArrayList<>();
        for (Class<?> mapping : RegistryMappings.interfaces()) {
            try {
                config.getConfigMapping(mapping);
            } catch (java.util.NoSuchElementException e) {
                unregistered.add(mapping.getName());
            }
        }
        assertTrue(unregistered.isEmpty(), "mappings the application does not register (inject them, or mark them @Unremovable): " + unregistered);
    }

    /** The rows of the table under "## Configuration" that name a registry.* property. */
    private static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(DOCS);
        int start = lines.indexOf("## Configuration");
        assertTrue(start >= 0, DOCS + " has no '## Configuration' section");
        List<Row> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1).split("\\|");
            if (cells.length < 3) {
                continue;
            }
            List<String> properties = new ArrayList<>();
            for (String name : codes(cells[0])) {
                if (name.startsWith(".") && !properties.isEmpty()) {
                    String first = properties.get(0);
                    properties.add(first.substring(0, first.lastIndexOf('.')) + name);
                } else if (name.startsWith(RegistryMappings.PREFIX + ".")) {
                    properties.add(name);
                }
            }
            List<String> variables = codes(cells[1]).stream().filter(v -> v.startsWith("REGISTRY_")).toList();
            if (properties.isEmpty()) {
                assertTrue(variables.isEmpty(), "line " + (i + 1) + " of " + DOCS + " names " + variables + " but no registry.* property");
                continue;
            }
            rows.add(new Row(i + 1, List.copyOf(properties), variables, cells[2]));
        }
        assertFalse(rows.isEmpty(), "found no registry.* rows in the configuration table of " + DOCS);
        return rows;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }
}
