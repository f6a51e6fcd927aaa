package dev.greenlight.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the Debian Chromium through its own ChromeDriver (never Selenium Manager, which would try the
 * network). Without Chromium the journey is skipped with the command that installs it, except on CI
 * ({@code CI=true}), where a missing browser fails the build instead of hiding the journey.
 */
final class BrowserSupport {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private BrowserSupport() {
    }

    static ChromeDriver start() throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            var message = "Chromium and ChromeDriver are needed for the real-browser journeys: "
                    + "sudo apt-get install -y chromium chromium-driver (or run .ci/run, which installs them)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("greenlight-chromium"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows, for people to look at after a run (target/screenshots). */
    static void screenshot(ChromeDriver driver, String name) throws IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        var png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }
}
