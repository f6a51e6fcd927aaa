package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import dev.greenlight.assessment.WizardDraft;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The ROI step below its catalogue questions: adoption by year, the three lists of money lines and the MLOps hint. */
class RoiEditors extends Composite<Div> {

    private static final String BUILD_COSTS = "financials.buildCosts";
    private static final String RUN_COSTS = "financials.annualRunCosts";

    private final WizardDraft draft;
    private final AdoptionEditor adoption;
    private final MoneyLinesEditor runCosts;
    private final Div maintenanceHint = new Div();

    RoiEditors(WizardDraft draft, Consumer<String> changed, BiConsumer<String, QuestionFields.Bound> register) {
        this.draft = draft;
        var tree = draft.tree();
        adoption = new AdoptionEditor(draft, changed, register);
        var content = getContent();
        content.add(new H4("Adoption by year"),
                QuestionFields.hint("Share of full benefits reached each year: 50 % in year one is common while people learn the new way."),
                adoption);
        content.add(new MoneyLinesEditor(BUILD_COSTS, "One-time build costs",
                "Team, data work, integration, security review. Each line low ≤ likely ≤ high, with the evidence behind it.",
                tree, changed, register));
        runCosts = new MoneyLinesEditor(RUN_COSTS, "Annual run costs",
                "Infrastructure and inference, licences, and MLOps maintenance: monitoring, retraining, on-call. Models decay; maintaining one costs money every year.",
                tree, changed, register);
        maintenanceHint.addClassName("maintenance-hint");
        maintenanceHint.setId("maintenance-hint");
        content.add(runCosts, maintenanceHint);
        content.add(new MoneyLinesEditor("financials.annualBenefits", "Annual benefits at full adoption",
                "Savings or revenue per year once everyone uses it; adoption by year scales it. A line can be derived "
                + "from model performance instead: recall and precision, or the share of work automated.",
                tree, changed, register, true));
        content.add(new AlternativeEditor(tree, changed, register));
        renderMaintenanceHint();
    }

    /** Draws again what follows from the field that changed, before the draft is read. */
    void changed(String path) {
        if (path.equals("financials.horizonYears")) {
            adoption.render();
        }
        if (path.startsWith(BUILD_COSTS) || path.startsWith(RUN_COSTS)) {
            renderMaintenanceHint();
        }
    }

    private void renderMaintenanceHint() {
        maintenanceHint.removeAll();
        draft.suggestedMaintenanceLine().ifPresent(line -> {
            var add = new Button("Add a suggested MLOps maintenance line", e -> {
                runCosts.addLine(line.name(), line.low(), line.likely(), line.high(), line.evidence());
                renderMaintenanceHint();
            });
            add.setId("add-maintenance");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            maintenanceHint.add(new Paragraph("No MLOps maintenance line yet. Keeping a model healthy usually costs 15–25 % of its build cost every year."), add);
        });
    }
}
