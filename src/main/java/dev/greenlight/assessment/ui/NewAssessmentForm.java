package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.greenlight.base.ui.TextLimit;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentValidator;
import java.util.Optional;

/** The four questions that start a draft. Knows no service: {@link #read()} hands back a document or nothing. */
class NewAssessmentForm extends Composite<FormLayout> {

    final TextField title = new TextField("Title");
    final TextField summary = new TextField("One-line summary");
    final TextField team = new TextField("Team");
    final TextArea statement = new TextArea("Problem statement");
    private final Binder<Draft> binder = new Binder<>();

    NewAssessmentForm() {
        title.setId("title");
        summary.setId("summary");
        team.setId("team");
        statement.setId("statement");
        TextLimit.counted(title, AssessmentValidator.TITLE_MAX, "A short name leadership will recognise, e.g. “Card fraud early warning”.");
        TextLimit.counted(summary, AssessmentValidator.SUMMARY_MAX, "What the system does, in one sentence.");
        TextLimit.counted(team, AssessmentValidator.TEAM_MAX, "");
        TextLimit.counted(statement, AssessmentValidator.LONG_TEXT_MAX, "What business problem hurts today, for whom, and what it costs. "
                + "E.g. “Card fraud costs us $13.3M a year and analysts review alerts a day too late.”");
        statement.setMinHeight("8em");

        binder.forField(title).asRequired("Give the project a title")
                .withValidator(new StringLengthValidator(String.format(java.util.Locale.US, "At most %,d characters: shorten it", AssessmentValidator.TITLE_MAX), 1, AssessmentValidator.TITLE_MAX))
                .withValidator(t -> !t.isBlank(), "Give the project a title")
                .bind(Draft::getTitle, Draft::setTitle);
        binder.forField(summary).withValidator(limit(AssessmentValidator.SUMMARY_MAX)).bind(Draft::getSummary, Draft::setSummary);
        binder.forField(team).withValidator(limit(AssessmentValidator.TEAM_MAX)).bind(Draft::getTeam, Draft::setTeam);
        binder.forField(statement).withValidator(limit(AssessmentValidator.LONG_TEXT_MAX)).bind(Draft::getStatement, Draft::setStatement);
        binder.readBean(new Draft());

        var form = getContent();
        form.add(title, summary, team, statement);
        form.setColspan(statement, 2);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
    }

    Optional<AssessmentDocument> read() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(AssessmentDocument.draft(draft.getTitle().strip(), blankToNull(draft.getSummary()),
                blankToNull(draft.getTeam()), blankToNull(draft.getStatement())));
    }

    private static StringLengthValidator limit(int max) {
        return new StringLengthValidator(String.format(java.util.Locale.US, "At most %,d characters: shorten it", max), 0, max);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static final class Draft {
        private String title = "";
        private String summary = "";
        private String team = "";
        private String statement = "";

        String getTitle() { return title; }
        void setTitle(String title) { this.title = title; }
        String getSummary() { return summary; }
        void setSummary(String summary) { this.summary = summary; }
        String getTeam() { return team; }
        void setTeam(String team) { this.team = team; }
        String getStatement() { return statement; }
        void setStatement(String statement) { this.statement = statement; }
    }
}
