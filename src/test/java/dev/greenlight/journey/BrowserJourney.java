package dev.greenlight.journey;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every real-browser journey needs: the app's port, a fresh Chromium per test, signing in, robust clicks. */
abstract class BrowserJourney {

    @LocalServerPort
    int port;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        driver = BrowserSupport.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // the server re-renders components between polls; a stale element is read again on the next one
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login form and waits for the signed-in layout. */
    void signIn(String user, String password) {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /** The element's text content, read afresh inside the wait so a server re-render in between cannot make it stale. */
    String text(String id) {
        return wait.until(d -> d.findElement(By.id(id)).getDomProperty("textContent"));
    }

    /** Clicks after scrolling the element into view; retried when the server re-rendered it meanwhile. */
    void click(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                var element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
                driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                // located afresh on every poll: a server re-render replaces the element meanwhile
                wait.until(ExpectedConditions.elementToBeClickable(by)).click();
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * Presses {@code label} in the confirmation dialog {@code dialogId} once it is open; review moves (submit, decide,
     * sign off, archive) ask before they record (issue 16).
     */
    void confirm(String dialogId, String label) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(dialogId)));
        var button = wait.until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + label + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        button.click();
    }
}
