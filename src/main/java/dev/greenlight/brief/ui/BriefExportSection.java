package dev.greenlight.brief.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.ui.AssessmentPageSection;
import dev.greenlight.assessment.ui.AssessmentPageSection.Slot;
import dev.greenlight.brief.BriefService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Export brief (.xlsx)" and "Word brief (.docx)" for anyone who may read a scored assessment: beside the page's buttons and on the review step. */
@Configuration
class BriefExportSection {

    private static boolean scored(AssessmentDetails details) {
        return details.scoreResult() != null;
    }

    @Bean
    AssessmentPageSection briefExportOnPage(BriefService briefs) {
        return AssessmentPageSection.of(Slot.ACTIONS, 20, BriefExportSection::scored,
                (details, changed) -> new Span(BriefLink.of(briefs, details.id(), "export-brief"),
                        BriefLink.word(briefs, details.id(), "export-word-brief")));
    }

    /** On the guided form's review step it also says which answers the brief is built from. */
    @Bean
    AssessmentPageSection briefExportOnReviewStep(BriefService briefs) {
        return AssessmentPageSection.of(Slot.WIZARD_REVIEW, 10, BriefExportSection::scored, (details, changed) -> {
            var hint = new Paragraph("The brief is built from the answers as last saved.");
            hint.addClassName("hint");
            return new Div(BriefLink.of(briefs, details.id(), "review-export-brief"),
                    BriefLink.word(briefs, details.id(), "review-export-word-brief"), hint);
        });
    }
}
