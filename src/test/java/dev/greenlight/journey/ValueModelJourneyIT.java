package dev.greenlight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.base.ui.Money;
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
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An engineer derives a benefit from recall and precision, prices the best non-AI way, and the figures the live
 * panel shows equal those of {@code POST /api/v1/score} for the saved document (issue 13).
 */
@ApiTest
class ValueModelJourneyIT extends BrowserJourney {

    private static final String LINE = "financials.annualBenefits[0]";
    private static final String MODEL = LINE + ".derivedFrom";
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("vera:vera-password".getBytes(StandardCharsets.UTF_8));

    @Autowired
    UserService users;

    @BeforeEach
    void engineer() {
        users.createIfMissing("vera", "Vera Values", "vera-password", Set.of(Role.ENGINEER));
    }

    private static String id(String path) {
        return "f-" + path.replace('.', '-').replace('[', '-').replace("]", "");
    }

    private void fill(String path, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id(path) + " input")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private void range(String input, String low, String likely, String high) {
        fill(MODEL + "." + input + ".low", low);
        fill(MODEL + "." + input + ".likely", likely);
        fill(MODEL + "." + input + ".high", high);
    }

    private void waitSaved() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            var state = d.findElement(By.id("save-state")).getDomProperty("textContent");
            return state.startsWith("Saved at") || state.equals("All changes saved");
        });
    }

    private String shown(String elementId) {
        return text(elementId).strip();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Authorization", AUTH).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_engineer_derives_a_benefit_from_recall_and_precision_prices_an_alternative_and_sees_the_api_s_figures()
            throws Exception {
        var created = send(HttpRequest.newBuilder(URI.create(url("/api/v1/assessments")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"title": "Chargeback early warning", "team": "Card Risk",
                         "financials": {"currency": "USD", "horizonYears": 3, "discountRate": 0.1,
                           "probabilityOfSuccess": 0.75, "adoptionByYear": [0.5, 1, 1],
                           "buildCosts": [{"name": "Team", "low": 250000, "likely": 300000, "high": 400000}],
                           "annualRunCosts": [{"name": "MLOps maintenance", "low": 50000, "likely": 60000, "high": 80000}]}}""")));
        assertThat(created.statusCode()).isEqualTo(201);
        long assessment = AssessmentJson.scoreMapper().readTree(created.body()).get("id").asLong();

        signIn("vera", "vera-password");
        driver.get(url("/edit/" + assessment));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-state")));
        click(By.id("step-roi"));
        click(By.id(id("financials.annualBenefits") + "-add"));
        fill(LINE + ".name", "Chargebacks avoided");
        click(By.cssSelector("#" + id(LINE) + "-derive label"));
        BrowserSupport.screenshot(driver, "30a-wizard-derive-ticked");
        range("casesPerYear", "1500000", "2000000", "2500000");
        range("prevalence", "0.8", "1", "1.2");
        range("valuePerTruePositive", "60", "80", "90");
        range("costPerAlert", "2", "3", "4");
        range("recall", "55", "65", "70");
        fill(MODEL + ".baselineRecall", "40");
        range("precision", "20", "25", "30");
        fill(MODEL + ".baselinePrecision", "22");
        waitSaved();
        BrowserSupport.screenshot(driver, "30-wizard-derived-benefit");

        fill("financials.alternative.name", "Tighter chargeback rules");
        fill("financials.alternative.probabilityOfSuccess", "90");
        click(By.id(id("financials.alternative.annualBenefits") + "-add"));
        fill("financials.alternative.annualBenefits[0].name", "Chargebacks avoided by rules");
        fill("financials.alternative.annualBenefits[0].low", "40000");
        fill("financials.alternative.annualBenefits[0].high", "120000");
        fill("financials.alternative.annualBenefits[0].likely", "80000");
        waitSaved();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("live-ai-adds")));
        BrowserSupport.screenshot(driver, "31-wizard-alternative");

        var stored = send(HttpRequest.newBuilder(URI.create(url("/api/v1/assessments/" + assessment))).GET());
        var scored = send(HttpRequest.newBuilder(URI.create(url("/api/v1/score")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(stored.body())));
        assertThat(scored.statusCode()).isEqualTo(200);
        JsonNode score = AssessmentJson.scoreMapper().readTree(scored.body());
        JsonNode derived = score.get("financials").get("derivedBenefits").get(0);
        JsonNode alternative = score.get("financials").get("alternative");

        assertThat(shown("live-score")).isEqualTo(String.format(Locale.US, "%.0f", score.get("score").asDouble()));
        assertThat(shown("live-derived-0-benefit")).isEqualTo(Money.format(derived.get("annualBenefit").asDouble(), "USD"));
        assertThat(shown("live-derived-0-point"))
                .isEqualTo(Money.format(derived.get("valuePerRecallPoint").asDouble(), "USD") + " a year");
        // 20,000 real cases a year at $80 less $3 an alert: NPV crosses zero a little below the model's 65 %
        assertThat(derived.get("breakEvenRecall").isNumber()).isTrue();
        assertThat(shown("live-derived-0-break-even"))
                .isEqualTo(String.format(Locale.US, "%.1f %%", 100 * derived.get("breakEvenRecall").asDouble()));
        assertThat(shown("live-alt-npv")).isEqualTo(Money.format(alternative.get("riskAdjustedNpv").asDouble(), "USD"));
        assertThat(shown("live-ai-adds"))
                .isEqualTo(Money.format(alternative.get("incrementalRiskAdjustedNpv").asDouble(), "USD"));
        assertThat(shown("live-beats")).isEqualTo(String.format(Locale.US, "%.1f %%",
                100 * alternative.get("probabilityBeatsAlternative").asDouble()) + " of simulated outcomes");
        assertThat(score.get("method").asInt()).isEqualTo(3);
    }
}
