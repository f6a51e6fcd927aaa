package dev.greenlight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new engineer fills a complete assessment through every step of the wizard in a real browser, sees a
 * recommendation, and the score on screen equals the API's.
 */
@ApiTest
class WizardJourneyIT extends BrowserJourney {

    @Autowired
    UserService users;
    @BeforeEach
    void newEngineer() {
        users.createIfMissing("nina", "Nina New", "nina-password", Set.of(Role.ENGINEER));
    }

    private String id(String path) {
        return "f-" + path.replace('.', '-').replace('[', '-').replace("]", "");
    }

    private void type(String path, String text) {
        fill(path, text);
        waitSaved();
    }

    /** Types without waiting for a save: a money line is incomplete (so not saved) until its last value. */
    private void fill(String path, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id(path) + " input, #" + id(path) + " textarea")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** Selects an option the way the component reports it, then waits for the server to have it. */
    private void choose(String path, String label) {
        // the field itself, not the middle of its box: on a phone a long help text fills most of that box
        click(By.cssSelector("#" + id(path) + " vaadin-select-value-button"));
        clickOverlayItem(By.xpath("//vaadin-select-item[normalize-space(.)=\"" + label
                + "\" or normalize-space(div/span[1])=\"" + label + "\"]"));
        wait.until(d -> d.findElement(By.id(id(path))).getText().contains(label));
        waitSaved();
    }

    /** A searchable list: type to filter, then click the option. */
    private void pick(String path, String typed, String label) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id(path) + " input")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(typed);
        clickOverlayItem(By.xpath("//vaadin-combo-box-item[normalize-space(.)=\"" + label + "\"]"));
        waitSaved();
    }

    private void waitSaved() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(() -> "save state: " + driver.findElement(By.id("save-state")).getDomProperty("textContent")).until(d -> {
            var state = d.findElement(By.id("save-state")).getDomProperty("textContent");
            return state.startsWith("Saved at") || state.equals("All changes saved");
        });
    }

    private void next() {
        click(By.id("next"));
    }


    /** Answers every question a submission needs, step by step, as a person would; {@code onEachStep} runs before each Next. */
    private void fillEveryStep(String shots, Runnable onEachStep) throws java.io.IOException {
        type("summary", "Flag refund requests that look fraudulent before the money goes out");
        type("team", "Retail Risk");
        type("problem.affectedStakeholders", "Store staff, customers returning goods");
        type("problem.currentProcess", "Four analysts review 600 flagged returns a week.");
        type("problem.whyMachineLearning", "Patterns span receipts, accounts and stores; rules miss them.");
        type("problem.nonAiAlternative", "Stricter receipt rules at the till.");
        choose("problem.strategicFit", "Adjacent");
        type("problem.sponsor", "VP Retail Operations");
        BrowserSupport.screenshot(driver, shots + "10-wizard-problem");
        onEachStep.run();
        next();

        choose("successMetric.kpiType", "cost savings");
        type("successMetric.kpiName", "Annual returns-fraud losses");
        type("successMetric.unit", "USD");
        type("successMetric.baseline", "1800000");
        type("successMetric.target", "1200000");
        type("successMetric.monthsToImpact", "6");
        type("successMetric.modelMetric", "Precision at 2 % review rate");
        type("successMetric.modelBaseline", "0.3");
        type("successMetric.modelTarget", "0.6");
        choose("successMetric.measurementMethod", "A/B test");
        type("successMetric.guardrails", "Honest-customer complaints stay flat");
        type("successMetric.killCriteria", "Precision below 0.45 after the pilot");
        onEachStep.run();
        next();

        pick("financials.currency", "USD", "USD — US Dollar");
        type("financials.horizonYears", "3");
        type("financials.probabilityOfSuccess", "70");
        click(By.id(id("financials.buildCosts") + "-add"));
        fill("financials.buildCosts[0].name", "Team of three for five months");
        fill("financials.buildCosts[0].low", "200000");
        fill("financials.buildCosts[0].high", "350000");
        type("financials.buildCosts[0].likely", "260000");
        choose("financials.buildCosts[0].evidence", "Benchmark");
        click(By.id("add-maintenance"));
        waitSaved();
        click(By.id(id("financials.annualBenefits") + "-add"));
        fill("financials.annualBenefits[0].name", "Fraud losses avoided");
        fill("financials.annualBenefits[0].low", "300000");
        fill("financials.annualBenefits[0].high", "700000");
        type("financials.annualBenefits[0].likely", "500000");
        choose("financials.annualBenefits[0].evidence", "Data");
        BrowserSupport.screenshot(driver, shots + "11a-wizard-roi-before");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("live-score")));
        BrowserSupport.screenshot(driver, shots + "11-wizard-roi");
        onEachStep.run();
        next();

        choose("ethics.answers.affectedPeople", "Consumers");
        choose("ethics.answers.decisionRole", "Recommends to human");
        choose("ethics.answers.impactSeverity", "Moderate");
        choose("ethics.answers.reversibility", "Reversible with effort");
        choose("ethics.answers.peopleAffectedPerYear", "Under 100,000");
        choose("ethics.answers.personalData", "Personal");
        choose("ethics.answers.protectedAttributes", "Not used");
        choose("ethics.answers.explainability", "Explained");
        choose("ethics.answers.dataRepresentativeness", "Verified");
        choose("ethics.euAiAct.role", "Both: we build it and use it ourselves — Art. 3(3), 3(4)");
        choose("ethics.euAiAct.scopeExclusion", "No, it is within scope — Art. 2(1)");
        choose("ethics.euAiAct.generalPurposeAi", "No general-purpose AI model — Art. 3(63)");
    }

    @Test
    void a_new_engineer_completes_an_assessment_and_sees_the_same_score_as_the_api() throws Exception {
        signIn("nina", "nina-password");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-assessment"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#title input"))).sendKeys("Returns fraud triage");
        driver.findElement(By.cssSelector("#statement textarea")).sendKeys("Fraudulent returns cost $1.8M a year; staff check them by hand.");
        driver.findElement(By.id("create-draft")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("edit"))).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-state")));
        BrowserSupport.screenshot(driver, "09-wizard-open");
        fillEveryStep("", () -> { });
        BrowserSupport.screenshot(driver, "12-wizard-ethics");
        next();
        BrowserSupport.screenshot(driver, "12b-after-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-business-case")));
        var shown = Long.parseLong(driver.findElement(By.id("live-score")).getDomProperty("textContent").strip());
        var recommendation = driver.findElement(By.cssSelector("#live-panel .badge")).getDomProperty("textContent").strip();
        assertThat(recommendation).isIn("Go", "Go with conditions", "Revise", "No-go");
        BrowserSupport.screenshot(driver, "13-wizard-review");

        var assessmentId = driver.getCurrentUrl().replaceAll(".*/edit/(\\d+).*", "$1");
        var api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/v1/assessments/" + assessmentId + "/score")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("nina:nina-password".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        var apiScore = AssessmentJson.scoreMapper().readTree(api.body()).get("score").asDouble();
        assertThat(shown).isEqualTo(Math.round(apiScore));

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        BrowserSupport.screenshot(driver, "14-wizard-review-tablet");
        click(By.id("wizard-submit"));
        clickOverlayItem(By.xpath("//vaadin-button[normalize-space(.)='Submit']"));
        wait.until(ExpectedConditions.urlContains("/assessment/"));
        wait.until(d -> d.findElement(By.cssSelector(".meta")).getDomProperty("textContent").contains("Submitted"));
        BrowserSupport.screenshot(driver, "15-submitted-tablet");
    }

    /** The bottom bar with score, recommendation and risk-adjusted NPV is inside the phone's viewport. */
    private void summaryInView() {
        wait.until(d -> {
            var bar = d.findElement(By.id("live-summary"));
            var rect = bar.getRect();
            long height = ((Number) driver.executeScript("return window.innerHeight")).longValue();
            return bar.isDisplayed() && rect.getY() >= 0 && rect.getY() + rect.getHeight() <= height;
        });
    }

    @Test
    void on_a_phone_an_engineer_creates_fills_and_submits_with_the_summary_bar_in_view() throws Exception {
        // Chromium keeps a desktop window at least 500 px wide; the phone's own viewport is emulated instead
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        signIn("nina", "nina-password");
        click(By.id("new-assessment"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#title input"))).sendKeys("Warranty claim triage");
        driver.findElement(By.cssSelector("#statement textarea")).sendKeys("Fraudulent warranty claims cost $0.9M a year.");
        click(By.id("create-draft"));
        click(By.id("edit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-state")));
        assertThat(driver.executeScript("return window.innerWidth")).isEqualTo(390L);
        summaryInView();
        assertThat(text("live-summary-figures")).as("a title-only draft").contains("Not scored yet");

        // the step is in the address: a reload returns to it, and a value typed a moment before is not lost
        click(By.id("step-metric"));
        wait.until(ExpectedConditions.urlContains("step=metric"));
        WebElement kpi = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id("successMetric.kpiName") + " input")));
        kpi.sendKeys("Warranty-fraud losses");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("step-metric"), "selected", "true"));
        wait.until(d -> "Warranty-fraud losses".equals(d.findElement(By.cssSelector("#" + id("successMetric.kpiName") + " input"))
                .getDomProperty("value")));
        click(By.id("step-problem"));
        wait.until(ExpectedConditions.urlContains("step=problem"));

        fillEveryStep("phone-", this::summaryInView);
        summaryInView();
        assertThat(text("live-summary-figures")).contains("Risk-adjusted NPV").contains("USD");
        click(By.id("live-summary-toggle"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("live-panel")));
        BrowserSupport.screenshot(driver, "16-phone-live-panel-open");
        click(By.id("live-summary-toggle"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("live-panel")));

        click(By.id("next"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-business-case")));
        summaryInView();
        BrowserSupport.screenshot(driver, "17-phone-review");
        click(By.id("wizard-submit"));
        clickOverlayItem(By.xpath("//vaadin-button[normalize-space(.)='Submit']"));
        wait.until(ExpectedConditions.urlContains("/assessment/"));
        wait.until(d -> text("review-status").contains("submitted"));
        BrowserSupport.screenshot(driver, "18-phone-submitted");
    }
}
