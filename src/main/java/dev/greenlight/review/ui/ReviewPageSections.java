package dev.greenlight.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.assessment.ui.AssessmentListColumn;
import dev.greenlight.assessment.ui.AssessmentPageSection;
import dev.greenlight.base.ui.LandingPage;
import dev.greenlight.base.ui.NavigationBadge;
import dev.greenlight.security.Role;
import dev.greenlight.review.ReviewService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;

/**
 * What review contributes to the assessment page, the author's list and the navigation: the submit button (on the page
 * and on the guided form's review step), the review section, the reviewers' feedback column, the review queue's count.
 */
@Configuration
class ReviewPageSections {

    @Bean
    AssessmentPageSection submitOnPage(ReviewService reviews) {
        return new Submit(reviews, AssessmentPageSection.Slot.ACTIONS, 10, "submit", true);
    }

    @Bean
    AssessmentPageSection submitOnReviewStep(ReviewService reviews) {
        return new Submit(reviews, AssessmentPageSection.Slot.WIZARD_REVIEW, 20, "wizard-submit", false);
    }

    @Bean
    AssessmentPageSection reviewSection(ReviewService reviews, AssessmentService assessments) {
        return AssessmentPageSection.of(AssessmentPageSection.Slot.BODY, 10, details -> true,
                (details, changed) -> new ReviewSection(details, reviews, assessments, changed));
    }

    /** What reviewers said, as a column of the author's list. */
    @Bean
    AssessmentListColumn reviewFeedbackColumn(ReviewService reviews) {
        return new AssessmentListColumn() {
            @Override
            public String key() {
                return "review";
            }

            @Override
            public String header() {
                return "Review";
            }

            @Override
            public String value(AssessmentSummary summary) {
                return summary.latestVersion() == 0 ? "" : reviews.feedback(summary.id());
            }
        };
    }

    /** Product managers start where their decisions wait. */
    @Bean
    LandingPage productManagersLandOnTheReviewQueue() {
        return LandingPage.of(ReviewQueueView.PATH, 10, Role.PRODUCT_MANAGER_NAME);
    }

    @Bean
    NavigationBadge reviewQueueBadge(ReviewService reviews) {
        return new NavigationBadge() {
            @Override
            public String path() {
                return ReviewQueueView.PATH;
            }

            @Override
            public long count() {
                return reviews.reviewQueueCount();
            }

            @Override
            public String describe(long count) {
                return count + " waiting for review";
            }
        };
    }

    /**
     * "Submit for review" (on the page "Resubmit" after a first submission), for the author while the assessment may
     * change; on the page after a confirmation, on the guided form's last step at once.
     */
    private record Submit(ReviewService reviews, AssessmentPageSection.Slot slot, int order, String elementId, boolean confirm)
            implements AssessmentPageSection {

        @Override
        public boolean visibleTo(AssessmentDetails details) {
            return details.editableByCaller();
        }

        @Override
        public Component render(AssessmentDetails details, Runnable changed) {
            var submit = new Button(details.latestVersion() == 0 || !confirm ? "Submit for review" : "Resubmit for review");
            submit.setId(elementId);
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> {
                if (!confirm) {
                    submit(details, changed);
                    return;
                }
                var dialog = new ConfirmDialog("Submit for review?", "Product managers will review “" + details.document().title()
                        + "”. You can't edit it unless they request changes.", "Submit", ok -> submit(details, changed));
                dialog.setCancelable(true);
                dialog.open();
            });
            return submit;
        }

        private void submit(AssessmentDetails details, Runnable changed) {
            try {
                reviews.submit(details.id(), details.version());
                Notification.show("Submitted for review", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (StaleAssessmentException | AccessDeniedException | Lifecycle.IllegalTransitionException e) {
                Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            changed.run();
        }
    }
}
