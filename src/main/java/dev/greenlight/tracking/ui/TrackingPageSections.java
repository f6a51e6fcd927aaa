package dev.greenlight.tracking.ui;

import com.vaadin.flow.component.html.Div;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.ui.AssessmentPageSection;
import dev.greenlight.base.ui.NavigationBadge;
import dev.greenlight.security.UserDirectory;
import dev.greenlight.tracking.MetricFeedService;
import dev.greenlight.tracking.TrackingService;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What tracking contributes: the Tracking section of an approved assessment's page and the re-review queue's count. */
@Configuration
class TrackingPageSections {

    private static final EnumSet<AssessmentStatus> AFTER_APPROVAL = EnumSet.of(AssessmentStatus.APPROVED,
            AssessmentStatus.APPROVED_WITH_CONDITIONS, AssessmentStatus.STOPPED, AssessmentStatus.ARCHIVED);

    /** Before the review section: once a project is approved, how it is doing matters more than how it got there. */
    @Bean
    AssessmentPageSection trackingSection(TrackingService tracking, MetricFeedService feed, UserDirectory names) {
        return AssessmentPageSection.of(AssessmentPageSection.Slot.BODY, 5, details -> AFTER_APPROVAL.contains(details.status()),
                (details, changed) -> tracking.find(details.id())
                        .<com.vaadin.flow.component.Component>map(report -> new TrackingSection(report, tracking, feed, names, changed))
                        .orElseGet(Div::new));
    }

    @Bean
    NavigationBadge reReviewBadge(TrackingService tracking) {
        return new NavigationBadge() {
            @Override
            public String path() {
                return ReReviewQueueView.PATH;
            }

            @Override
            public long count() {
                return tracking.reReviewCount();
            }

            @Override
            public String describe(long count) {
                return count + " waiting for a re-review";
            }
        };
    }
}
