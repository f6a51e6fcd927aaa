package dev.greenlight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.RunAs;
import dev.greenlight.SampleDocuments;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditFilter;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.audit.AuditRecord;
import dev.greenlight.brief.BriefService;
import dev.greenlight.review.ReviewService;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review loop in a real browser: the engineer submits, the product manager requests changes, the engineer
 * revises in the guided form and resubmits, the product manager approves with conditions, and the engineer sees
 * the decision; the brief's History sheet shows all of it.
 */
@ApiTest
class ReviewJourneyIT extends BrowserJourney {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    BriefService briefs;
    @Autowired
    AuditLog audit;
    private void signOut() {
        // A success notification may lie over the button in the drawer's corner; click it the way a script does.
        driver.executeScript("arguments[0].click();", wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    private void open(long id) {
        driver.get(url("/assessment/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-section")));
    }

    private void type(By by, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** Submits after the confirmation; a resubmission first says what changed. */
    private void submitFromThePage(String changes) {
        click(By.id("submit"));
        if (changes != null) {
            type(By.cssSelector("#submit-changes textarea"), changes);
        }
        var label = changes == null ? "Submit" : "Resubmit";
        clickOverlayItem(By.xpath("//vaadin-button[normalize-space(.)='" + label + "']"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("submit")));
    }

    private void decide(String label) {
        click(By.xpath("//vaadin-radio-button[normalize-space(.)='" + label + "']"));
    }

    /** Records the decision and confirms it in the dialog that names what is decided ({@code confirmLabel} is its button). */
    private void recordDecision(String confirmLabel) {
        click(By.id("record-decision"));
        confirm("decision-confirm", confirmLabel);
    }


    @Test
    void submit_request_changes_revise_resubmit_approve_with_conditions_and_the_engineer_sees_it() throws Exception {
        long id = RunAs.engineer(() -> assessments.create(SampleDocuments.maintenance("Journey: conveyor review")).id());

        signIn("engineer", "engineer");
        open(id);
        BrowserSupport.screenshot(driver, "review-01-draft");
        submitFromThePage(null);
        wait.until(d -> text("review-status").contains("Version 1 submitted by Erin Engineer"));
        signOut();

        signIn("pm", "pm");
        wait.until(d -> !text("review-count").isBlank());
        driver.get(url("/review"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-queue"), "Journey: conveyor review"));
        BrowserSupport.screenshot(driver, "review-02-queue");
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Journey: conveyor review']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-decision")));
        decide("Changes requested");
        type(By.cssSelector("#rationale textarea"), "Name the sponsor who owns the downtime budget");
        recordDecision("Request changes");
        wait.until(d -> text("decisions").contains("Name the sponsor who owns the downtime budget"));
        BrowserSupport.screenshot(driver, "review-03-changes-requested");
        signOut();

        signIn("engineer", "engineer");
        open(id);
        assertThat(text("decisions")).contains("Changes requested").contains("Name the sponsor");
        click(By.id("edit"));
        type(By.cssSelector("#f-problem-sponsor input"), "Head of Plant Operations");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            var state = d.findElement(By.id("save-state")).getDomProperty("textContent");
            return state.startsWith("Saved at");
        });
        open(id);
        assertThat(driver.findElement(By.id("submit")).getText()).isEqualTo("Resubmit for review");
        submitFromThePage("Named the sponsor who owns the downtime budget");
        wait.until(d -> text("review-status").contains("Version 2 submitted by Erin Engineer"));
        signOut();

        signIn("pm", "pm");
        open(id);
        BrowserSupport.screenshot(driver, "review-04-resubmitted");
        wait.until(d -> text("review-change-note").contains("Named the sponsor who owns the downtime budget"));
        wait.until(d -> text("comparison").contains("Sponsor: ") && text("comparison").contains("→ Head of Plant Operations"));
        decide("Approved with conditions");
        type(By.cssSelector("#conditions textarea"), "Report false alarms monthly to the plant manager");
        type(By.cssSelector("#rationale textarea"), "Clear business case");
        click(By.id("record-decision"));
        wait.until(d -> text("decision-confirm").contains("Report false alarms monthly"));
        BrowserSupport.screenshot(driver, "review-04b-approval-confirmation");
        var desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        BrowserSupport.screenshot(driver, "review-04c-approval-confirmation-phone");
        driver.manage().window().setSize(desktop);
        confirm("decision-confirm", "Approve with conditions");
        wait.until(d -> text("decisions").contains("Report false alarms monthly"));
        signOut();

        signIn("engineer", "engineer");
        driver.get(url("/mine"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessments"), "Approved with conditions (1 condition): Clear business case"));
        BrowserSupport.screenshot(driver, "review-05-my-assessments");
        open(id);
        assertThat(text("decisions")).contains("Approved with conditions · version 2 · Pat Product").contains("Report false alarms monthly");
        BrowserSupport.screenshot(driver, "review-06-decision-seen");
        signOut();

        var details = RunAs.engineer(() -> assessments.get(id));
        assertThat(details.status()).isEqualTo(AssessmentStatus.APPROVED_WITH_CONDITIONS);
        var brief = RunAs.engineer(() -> briefs.brief(id));
        String history;
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(brief.bytes()))) {
            var text = new StringBuilder();
            wb.getSheet("History").forEach(row -> text.append(row.getCell(1).getStringCellValue()).append(" | ")
                    .append(row.getCell(2).getStringCellValue()).append('\n'));
            history = text.toString();
        }
        assertThat(history).contains("Erin Engineer | Submitted version 1").contains("Erin Engineer | Submitted version 2")
                .contains("Pat Product | Decision: Changes requested (version 1)").contains("Rationale: Name the sponsor")
                .contains("Pat Product | Decision: Approved with conditions (version 2)")
                .contains("Condition: Report false alarms monthly to the plant manager");
        assertThat(RunAs.admin(() -> audit.forAssessment(id))).extracting(AuditRecord::action).containsSubsequence(
                AuditAction.CREATED, AuditAction.SUBMITTED, AuditAction.DECIDED, AuditAction.CHANGED, AuditAction.SUBMITTED,
                AuditAction.DECIDED, AuditAction.EXPORTED);
        var signIns = RunAs.admin(() -> audit.search(new AuditFilter("pm", AuditAction.LOGIN_SUCCEEDED, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 10)));
        assertThat(signIns.getTotalElements()).isGreaterThanOrEqualTo(2);
        assertThat(RunAs.admin(() -> audit.forAssessment(id))).filteredOn(a -> a.action() == AuditAction.CHANGED)
                .extracting(AuditRecord::detail).anyMatch(d -> d.contains("problem.sponsor") && d.contains("Head of Plant Operations"));
    }
}
