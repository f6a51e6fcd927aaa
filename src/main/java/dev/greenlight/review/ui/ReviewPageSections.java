package dev.greenlight.review.ui;

import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.assessment.ui.AssessmentListColumn;
import dev.greenlight.assessment.ui.AssessmentPageSection;
import dev.greenlight.assessment.ui.ScoreNote;
import dev.greenlight.base.ui.LandingPage;
import dev.greenlight.base.ui.NavigationBadge;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserDirectory;
import dev.greenlight.review.ReviewService;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What review contributes to the assessment page, the author's list and the navigation: the submit button (on the page
 * and on the guided form's review step), the review section, the reviewers' feedback column, the review queue's count.
 */
@Configuration
class ReviewPageSections {

    @Bean
    AssessmentPageSection submitOnPage(ReviewService reviews) {
        return new SubmitButton(reviews, AssessmentPageSection.Slot.ACTIONS, 10, "submit");
    }

    @Bean
    AssessmentPageSection submitOnReviewStep(ReviewService reviews) {
        return new SubmitButton(reviews, AssessmentPageSection.Slot.WIZARD_REVIEW, 20, "wizard-submit");
    }

    @Bean
    AssessmentPageSection reviewSection(ReviewService reviews, AssessmentService assessments, UserDirectory names,
                                        List<ScoreNote> notes) {
        return AssessmentPageSection.of(AssessmentPageSection.Slot.BODY, 10, details -> true,
                (details, changed) -> new ReviewSection(details, reviews, assessments, names, changed,
                        details.scoreResult() == null ? List.of() : notes.stream()
                                .map(n -> n.about(details.id(), details.document(), details.scoreResult()))
                                .flatMap(java.util.Optional::stream).toList()));
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
}
