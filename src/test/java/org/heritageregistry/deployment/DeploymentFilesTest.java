package org.heritageregistry.deployment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * No Docker engine runs here, so the container files are checked against the service itself:
 * every variable the compose file sets is a real configuration property (and is documented in
 * docs/operations.md, "Configuration"), the ports match, and the health paths the image and compose
 * probe answer 200.
 * That each path the Dockerfile copies exists is checked after packaging, by DockerfileCopiesIT.
 */
@QuarkusTest
@DatabaseIndependent("the container files against the configuration and the health paths")
class DeploymentFilesTest {

    private static final Path DOCKERFILE = Path.of("docker/Dockerfile.jvm");
    private static final Path COMPOSE = Path.of("docker/compose.yaml");
    /** Where the configuration table lives: each variable compose sets must appear there in backticks. */
    private static final Path CONFIGURATION_DOCS = Path.of("docs/operations.md");

    @Test
    void everyComposeVariableIsARealConfigurationPropertyAndDocumented() throws IOException {
        Map<String, String> known = new java.util.HashMap<>();
        for (String property : knownProperties()) {
            known.put(RegistryMappings.envName(property), property);
        }
        String configurationDocs = Files.readString(CONFIGURATION_DOCS);
        List<String> unknown = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (String variable : registryEnvironment().keySet()) {
            if (!known.containsKey(variable)) {
                unknown.add(variable);
            }
            if (!configurationDocs.contains("`" + variable + "`")) {
                undocumented.add(variable);
            }
        }
        assertTrue(unknown.isEmpty(), "compose sets variables that map to no configuration property: " + unknown);
        assertTrue(undocumented.isEmpty(), "compose sets variables missing from the configuration table in " + CONFIGURATION_DOCS + ": " + undocumented);
    }

    @Test
    void thePortsAgree() throws IOException {
        // the packaged service's port: application.properties, else Quarkus's default (tests run on a random one)
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        int servicePort = Integer.parseInt(properties.getProperty("quarkus.http.port", "8080"));
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(Files.readString(DOCKERFILE));
        assertTrue(expose.find(), "the Dockerfile exposes no port");
        assertEquals(servicePort, Integer.parseInt(expose.group(1)), "EXPOSE differs from quarkus.http.port");
        JsonNode ports = compose().path("services").path("registry").path("ports");
        assertFalse(ports.isEmpty(), "compose publishes no port");
        for (JsonNode mapping : ports) {
            assertTrue(mapping.asText().endsWith(":" + servicePort), "compose maps " + mapping.asText() + ", not the service's port " + servicePort);
        }
        for (String probe : List.of(Files.readString(DOCKERFILE), compose().path("services").path("registry").path("healthcheck").toString())) {
            assertTrue(probe.contains("/dev/tcp/127.0.0.1/" + servicePort), "a health check probes another port: " + probe);
        }
    }

    @Test
    void theHealthPathsTheContainersProbeAnswerUp() throws IOException {
        List<String> paths = new ArrayList<>();
        Matcher dockerfile = Pattern.compile("GET (/\\S+) HTTP").matcher(Files.readString(DOCKERFILE));
        assertTrue(dockerfile.find(), "the Dockerfile's HEALTHCHECK requests no path");
        paths.add(dockerfile.group(1));
        Matcher compose = Pattern.compile("GET (/\\S+) HTTP").matcher(compose().path("services").path("registry").path("healthcheck").toString());
        assertTrue(compose.find(), "compose's health check requests no path");
        paths.add(compose.group(1));
        for (String path : paths) {
            String body = given().get(path).then().statusCode(200).extract().asString();
            assertTrue(body.contains("\"UP\""), path + " does not say UP: " + body);
        }
    }

    @Test
    void theImageRunsAsANonRootUser() throws IOException {
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(Files.readString(DOCKERFILE));
        assertTrue(user.find(), "the Dockerfile sets no USER");
        assertFalse(Set.of("root", "0").contains(user.group(1)), "the image runs as root");
    }

    /**
     * Without a heap limit the JVM takes a quarter of the host's memory (docs/performance.md, memory);
     * the image must run with the options the benchmark measured (scripts/jvm-options).
     */
    @Test
    void theImageStartsJavaWithItsMeasuredOptions() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        Matcher options = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(options.find(), "the Dockerfile sets no JAVA_OPTS");
        assertTrue(options.group(1).matches(".*-Xmx\\d+m.*"), "JAVA_OPTS sets no heap limit: " + options.group(1));
        String measured = Files.readAllLines(Path.of("scripts/jvm-options")).stream().filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining(" ")).trim().replaceAll("\\s+", " ");
        assertEquals(measured, options.group(1), "the Dockerfile's JAVA_OPTS differ from scripts/jvm-options, which the benchmark measures");
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT .*exec java \\$JAVA_OPTS ").matcher(dockerfile);
        assertTrue(entrypoint.find(), "the ENTRYPOINT does not pass JAVA_OPTS to java");
    }

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
    }

    private static Map<String, String> registryEnvironment() throws IOException {
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = compose().path("services").path("registry").path("environment").fields();
        while (fields.hasNext()) {
            var field = fields.next();
            variables.put(field.getKey(), field.getValue().asText());
        }
        assertFalse(variables.isEmpty(), "compose configures the registry with no variables");
        return variables;
    }

    /** The registry's own properties from its @ConfigMappings, and every property the running configuration knows. */
    private static Set<String> knownProperties() {
        Set<String> names = new TreeSet<>(RegistryMappings.properties().keySet());
        ConfigProvider.getConfig().getPropertyNames().forEach(names::add);
        names.add("quarkus.profile");
        // Quarkus properties with no value by default, so absent from the names above
        names.add("quarkus.http.auth.session.encryption-key");
        return names;
    }
}
