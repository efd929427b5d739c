package org.heritageregistry.pages.browser;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core, as Deque ships it, run in the page the browser shows. */
final class Accessibility {

    /** The WCAG 2.0 and 2.1 levels A and AA: what the pages promise (not axe's best practices). */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    static Results analyze(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
        // an axe that could not run finds no violation: that must not pass as a clean page
        Assertions.assertFalse(results.isErrored(), () -> "axe-core did not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        Assertions.assertFalse(results.getPasses().isEmpty(), () -> "axe-core checked nothing on " + driver.getCurrentUrl());
        return results;
    }

    static void assertNoViolations(WebDriver driver) {
        List<Rule> violations = analyze(driver).getViolations();
        Assertions.assertTrue(violations.isEmpty(), () -> "axe-core (" + String.join(", ", WCAG_A_AA) + ") on " + driver.getCurrentUrl() + ":\n" + describe(violations));
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(n -> "    " + n.getTarget() + "  " + n.getHtml()).collect(Collectors.joining("\n"));
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl() + "\n" + nodes;
    }
}
