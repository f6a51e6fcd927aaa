package dev.greenlight.brief.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.ui.AssessmentPageSection;
import dev.greenlight.brief.BriefService;

/** "Export brief (.xlsx)" beside the page's buttons, for anyone who may read a scored assessment. */
@org.springframework.stereotype.Component
class BriefExportSection implements AssessmentPageSection {

    private final BriefService briefs;

    BriefExportSection(BriefService briefs) {
        this.briefs = briefs;
    }

    @Override
    public Slot slot() {
        return Slot.ACTIONS;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visibleTo(AssessmentDetails details) {
        return details.scoreResult() != null;
    }

    @Override
    public Component render(AssessmentDetails details, Runnable changed) {
        return BriefLink.of(briefs, details.id(), "export-brief");
    }

    /** The same link on the guided form's review step, where it says which answers the brief is built from. */
    @org.springframework.stereotype.Component
    static class OnReviewStep implements AssessmentPageSection {

        private final BriefService briefs;

        OnReviewStep(BriefService briefs) {
            this.briefs = briefs;
        }

        @Override
        public Slot slot() {
            return Slot.WIZARD_REVIEW;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public boolean visibleTo(AssessmentDetails details) {
            return details.scoreResult() != null;
        }

        @Override
        public Component render(AssessmentDetails details, Runnable changed) {
            var hint = new Paragraph("The brief is built from the answers as last saved.");
            hint.addClassName("hint");
            return new Div(BriefLink.of(briefs, details.id(), "review-export-brief"), hint);
        }
    }
}
