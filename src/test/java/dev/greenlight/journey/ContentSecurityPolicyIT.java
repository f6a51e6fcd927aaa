package dev.greenlight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A real browser under the Content-Security-Policy (issue 12 item 9): signing in through the form (with its CSRF
 * token) and opening the main pages, with not a single policy violation reported by the page.
 */
@ApiTest
class ContentSecurityPolicyIT extends BrowserJourney {

    /** Installed before any of the page's own scripts, in every document: collects what the policy blocked. */
    private static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '')));";

    @Test
    void the_signed_in_pages_load_under_the_policy_without_violations() throws Exception {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        signIn("admin", "admin");
        assertThat(violations()).isEmpty();
        for (var page : List.of("/", "/portfolio", "/tokens", "/admin/users", "/admin/audit")) {
            driver.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) && document.readyState === 'complete'")));
            assertThat(violations()).as(page).isEmpty();
        }
        BrowserSupport.screenshot(driver, "csp-signed-in");

        // the detector itself works: an image from another origin is blocked (before any network) and reported
        driver.executeScript("var i = document.createElement('img'); i.src = 'https://elsewhere.invalid/pixel.png'; document.body.appendChild(i);");
        wait.until(d -> !violations().isEmpty());
        assertThat(violations()).anyMatch(v -> v.startsWith("img-src"));
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) driver.executeScript("return window.__cspViolations || [];");
    }
}
