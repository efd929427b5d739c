package org.heritageregistry.deployment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Runs after `mvn package` (failsafe, integration-test phase): every source the Dockerfile copies
 * exists in the packaged build and is not empty, so `docker build` cannot fail on a missing path,
 * and the jar the image starts is one it copied.
 */
class DockerfileCopiesIT {

    @Test
    void everyPathTheDockerfileCopiesExistsAfterPackaging() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile.jvm"));
        Matcher copy = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$").matcher(dockerfile);
        List<String> missing = new ArrayList<>();
        List<String> destinations = new ArrayList<>();
        while (copy.find()) {
            destinations.add(copy.group(2));
            if (matches(copy.group(1)).isEmpty()) {
                missing.add(copy.group(1));
            }
        }
        assertTrue(missing.isEmpty(), "the Dockerfile copies paths the build did not produce: " + missing);
        assertFalse(matches("target/registry.jar").isEmpty(), "the build made no target/registry.jar");
        Matcher started = Pattern.compile("-jar\\s+(\\S+?)\"").matcher(dockerfile);
        assertTrue(started.find(), "the Dockerfile's ENTRYPOINT starts no jar");
        assertTrue(destinations.contains(started.group(1)), "the ENTRYPOINT starts " + started.group(1) + ", which no COPY puts there: " + destinations);
    }

    /** The files a COPY source names: a directory (with content), a file, or a glob in the last segment. */
    private static List<Path> matches(String source) throws IOException {
        Path path = Path.of(source.replaceAll("/$", ""));
        List<Path> found = new ArrayList<>();
        if (!path.getFileName().toString().contains("*")) {
            if (Files.isDirectory(path)) {
                try (var entries = Files.list(path)) {
                    entries.findAny().ifPresent(found::add);
                }
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            }
            return found;
        }
        Path parent = path.getParent();
        if (parent != null && Files.isDirectory(parent)) {
            try (DirectoryStream<Path> glob = Files.newDirectoryStream(parent, path.getFileName().toString())) {
                glob.forEach(found::add);
            }
        }
        return found;
    }
}
