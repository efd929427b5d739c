package org.heritageregistry.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Backward compatibility of the contract: the committed openapi/openapi.yaml against the newest
 * released contract in openapi/releases/ (or, with CONTRACT_BASE=&lt;git revision&gt;, against that
 * revision's contract). Breaking changes (removed operations, new required request fields,
 * narrowed enums, removed response fields...) fail; the change report is written to
 * target/contract-changes.md. The other tests prove the check catches each kind of break.
 */
class ContractCompatibilityTest {

    static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void contractIsBackwardCompatibleWithThePreviousRelease() throws Exception {
        String base = System.getenv().getOrDefault("CONTRACT_BASE", "");
        String previous;
        if (base.isBlank()) {
            Path release = newestRelease();
            base = release.toString();
            previous = Files.readString(release);
        } else {
            previous = git("show", base + ":openapi/openapi.yaml");
            Assumptions.assumeTrue(previous != null && !previous.isBlank(), "no contract at " + base + " to compare with");
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(previous, withOpenEnumsAsBefore(previous, Files.readString(CONTRACT)));
        String report = render(diff);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/contract-changes.md"), "Compared with " + base + "\n\n" + report);
        assertFalse(diff.isIncompatible(), "Breaking changes against " + base + " (a breaking change needs /api/v2):\n" + report);
    }

    @Test
    void removingAnOperationIsBreaking() throws IOException {
        ObjectNode changed = committed();
        ((ObjectNode) changed.at("/paths/~1api~1v1~1monuments~1{id}")).remove("get");
        assertTrue(compare(changed).isIncompatible());
    }

    @Test
    void aNewRequiredRequestFieldIsBreaking() throws IOException {
        ObjectNode changed = committed();
        ObjectNode newReport = (ObjectNode) changed.at("/components/schemas/NewReport");
        ((ObjectNode) newReport.get("properties")).putObject("reviewerNote").put("type", "string").put("maxLength", 100);
        ((ArrayNode) newReport.get("required")).add("reviewerNote");
        assertTrue(compare(changed).isIncompatible());
    }

    @Test
    void narrowingARequestEnumIsBreaking() throws IOException {
        ObjectNode changed = committed();
        ArrayNode values = (ArrayNode) changed.at("/components/schemas/Cause/enum");
        values.remove(values.size() - 1);
        assertTrue(compare(changed).isIncompatible());
    }

    @Test
    void addingAnOptionalRequestFieldIsCompatible() throws IOException {
        ObjectNode changed = committed();
        ((ObjectNode) changed.at("/components/schemas/NewSource/properties")).putObject("homepage").put("type", "string").put("maxLength", 100);
        ChangedOpenApi diff = compare(changed);
        assertTrue(diff.isDifferent());
        assertFalse(diff.isIncompatible());
    }

    /**
     * The enums the contract declares open (docs/contract.md): clients must tolerate values they do
     * not know, so a value added to one of them is not a break, though openapi-diff counts a
     * response enum's growth as one. Only these, and only while the schema carries
     * {@code x-extensible-enum: true}; every other enum that grows in a response still fails.
     */
    static final Set<String> OPEN_ENUMS = Set.of("ChangeKind");

    /**
     * The current contract with the values added to each open enum since the previous one taken
     * out again, so the diff sees no growth there; a value removed from it still shows (and fails).
     */
    static String withOpenEnumsAsBefore(String previous, String current) throws IOException {
        JsonNode before = YAML.readTree(previous);
        ObjectNode now = (ObjectNode) YAML.readTree(current);
        for (String name : OPEN_ENUMS) {
            JsonNode schema = now.at("/components/schemas/" + name);
            JsonNode earlier = before.at("/components/schemas/" + name + "/enum");
            if (schema.isMissingNode() || earlier.isMissingNode()) {
                continue;
            }
            if (!schema.path("x-extensible-enum").asBoolean(false)) {
                throw new IllegalStateException(name + " is treated as an open enum but its schema is not marked x-extensible-enum: true");
            }
            Set<String> known = new HashSet<>();
            earlier.forEach(v -> known.add(v.asText()));
            ArrayNode values = (ArrayNode) schema.get("enum");
            for (int i = values.size() - 1; i >= 0; i--) {
                if (!known.contains(values.get(i).asText())) {
                    values.remove(i);
                }
            }
        }
        return YAML.writeValueAsString(now);
    }

    @Test
    void aValueAddedToTheOpenChangeKindEnumIsAccepted() throws IOException {
        ObjectNode changed = committed();
        ((ArrayNode) changed.at("/components/schemas/ChangeKind/enum")).add("KIND_ONLY_THIS_TEST_ADDS"); // a kind the contract does not have, now or later
        String current = Files.readString(CONTRACT);
        assertTrue(compare(changed).isIncompatible(), "openapi-diff alone counts a response enum's growth as breaking");
        assertFalse(OpenApiCompare.fromContents(current, withOpenEnumsAsBefore(current, YAML.writeValueAsString(changed))).isIncompatible());
    }

    @Test
    void aValueRemovedFromTheOpenChangeKindEnumIsStillBreaking() throws IOException {
        ObjectNode changed = committed();
        ArrayNode values = (ArrayNode) changed.at("/components/schemas/ChangeKind/enum");
        values.remove(values.size() - 1);
        String current = Files.readString(CONTRACT);
        assertTrue(OpenApiCompare.fromContents(current, withOpenEnumsAsBefore(current, YAML.writeValueAsString(changed))).isIncompatible());
    }

    @Test
    void anotherResponseEnumThatGrowsIsStillBreaking() throws IOException {
        ObjectNode changed = committed();
        ((ArrayNode) changed.at("/components/schemas/Condition/enum")).add("PARTLY_RESTORED");
        String current = Files.readString(CONTRACT);
        assertTrue(OpenApiCompare.fromContents(current, withOpenEnumsAsBefore(current, YAML.writeValueAsString(changed))).isIncompatible());
    }

    /** The released contract with the highest version, e.g. openapi/releases/1.0.0.yaml. */
    static Path newestRelease() throws IOException {
        try (var files = Files.list(Path.of("openapi/releases"))) {
            return files.filter(f -> f.getFileName().toString().matches("\\d+\\.\\d+\\.\\d+\\.yaml"))
                    .max(Comparator.comparing(ContractCompatibilityTest::version))
                    .orElseThrow(() -> new IllegalStateException("openapi/releases/ holds no released contract"));
        }
    }

    static String version(Path release) {
        String[] parts = release.getFileName().toString().replace(".yaml", "").split("\\.");
        return String.format("%06d.%06d.%06d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    static ObjectNode committed() throws IOException {
        return (ObjectNode) YAML.readTree(CONTRACT.toFile());
    }

    static ChangedOpenApi compare(JsonNode changed) throws IOException {
        return OpenApiCompare.fromContents(Files.readString(CONTRACT), YAML.writeValueAsString(changed));
    }

    static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new MarkdownRender().render(diff, writer); // flushes and closes the writer
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Output of a git command, or null when git or the revision is not there. */
    static String git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return null;
        }
        return output.strip();
    }
}
