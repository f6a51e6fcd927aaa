package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dev.greenlight.assessment.AssessmentDocument;
import dev.greenlight.assessment.AssessmentJson;
import dev.greenlight.assessment.AssessmentNotFoundException;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.FieldError;
import dev.greenlight.assessment.InvalidAssessmentException;
import dev.greenlight.assessment.Questionnaire.Step;
import dev.greenlight.assessment.Questionnaire;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.scoring.Evidence;
import dev.greenlight.scoring.RiskQuestion;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The guided questionnaire: four sections and a review, generated from {@link Questionnaire}, with a live
 * score beside every step. Every change is validated; a valid document is saved at once (fields debounce
 * their typing), an invalid one stays on screen with its messages and never overwrites what is stored.
 */
@Route("edit")
@RolesAllowed({Role.ENGINEER_NAME, Role.PRODUCT_MANAGER_NAME})
class WizardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AssessmentService service;
    private final AssessmentPageSections sections;
    private long id;
    private long version;
    private DocumentTree tree;
    private AssessmentDocument lastValid;
    private String title = "Edit assessment";

    private final Map<String, QuestionFields.Bound> fields = new HashMap<>();
    private final Map<Step, Tab> tabs = new EnumMap<>(Step.class);
    private final Map<Step, Div> pages = new EnumMap<>(Step.class);
    private final Tabs stepper = new Tabs();
    private final Div page = new Div();
    private final Div live = new Div();
    private final Span saveState = new Span();
    private final Div review = new Div();
    private final Div adoption = new Div();
    private final Div maintenanceHint = new Div();
    private MoneyLinesEditor runCosts;
    private List<FieldError> errors = List.of();
    private boolean building;

    WizardView(AssessmentService service, AssessmentPageSections sections) {
        this.service = service;
        this.sections = sections;
        addClassNames("page", "wizard-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long assessmentId) {
        removeAll();
        try {
            var details = service.get(assessmentId);
            if (!details.editableByCaller()) {
                problem("Not yours to edit", "Only the author can change “" + details.document().title()
                        + "”, and only while it is a draft or changes were requested.");
                return;
            }
            id = details.id();
            version = details.version();
            lastValid = details.document();
            title = details.document().title();
            tree = new DocumentTree(AssessmentJson.toTree(details.document()));
            if (tree.get("financials.discountRate") == null) {
                tree.set("financials.discountRate", JsonNodeFactory.instance.numberNode(service.defaultDiscountRate()));
            }
            build();
        } catch (AssessmentNotFoundException | AccessDeniedException e) {
            problem("Not yours to edit", e.getMessage());
        }
    }

    private void problem(String heading, String message) {
        title = heading;
        var box = new Div(new H2(heading), new Paragraph(message));
        box.addClassName("problem");
        box.setId("wizard-refused");
        add(box);
    }

    private void build() {
        building = true;
        saveState.setId("save-state");
        saveState.addClassName("save-state");
        saveState.setText("All changes saved");
        var heading = new H2(title);
        heading.setId("wizard-title");
        var header = new Div(heading, saveState);
        header.addClassName("wizard-header");

        for (var step : Step.values()) {
            var tab = new Tab(step.label());
            tab.setId("step-" + step.name().toLowerCase(Locale.ROOT));
            tabs.put(step, tab);
            stepper.add(tab);
            pages.put(step, stepPage(step));
        }
        stepper.addSelectedChangeListener(e -> show(currentStep()));

        var back = new Button("Back", e -> move(-1));
        back.setId("back");
        back.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        var next = new Button("Next", e -> move(1));
        next.setId("next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        var done = new Button("Done for now", e -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, id)));
        done.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var nav = new HorizontalLayout(back, next, done);
        nav.addClassName("wizard-nav");

        live.setId("live-panel");
        live.addClassName("live-panel");
        var form = new Div(stepper, page, nav);
        form.addClassName("wizard-form");
        var body = new Div(form, live);
        body.addClassName("wizard-body");
        add(header, body);
        building = false;
        show(Step.PROBLEM);
        changed("");
    }

    private Step currentStep() {
        return Step.values()[Math.max(0, stepper.getSelectedIndex())];
    }

    private void move(int delta) {
        int index = Math.clamp(stepper.getSelectedIndex() + delta, 0, Step.values().length - 1);
        stepper.setSelectedIndex(index);
    }

    private void show(Step step) {
        page.removeAll();
        if (step == Step.REVIEW) {
            renderReview();
        }
        page.add(pages.get(step));
        if (stepper.getSelectedIndex() != step.ordinal()) {
            stepper.setSelectedIndex(step.ordinal());
        }
    }

    private Div stepPage(Step step) {
        var div = new Div();
        div.addClassName("step-page");
        div.setId("page-" + step.name().toLowerCase(Locale.ROOT));
        if (step == Step.REVIEW) {
            review.setId("review");
            div.add(review);
            return div;
        }
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        for (var q : Questionnaire.of(step)) {
            var bound = QuestionFields.create(q, tree, this::changed);
            fields.put(q.path(), bound);
            form.add(bound.component());
            if (q.kind() == Questionnaire.Kind.TEXTAREA || q.kind() == Questionnaire.Kind.MULTI_CHOICE) {
                form.setColspan(bound.component(), 2);
            }
        }
        div.add(form);
        if (step == Step.ROI) {
            roi(div);
        }
        return div;
    }

    private void roi(Div div) {
        adoption.addClassName("adoption");
        adoption.setId(QuestionFields.idOf("financials.adoptionByYear"));
        div.add(new H4("Adoption by year"), hint("Share of full benefits reached each year: 50 % in year one is common while people learn the new way."), adoption);
        renderAdoption();
        div.add(new MoneyLinesEditor("financials.buildCosts", "One-time build costs",
                "Team, data work, integration, security review. Each line low ≤ likely ≤ high, with the evidence behind it.",
                tree, this::changed, fields::put));
        runCosts = new MoneyLinesEditor("financials.annualRunCosts", "Annual run costs",
                "Infrastructure and inference, licences, and MLOps maintenance: monitoring, retraining, on-call. Models decay; maintaining one costs money every year.",
                tree, this::changed, fields::put);
        maintenanceHint.addClassName("maintenance-hint");
        maintenanceHint.setId("maintenance-hint");
        div.add(runCosts, maintenanceHint);
        div.add(new MoneyLinesEditor("financials.annualBenefits", "Annual benefits at full adoption",
                "Savings or revenue per year once everyone uses it; adoption by year scales it.", tree, this::changed, fields::put));
        renderMaintenanceHint();
    }

    private void renderMaintenanceHint() {
        maintenanceHint.removeAll();
        if (runCosts == null || runCosts.hasMaintenanceLine()) {
            return;
        }
        double build = 0;
        var builds = tree.get("financials.buildCosts");
        if (builds != null) {
            for (var line : builds) {
                build += line.path("likely").asDouble(0);
            }
        }
        double likely = Math.max(1000, Math.round(build * 0.2 / 1000) * 1000.0);
        var add = new Button("Add a suggested MLOps maintenance line", e -> {
            runCosts.addLine("MLOps maintenance (monitoring, retraining, on-call)", Math.round(likely * 0.6 / 1000) * 1000.0,
                    likely, Math.round(likely * 1.6 / 1000) * 1000.0, Evidence.BENCHMARK);
            renderMaintenanceHint();
        });
        add.setId("add-maintenance");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        maintenanceHint.add(new Paragraph("No MLOps maintenance line yet. Keeping a model healthy usually costs 15–25 % of its build cost every year."), add);
    }

    private void renderAdoption() {
        adoption.removeAll();
        var horizon = tree.get("financials.horizonYears");
        if (horizon == null || horizon.asInt() < 1 || horizon.asInt() > 10) {
            adoption.add(hint("Choose the horizon first."));
            return;
        }
        int years = horizon.asInt();
        var existing = tree.get("financials.adoptionByYear");
        var values = JsonNodeFactory.instance.arrayNode();
        for (int y = 0; y < years; y++) {
            double share = existing != null && existing.size() > y ? existing.get(y).asDouble() : (y == 0 ? 0.5 : 1.0);
            values.add(share);
        }
        boolean resized = existing == null || existing.size() != years;
        tree.set("financials.adoptionByYear", values);
        var row = new Div();
        row.addClassName("adoption-row");
        for (int y = 0; y < years; y++) {
            int year = y;
            var f = new NumberField("Year " + (y + 1));
            f.setSuffixComponent(new Span("%"));
            f.setValue(QuestionFields.round(values.get(y).asDouble() * 100));
            f.setWidth("7em");
            f.setId(QuestionFields.idOf("financials.adoptionByYear[" + y + "]"));
            fields.put("financials.adoptionByYear[" + y + "]", new QuestionFields.Bound(
                    new Questionnaire.Question(Step.ROI, "financials.adoptionByYear[" + y + "]", "", "", Questionnaire.Kind.PERCENT, Map.of(), 0, 0.0, 1.0), f));
            f.addValueChangeListener(e -> {
                var array = tree.array("financials.adoptionByYear");
                if (e.getValue() == null) {
                    array.set(year, JsonNodeFactory.instance.nullNode());
                } else {
                    array.set(year, JsonNodeFactory.instance.numberNode(e.getValue() / 100));
                }
                changed("financials.adoptionByYear");
            });
            row.add(f);
        }
        adoption.add(row);
        if (resized && !building) {
            changed("financials.adoptionByYear");
        }
    }

    /** Called on every change: validate, show messages, save if valid, update the live panel. */
    private void changed(String path) {
        if (building) {
            return;
        }
        if (path.equals("financials.horizonYears")) {
            renderAdoption();
        }
        if (path.startsWith("financials.buildCosts") || path.startsWith("financials.annualRunCosts")) {
            renderMaintenanceHint();
        }
        try {
            var doc = AssessmentJson.read(tree.root().deepCopy());
            showErrors(List.of());
            if (doc.equals(lastValid)) {
                saveState.setText("All changes saved");
                saveState.getElement().setAttribute("data-state", "saved");
            } else {
                save(doc);
            }
        } catch (InvalidAssessmentException e) {
            showErrors(e.errors());
            saveState.setText("Not saved: fix " + e.errors().size() + (e.errors().size() == 1 ? " field" : " fields")
                    + " — your last valid answers are kept");
            saveState.getElement().setAttribute("data-state", "invalid");
        }
        refresh();
    }

    private void save(AssessmentDocument doc) {
        try {
            var saved = service.update(id, doc, version);
            version = saved.version();
            lastValid = saved.document();
            saveState.setText("Saved at " + LocalTime.now().format(TIME));
            saveState.getElement().setAttribute("data-state", "saved");
        } catch (StaleAssessmentException e) {
            saveState.setText("Not saved: someone else changed this assessment");
            saveState.getElement().setAttribute("data-state", "conflict");
            conflict(doc, e);
        } catch (InvalidAssessmentException e) {
            showErrors(e.errors());
        } catch (AccessDeniedException e) {
            saveState.setText("Not saved: " + e.getMessage());
            saveState.getElement().setAttribute("data-state", "denied");
        }
    }

    /** A concurrent change is never overwritten silently: the author chooses. */
    private void conflict(AssessmentDocument mine, StaleAssessmentException e) {
        var dialog = new ConfirmDialog();
        dialog.setId("conflict-dialog");
        dialog.setHeader("Someone else changed this assessment");
        dialog.setText("It was saved elsewhere (version " + e.currentVersion() + ") since you opened it. Keep your answers and "
                + "replace theirs, or load theirs and lose your unsaved change?");
        dialog.setConfirmText("Keep mine");
        dialog.addConfirmListener(ok -> {
            version = e.currentVersion();
            save(mine);
        });
        dialog.setRejectable(true);
        dialog.setRejectText("Load theirs");
        dialog.addRejectListener(reject -> getUI().ifPresent(ui -> ui.getPage().reload()));
        dialog.open();
    }

    private void showErrors(List<FieldError> newErrors) {
        errors = newErrors;
        fields.values().forEach(b -> b.showError(null));
        for (var error : newErrors) {
            var bound = fields.get(error.path());
            if (bound != null) {
                bound.showError(error.message());
            }
        }
        refreshTabs();
    }

    private void refresh() {
        refreshTabs();
        renderLive();
        if (currentStep() == Step.REVIEW) {
            renderReview();
        }
    }

    private void refreshTabs() {
        var doc = lastValid;
        for (var step : Step.values()) {
            if (step == Step.REVIEW) {
                continue;
            }
            boolean invalid = errors.stream().anyMatch(e -> Questionnaire.stepOf(e.path()) == step);
            boolean complete = !invalid && complete(step, doc);
            var tab = tabs.get(step);
            tab.removeAll();
            var mark = new Span(invalid ? "⚠" : complete ? "✓" : "○");
            mark.addClassName("step-mark");
            tab.add(mark, new Span(" " + step.label()));
            tab.getElement().setAttribute("data-status", invalid ? "invalid" : complete ? "complete" : "incomplete");
        }
    }

    private boolean complete(Step step, AssessmentDocument doc) {
        return switch (step) {
            case PROBLEM, METRIC -> Questionnaire.of(step).stream()
                    .filter(q -> q.kind() != Questionnaire.Kind.MULTI_CHOICE)
                    .allMatch(q -> tree.get(q.path()) != null);
            case ROI -> service.missingForScore(doc).isEmpty();
            case ETHICS -> java.util.Arrays.stream(RiskQuestion.values())
                    .allMatch(q -> tree.get("ethics.answers." + q.key()) != null);
            case REVIEW -> true;
        };
    }

    private Optional<ScoreResult> preview() {
        return lastValid == null ? Optional.empty() : service.preview(lastValid, Locale.US);
    }

    private void renderLive() {
        live.removeAll();
        live.add(new H3("Live score"));
        var result = preview();
        if (result.isEmpty()) {
            var missing = new UnorderedList();
            service.missingForScore(lastValid).forEach(m -> missing.add(new ListItem(m.message())));
            live.add(new Paragraph("The score appears once the ROI section has what it needs:"), missing);
            return;
        }
        var r = result.get();
        var number = new Span(String.format(Locale.US, "%.0f", r.score()));
        number.addClassName("score-number");
        number.setId("live-score");
        live.add(new Div(number, RecommendationBadge.of(r.recommendation())));
        var subs = new Div(ScorePanel.subscore("Value", r.subscores().value()), ScorePanel.subscore("Confidence", r.subscores().confidence()),
                ScorePanel.subscore("Readiness", r.subscores().readiness()), ScorePanel.subscore("Ethics", r.subscores().ethics()));
        subs.addClassName("subscores");
        live.add(subs);
        var ethics = new Paragraph("Ethical risk level " + r.ethics().level().name() + " (" + r.ethics().level().label() + "), EU AI Act: "
                + Questionnaire.humanise(r.ethics().euAiActTier().name())
                + (r.ethics().toLowerLevel().isEmpty() ? "" : ". To lower the level: "
                + String.join(", ", r.ethics().toLowerLevel().stream().map(Questionnaire::humanise).toList())));
        ethics.setId("live-ethics");
        live.add(ethics);
        var top = new UnorderedList();
        top.addClassName("explanation");
        r.explanation().stream().limit(3).forEach(line -> top.add(new ListItem(line)));
        live.add(top, ScoreCharts.histogram(r.financials()), ScoreCharts.tornado(r.financials()));
    }

    private void renderReview() {
        review.removeAll();
        var result = preview();
        review.add(new H3("Business case"));
        if (result.isPresent()) {
            var businessCase = new Paragraph(result.get().businessCase());
            businessCase.addClassName("business-case");
            businessCase.setId("review-business-case");
            review.add(businessCase);
        } else {
            review.add(hint("The business case is written once the assessment can be scored."));
        }
        review.add(new H3("What is missing"));
        var missing = new Div();
        missing.setId("review-missing");
        var items = new java.util.ArrayList<FieldError>(service.missingForScore(lastValid));
        for (var q : Questionnaire.all()) {
            if (q.step() != Step.REVIEW && q.kind() != Questionnaire.Kind.MULTI_CHOICE && q.kind() != Questionnaire.Kind.YES_NO
                    && tree.get(q.path()) == null && items.stream().noneMatch(i -> i.path().equals(q.path()))) {
                items.add(new FieldError(q.path(), q.label()));
            }
        }
        errors.forEach(items::add);
        if (items.isEmpty()) {
            missing.add(new Paragraph("Nothing: every question is answered."));
        }
        for (var item : items) {
            var link = new Button(Questionnaire.stepOf(item.path()).label() + ": " + item.message(), e -> goTo(item.path()));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("missing-link");
            missing.add(new Div(link));
        }
        review.add(missing);
        result.ifPresent(r -> {
            if (!r.conditions().isEmpty()) {
                var conditions = new UnorderedList();
                conditions.setId("review-conditions");
                conditions.addClassName("conditions");
                r.conditions().forEach(c -> conditions.add(new ListItem(c)));
                review.add(new H3("Conditions that would apply"), conditions);
            }
            var explanation = new UnorderedList();
            explanation.addClassName("explanation");
            r.explanation().forEach(line -> explanation.add(new ListItem(line)));
            review.add(new H3("Why this score"), explanation);
        });
        // submit and export come from the features that own them; with invalid input on screen they wait
        var actions = new Div();
        actions.addClassName("wizard-review-actions");
        sections.render(AssessmentPageSection.Slot.WIZARD_REVIEW, service.get(id),
                () -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, id))).forEach(actions::add);
        actions.setEnabled(errors.isEmpty());
        review.add(actions);
    }

    private void goTo(String path) {
        show(Questionnaire.stepOf(path));
        var bound = fields.get(path);
        if (bound != null) {
            bound.focus();
        }
    }

    private static Paragraph hint(String text) {
        var p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title + " · Greenlight";
    }
}
