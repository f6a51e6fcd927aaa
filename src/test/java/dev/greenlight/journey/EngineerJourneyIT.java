package dev.greenlight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A real browser: an engineer signs in, creates an assessment, finds it in the list, opens it, signs out. */
@ApiTest
class EngineerJourneyIT extends BrowserJourney {

    private WebElement input(String fieldId) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
    }

    @Test
    void engineer_creates_an_assessment_finds_it_opens_it_and_signs_out() throws Exception {
        driver.get(url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        BrowserSupport.screenshot(driver, "01-login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys("engineer");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("engineer");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button, vaadin-login-form button[type='submit']")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-assessment")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessments"), "Card fraud early warning"));
        BrowserSupport.screenshot(driver, "02-my-assessments");
        driver.findElement(By.id("new-assessment")).click();

        input("title").sendKeys("Selenium journey idea");
        input("team").sendKeys("Browser team");
        input("statement").sendKeys("Support agents copy order numbers between three tools by hand.");
        BrowserSupport.screenshot(driver, "03-new-assessment");
        driver.findElement(By.id("create-draft")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Selenium journey idea"));
        assertThat(driver.findElement(By.id("score-panel")).getText()).contains("Not scored yet");
        BrowserSupport.screenshot(driver, "04-assessment");

        driver.get(url("/mine"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessments"), "Selenium journey idea"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Selenium journey idea']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Selenium journey idea"));
        assertThat(driver.getCurrentUrl()).contains("/assessment/");

        driver.get(url("/mine"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessments"), "Card fraud early warning"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Card fraud early warning']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("business-case")));
        BrowserSupport.screenshot(driver, "05-scored-assessment");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        driver.get(url("/mine"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        assertThat(driver.getCurrentUrl()).contains("/login");
    }
}
