package dev.greenlight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A real browser screens the card-fraud sample (issue 14): the page and the wizard say it is not high-risk
 * because Annex III 5(b) excludes financial-fraud detection, with the dated duties and the rules' review date.
 */
@ApiTest
class EuAiActJourneyIT extends BrowserJourney {

    private static final String CARVE_OUT = "not high-risk: detecting financial fraud is excluded from Annex III 5(b)";

    @Test
    void screening_the_fraud_sample_shows_the_5b_carve_out() throws Exception {
        signIn("engineer", "engineer");
        driver.get(url("/mine"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessments"), "Card fraud early warning"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Card fraud early warning']"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("score-eu-ai-act"), CARVE_OUT));
        var page = driver.findElement(By.id("score-eu-ai-act")).getText();
        assertThat(page).contains("Tier: minimal risk").contains("from 2 February 2025").contains("EU AI Act rules reviewed on");
        assertThat(driver.findElement(By.id("business-case")).getText())
                .startsWith("Card fraud early warning, sponsored by VP Payments, is expected to return about $")
                .contains("after a 25 % chance that the model does not work")
                .contains("EU AI Act: minimal risk (" + CARVE_OUT + ")");
        BrowserSupport.screenshot(driver, "eu-ai-act-01-fraud-page");

        // the sample is submitted, so a new draft ticks the same carve-out in the guided form
        driver.get(url("/new"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#title input"))).sendKeys("Fraud screening journey");
        driver.findElement(By.cssSelector("#statement textarea")).sendKeys("Card fraud losses keep growing.");
        click(By.id("create-draft"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Fraud screening journey"));
        click(By.xpath("//vaadin-button[contains(., 'Continue in the guided form')]"));
        click(By.id("step-ethics"));
        wait.until(d -> d.findElements(By.cssSelector("a.article-link[href*='eur-lex.europa.eu']")).size() >= 10);
        click(By.xpath("//vaadin-checkbox[contains(., 'Detecting financial fraud (excluded)')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard-eu-ai-act"), CARVE_OUT));
        assertThat(driver.findElement(By.id("wizard-eu-ai-act")).getText()).contains("Tier: minimal risk");
        BrowserSupport.screenshot(driver, "eu-ai-act-02-wizard-ethics");
    }
}
