package dev.greenlight.review;

import static dev.greenlight.RunAs.admin;
import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.lead;
import static dev.greenlight.RunAs.pm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.RunAs;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.assessment.VersionMismatchException;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.audit.AuditRecord;
import dev.greenlight.brief.BriefService;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The review loop of issue 6 at the services, played by the demo users in turn. */
@ServiceTest
class ReviewWorkflowTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    BriefService briefs;
    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    private AssessmentDetails submitted(String title) {
        return engineer(() -> {
            var created = assessments.create(SampleDocuments.maintenance(title));
            return reviews.submit(created.id(), created.version());
        });
    }

    @Test
    void the_whole_loop_freezes_versions_records_decisions_and_audits_every_step() {
        var v1 = submitted("Loop maintenance");
        long id = v1.id();
        assertThat(v1.latestVersion()).isEqualTo(1);
        assertThat(pm(() -> reviews.reviewQueue(PageRequest.of(0, 500))).getContent()).extracting(s -> s.id()).contains(id);

        pm(() -> reviews.comment(id, Questionnaire.Step.ROI, "Where does the downtime cost come from?"));
        var changes = pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.REQUEST_CHANGES, 1, List.of(), "Add the evidence for the downtime cost")));
        assertThat(changes.status()).isEqualTo(AssessmentStatus.CHANGES_REQUESTED);
        assertThat(pm(() -> reviews.reviewQueue(PageRequest.of(0, 500))).getContent()).extracting(s -> s.id()).doesNotContain(id);

        var revised = engineer(() -> {
            var current = assessments.get(id);
            assertThat(current.editableByCaller()).isTrue();
            var edited = assessments.update(id, current.document().withTitle("Loop maintenance, revised"), current.version());
            assertThatThrownBy(() -> reviews.submit(id, edited.version())).as("a resubmission says what changed")
                    .isInstanceOfSatisfying(dev.greenlight.document.InvalidAssessmentException.class,
                            e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("changes"));
            return reviews.submit(id, edited.version(), "Renamed after the review");
        });
        assertThat(revised.latestVersion()).isEqualTo(2);
        assertThat(revised.status()).isEqualTo(AssessmentStatus.SUBMITTED);

        var comparison = pm(() -> assessments.compare(id, 1, 2));
        assertThat(comparison.changes()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("title");
            assertThat(c.before()).isEqualTo("Loop maintenance");
            assertThat(c.after()).isEqualTo("Loop maintenance, revised");
        });
        assertThat(comparison.scoreDelta()).isZero();
        assertThat(comparison.readable()).extracting(Object::toString).containsExactly("Title: Loop maintenance → Loop maintenance, revised");
        assertThat(comparison.to().changeNote()).isEqualTo("Renamed after the review");
        assertThat(comparison.from().changeNote()).isNull();
        assertThat(comparison.fromFigures().npv()).isNotNull().isEqualTo(comparison.toFigures().npv());
        assertThat(comparison.currency()).isNotBlank();

        var conditions = revised.scoreResult().conditions().isEmpty() ? List.of("Monitor the alarm rate monthly") : revised.scoreResult().conditions();
        var approved = pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE_WITH_CONDITIONS, 2, conditions, "Worth it")));
        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED_WITH_CONDITIONS);

        var history = engineer(() -> reviews.history(id));
        assertThat(history.versions()).extracting(v -> v.number()).containsExactly(1, 2);
        assertThat(history.decisions()).extracting(DecisionRecord::decision).containsExactly(DecisionType.REQUEST_CHANGES, DecisionType.APPROVE_WITH_CONDITIONS);
        assertThat(history.decisions().get(1).conditions()).isEqualTo(conditions);
        assertThat(history.decisions().get(1).version()).isEqualTo(2);
        assertThat(history.comments()).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo(Questionnaire.Step.ROI);
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.author()).isEqualTo("pm");
        });

        var v1Frozen = engineer(() -> assessments.version(id, 1));
        assertThat(v1Frozen.document().title()).isEqualTo("Loop maintenance");
        assertThat(v1Frozen.summary().modelVersion()).isEqualTo(assessments.modelVersion());
        assertThat(v1Frozen.scoreResult()).isNotNull();

        var brief = engineer(() -> briefs.brief(id));
        var historySheet = historyText(brief.bytes());
        assertThat(historySheet).contains("Submitted version 1").contains("Submitted version 2")
                .contains("Decision: Changes requested (version 1)").contains("Rationale: Add the evidence for the downtime cost")
                .contains("Decision: Approved with conditions (version 2)").contains("Condition: " + conditions.get(0))
                .contains("Comment on version 1 [ROI]: Where does the downtime cost come from?");
        assertThat(historySheet).as("people by display name (issue 16 item 3)")
                .contains("Erin Engineer | Created").contains("Erin Engineer | Submitted version 2")
                .contains("Pat Product | Decision: Approved with conditions (version 2)")
                .contains("Pat Product | Comment on version 1").doesNotContain("pm | ").doesNotContain("engineer | ");
        assertThat(briefSheet(brief.bytes())).contains("Author | Erin Engineer")
                .contains("on version 2 by Pat Product: Worth it");
        var trail = admin(() -> auditLog.forAssessment(id));
        assertThat(trail).extracting(AuditRecord::action).containsExactly(AuditAction.CREATED, AuditAction.SUBMITTED,
                AuditAction.COMMENTED, AuditAction.DECIDED, AuditAction.CHANGED, AuditAction.SUBMITTED, AuditAction.DECIDED,
                AuditAction.EXPORTED);
        assertThat(trail).extracting(AuditRecord::actor).containsExactly("engineer", "engineer", "pm", "pm", "engineer",
                "engineer", "pm", "engineer");
        assertThat(trail.get(4).detail()).isEqualTo("title: Loop maintenance → Loop maintenance, revised");
        assertThat(trail.get(6).detail()).contains("Approved with conditions on version 2").contains(conditions.get(0));
        assertThat(wordHistory(engineer(() -> briefs.wordBrief(id)).bytes()))
                .contains("Erin Engineer | Submitted version 1").contains("Pat Product | Decision: Changes requested (version 1)")
                .doesNotContain("pm | ");
    }

    /** Every row of the Word brief's decision history (the last table) as "who | what" lines. */
    static String wordHistory(byte[] docx) {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            var text = new StringBuilder();
            for (var row : doc.getTables().getLast().getRows()) {
                text.append(row.getCell(1).getText()).append(" | ").append(row.getCell(2).getText()).append('\n');
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every row of the brief's History sheet as "who | what" lines. */
    static String historyText(byte[] xlsx) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheet("History");
            var text = new StringBuilder();
            for (var row : sheet) {
                text.append(row.getCell(1).getStringCellValue()).append(" | ").append(row.getCell(2).getStringCellValue()).append('\n');
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void nobody_decides_on_an_assessment_they_authored() {
        var id = RunAs.call(TestUsers.AUTHORING_PM, new Role[] {Role.PRODUCT_MANAGER, Role.ENGINEER}, () -> {
            var created = assessments.create(SampleDocuments.maintenance("Pam's own idea"));
            reviews.submit(created.id(), created.version());
            assertThat(reviews.reviewQueue(PageRequest.of(0, 500)).getContent()).extracting(s -> s.id()).doesNotContain(created.id());
            assertThatThrownBy(() -> reviews.decide(created.id(), new DecisionRequest(DecisionType.APPROVE, 1, List.of(),
                    "Cheap to try and the downtime savings are evidenced")))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Separation of duties");
            return created.id();
        });
        assertThat(pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE, 1, List.of(),
                "Cheap to try and the downtime savings are evidenced"))).status())
                .isEqualTo(AssessmentStatus.APPROVED);
    }

    @Test
    void a_high_risk_approval_counts_only_after_leadership_signs_off() {
        var id = engineer(() -> {
            var created = assessments.create(SampleDocuments.highRisk("High-risk resume screening"));
            return reviews.submit(created.id(), created.version()).id();
        });
        var approved = pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE_WITH_CONDITIONS, 1, List.of("Bias testing"),
                "Strong case; bias testing is the condition")));
        assertThat(pm(() -> reviews.signOffRequired(id))).isTrue();
        assertThat(approved.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(approved.awaitsSignOff()).isTrue();
        assertThat(pm(() -> reviews.reviewQueue(PageRequest.of(0, 500))).getContent()).extracting(s -> s.id()).doesNotContain(id);
        assertThat(lead(() -> reviews.reviewQueue(PageRequest.of(0, 500))).getContent()).extracting(s -> s.id()).contains(id);
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.SIGN_OFF, 1, List.of(), "Risk understood and accepted by leadership"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "Evidence is solid and the cost is small"))))
                .isInstanceOf(Lifecycle.IllegalTransitionException.class).hasMessageContaining("leadership sign-off");

        var signed = lead(() -> reviews.decide(id, new DecisionRequest(DecisionType.SIGN_OFF, 1, List.of(), "Risk accepted")));
        assertThat(signed.status()).isEqualTo(AssessmentStatus.APPROVED_WITH_CONDITIONS);
        assertThat(signed.awaitsSignOff()).isFalse();
        assertThat(admin(() -> auditLog.forAssessment(id))).extracting(AuditRecord::action).endsWith(AuditAction.DECIDED, AuditAction.SIGNED_OFF);
    }

    @Test
    void leadership_may_refuse_a_sign_off_with_a_reason() {
        var id = engineer(() -> {
            var created = assessments.create(SampleDocuments.highRisk("Refused resume screening"));
            return reviews.submit(created.id(), created.version()).id();
        });
        pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE_WITH_CONDITIONS, 1, List.of("Quarterly bias audit"),
                "Worth it with a quarterly bias audit")));
        assertThat(briefSheet(engineer(() -> briefs.brief(id)).bytes())).contains("Condition | Quarterly bias audit");
        assertThatThrownBy(() -> lead(() -> reviews.decide(id, new DecisionRequest(DecisionType.REFUSE_SIGN_OFF, 1, List.of(), " "))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("rationale"));
        assertThat(lead(() -> reviews.decide(id, new DecisionRequest(DecisionType.REFUSE_SIGN_OFF, 1, List.of(), "Too risky"))).status())
                .isEqualTo(AssessmentStatus.REJECTED);
        // the brief's first page says what stands now: refused, and no conditions of an approval that no longer counts
        assertThat(briefSheet(engineer(() -> briefs.brief(id)).bytes()))
                .contains("Status | Rejected")
                .contains("Decision | Sign-off refused by leadership on version 1 by Lee Leadership: Too risky")
                .doesNotContain("Quarterly bias audit");
    }

    /** The Brief sheet's label | value pairs, a line each. */
    static String briefSheet(byte[] xlsx) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var text = new StringBuilder();
            for (var row : wb.getSheet("Brief")) {
                var label = row.getCell(0);
                var value = row.getCell(1);
                if (label != null && value != null && label.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && value.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    text.append(label.getStringCellValue()).append(" | ").append(value.getStringCellValue()).append('\n');
                }
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_decision_must_carry_what_it_needs_and_names_each_bad_field() {
        var id = submitted("Validation").id();
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.REJECT, 1, List.of(), null))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("rationale"));
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.REQUEST_CHANGES, 1, List.of(), ""))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.toString()).isEqualTo("rationale: is required: say what to change")));
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "  "))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.toString()).isEqualTo("rationale: is required: say why you approve")));
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE_WITH_CONDITIONS, 1, List.of(), "Worth doing once the conditions are met"))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("conditions"));
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE_WITH_CONDITIONS, 1, List.of("ok", " "), "Worth doing once the conditions are met"))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("conditions[1]"));
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(null, null, List.of(), null))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("decision", "version"));
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE, 7, List.of(), "Evidence is solid and the cost is small"))))
                .isInstanceOf(VersionMismatchException.class).hasMessageContaining("names version 7").hasMessageContaining("under review is 1");
        assertThatThrownBy(() -> pm(() -> reviews.comment(id, null, "  "))).isInstanceOfSatisfying(InvalidAssessmentException.class,
                e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("body"));
        assertThat(engineer(() -> assessments.get(id)).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(admin(() -> reviews.history(id)).decisions()).isEmpty();
    }

    @Test
    void comments_rationales_and_conditions_refuse_control_characters_naming_the_field() {
        var id = submitted("Hostile review text").id();
        assertThatThrownBy(() -> pm(() -> reviews.comment(id, null, "Looks \u001B[2J fine")))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.toString()).startsWith("body: contains the control character U+001B")));
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.REJECT, 1, List.of(), "No\u0000"))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("rationale"));
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE_WITH_CONDITIONS, 1,
                List.of("fine", "half \uD83D"), "Worth doing once the conditions are met"))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("conditions[1]"));
        assertThat(pm(() -> reviews.comment(id, null, "Très bien 👍🏽 — 良い")).body()).isEqualTo("Très bien 👍🏽 — 良い");
        assertThat(admin(() -> reviews.history(id)).decisions()).isEmpty();
    }

    @Test
    void a_decided_assessment_cannot_be_decided_again() {
        var id = submitted("Twice").id();
        pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.REJECT, 1, List.of(), "No")));
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "Evidence is solid and the cost is small"))))
                .isInstanceOf(Lifecycle.IllegalTransitionException.class).hasMessageContaining("rejected");
        var archived = pm(() -> reviews.archive(id, assessments.get(id).version()));
        assertThat(archived.status()).isEqualTo(AssessmentStatus.ARCHIVED);
        assertThat(admin(() -> reviews.history(id)).decisions()).hasSize(1);
    }

    @Test
    void a_stale_submit_is_refused() {
        var created = engineer(() -> assessments.create(SampleDocuments.maintenance("Stale submit")));
        engineer(() -> assessments.update(created.id(), created.document().withTitle("Edited"), created.version()));
        assertThatThrownBy(() -> engineer(() -> reviews.submit(created.id(), created.version()))).isInstanceOf(StaleAssessmentException.class);
        assertThat(engineer(() -> assessments.versions(created.id()))).isEmpty();
    }
}
