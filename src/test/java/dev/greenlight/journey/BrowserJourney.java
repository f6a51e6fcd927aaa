package dev.greenlight.journey;

import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebDriver;
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
     * Clicks an item of an overlay (a select's or combo box's list, a menu) once the overlay has settled: the item is
     * visible, no overlay is opening or closing, the item has not moved between two animation frames and it is the
     * topmost element at its centre. On a phone-sized viewport an overlay is still sliding and scrolling when it first
     * appears, so a click on the item found at once can land on its neighbour (issue 20). An intercepted or stale
     * click finds the item again and retries.
     */
    void clickOverlayItem(By item) {
        for (int attempt = 1; ; attempt++) {
            try {
                var element = wait.until(visible(item));
                driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'});", element);
                wait.until(d -> settled(element));
                element.click();
                return;
            } catch (ElementClickInterceptedException | StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** The first displayed element {@code by} finds, or null (so a wait polls again). */
    static Function<WebDriver, WebElement> visible(By by) {
        return d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private boolean settled(WebElement element) {
        return Boolean.TRUE.equals(driver.executeAsyncScript("""
                const item = arguments[0], done = arguments[arguments.length - 1];
                const before = item.getBoundingClientRect();
                requestAnimationFrame(() => requestAnimationFrame(() => {
                  const now = item.getBoundingClientRect();
                  const still = before.x === now.x && before.y === now.y
                      && before.width === now.width && before.height === now.height;
                  const animating = document.querySelector('[opening], [closing]') !== null;
                  const x = now.x + now.width / 2, y = now.y + now.height / 2;
                  const inView = y >= 0 && y < window.innerHeight && x >= 0 && x < window.innerWidth;
                  const top = inView ? document.elementFromPoint(x, y) : null;
                  done(still && !animating && top !== null && (top === item || item.contains(top)));
                }));""", element));
    }

    /**
     * Presses {@code label} in the confirmation dialog {@code dialogId} once it is open; review moves (submit, decide,
     * sign off, archive) ask before they record (issue 16).
     */
    void confirm(String dialogId, String label) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(dialogId)));
        clickOverlayItem(By.xpath("//vaadin-button[normalize-space(.)='" + label + "']"));
    }
}
