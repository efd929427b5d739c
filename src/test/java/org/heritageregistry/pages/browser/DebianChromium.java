package org.heritageregistry.pages.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where Debian's chromium and chromium-driver packages put the browser and its driver. The
 * network here is closed, so nothing is ever downloaded: the tests use these or do not run.
 * A developer without them gets skipped tests; CI sets REGISTRY_BROWSER_TESTS=required so that a
 * missing browser fails the build instead of passing it with nothing tested.
 */
record DebianChromium(Path browser, Path driver) {

    static final String INSTALL = "apt-get install chromium chromium-driver";

    /**
     * -Dbrowser.chromium / -Dbrowser.chromedriver point elsewhere (and let the skip be tried). Not
     * under "registry.": Quarkus refuses unknown keys under the application's own config prefix.
     */
    static DebianChromium located() {
        return new DebianChromium(Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium")),
                Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")));
    }

    static boolean required() {
        return "required".equals(System.getenv("REGISTRY_BROWSER_TESTS"));
    }

    boolean installed() {
        return missing().isEmpty();
    }

    private List<Path> missing() {
        return Stream.of(browser, driver).filter(p -> !Files.isExecutable(p)).toList();
    }

    /** Skips the calling test when either binary is missing, or fails it when CI requires the browser. */
    void assumeInstalled() {
        List<Path> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need " + missing + ": " + INSTALL;
        if (required()) {
            Assertions.fail(message + " (REGISTRY_BROWSER_TESTS=required)");
        }
        Assumptions.abort(message);
    }
}
