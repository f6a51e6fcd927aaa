package dev.greenlight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.RunAs;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.MutableClock;
import dev.greenlight.tracking.TrackedProjects;
import dev.greenlight.tracking.TrackingService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Tracking after approval in a real browser (issue 15): the product manager approves, the engineer reports three months
 * (the application's clock moved a month between them), the third meets the kill rule, the product manager finds it in
 * the re-review queue and stops the project, and the portfolio shows it stopped.
 */
@ApiTest
class TrackingJourneyIT extends BrowserJourney {

    private static final String TITLE = "Journey: tracked conveyor";

    @TestConfiguration
    static class HandMovedClock {
        @Bean
        @Primary
        MutableClock journeyClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    TrackingService tracking;

    private void signOut() {
        driver.executeScript("arguments[0].click();", wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    private void open(long id, String waitFor) {
        driver.get(url("/assessment/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(waitFor)));
    }

    private void type(By by, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }


    private void postMonth(long id, int number, String build, String modelMetric) {
        open(id, "checkin-save");
        wait.until(d -> text("checkin-month").contains("(month " + number + ")"));
        type(By.cssSelector("#checkin-build input"), build);
        type(By.cssSelector("#checkin-model input"), modelMetric);
        click(By.id("checkin-save"));
        wait.until(d -> text("tracking").contains(number + (number == 1 ? " month" : " months") + " reported"));
    }

    @Test
    void approve_post_three_months_a_kill_rule_fires_the_product_manager_stops_it_and_the_portfolio_shows_it() throws Exception {
        long id = RunAs.engineer(() -> {
            var created = assessments.create(TrackedProjects.threeYearCase(TITLE,
                    List.of(new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.5, 3))));
            return reviews.submit(created.id(), created.version()).id();
        });

        signIn("pm", "pm");
        open(id, "record-decision");
        click(By.xpath("//vaadin-radio-button[normalize-space(.)='Approved']"));
        type(By.cssSelector("#rationale textarea"), "Shadow-mode recall holds up; the kill rule guards the downside");
        click(By.id("record-decision"));
        confirm("decision-confirm", "Approve");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking")));
        assertThat(text("tracking-status")).isEqualTo("No data yet");
        signOut();

        signIn("engineer", "engineer");
        postMonth(id, 1, "9000", "0.62");
        assertThat(text("tracking-status")).isEqualTo("On track");
        clock.advance(Duration.ofDays(31));
        postMonth(id, 2, "10000", "0.55");
        clock.advance(Duration.ofDays(31));
        postMonth(id, 3, "11000", "0.47");
        wait.until(d -> text("tracking-status").equals("Kill criterion met"));
        assertThat(text("tracking-rules")).contains("MET: model metric 0.47 below 0.50 since month 3");
        assertThat(driver.findElements(By.cssSelector("#tracking-chart svg"))).as("the server-rendered chart").isNotEmpty();
        BrowserSupport.screenshot(driver, "tracking-01-kill-rule-met");
        signOut();

        signIn("pm", "pm");
        driver.get(url("/re-review"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("re-review-queue"), TITLE));
        BrowserSupport.screenshot(driver, "tracking-02-re-review-queue");
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + TITLE + "']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("re-review-submit")));
        click(By.xpath("//vaadin-radio-button[normalize-space(.)='Stop the project']"));
        type(By.cssSelector("#re-review-rationale textarea"), "Recall will not recover without new labels");
        click(By.id("re-review-submit"));
        wait.until(d -> text("tracking").contains("stopped (model metric 0.47 below 0.50 since month 3)"));
        BrowserSupport.screenshot(driver, "tracking-03-stopped");

        driver.get(url("/portfolio"));
        type(By.cssSelector("#portfolio-search input"), TITLE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portfolio-grid"), "Kill criterion met"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portfolio-grid"), "Stopped"));
        BrowserSupport.screenshot(driver, "tracking-04-portfolio");

        assertThat(RunAs.engineer(() -> assessments.get(id)).status()).isEqualTo(AssessmentStatus.STOPPED);
        assertThat(RunAs.engineer(() -> tracking.report(id)).monthsReported()).isEqualTo(3);
    }
}
