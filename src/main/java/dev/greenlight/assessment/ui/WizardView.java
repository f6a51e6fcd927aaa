package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dev.greenlight.assessment.AssessmentNotFoundException;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.assessment.WizardDraft;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.Questionnaire.Step;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * The guided questionnaire: four sections and a review, generated from {@link Questionnaire}, with a live
 * score beside every step. The view lays out and binds; {@link WizardDraft} knows the answers. A change is
 * read once and, if the document moved, saved once: the service validates and scores it, and the live panel
 * shows that score. An invalid document stays on screen with its messages and never overwrites what is stored.
 */
@Route("edit")
@RolesAllowed({Role.ENGINEER_NAME, Role.PRODUCT_MANAGER_NAME})
class WizardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AssessmentService service;
    private final AssessmentPageSections sections;
    private final List<WizardStepNote> notes;
    private WizardDraft draft;
    private String title = "Edit assessment";

    private final Map<String, QuestionFields.Bound> fields = new HashMap<>();
    /** Fields the author has changed: only these, and the fields of steps already left, show their errors. */
    private final Set<Component> touched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Component> watched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Step> left = java.util.EnumSet.noneOf(Step.class);
    private Step shown;
    private final Map<Step, Tab> tabs = new EnumMap<>(Step.class);
    private final Map<Step, Div> pages = new EnumMap<>(Step.class);
    private final Tabs stepper = new Tabs();
    private final Div page = new Div();
    private final LivePanel live = new LivePanel();
    private final EuAiActPanel euAiAct = new EuAiActPanel("wizard-eu-ai-act");
    private final Span saveState = new Span();
    private Button next;
    private LiveSummary summary;
    /** The step named in the address ("?step=roi"), so a reload or a shared link returns to it. */
    private Step firstStep = Step.PROBLEM;
    private ReviewStep review;
    private RoiEditors roi;

    WizardView(AssessmentService service, AssessmentPageSections sections, List<WizardStepNote> notes) {
        this.service = service;
        this.sections = sections;
        this.notes = notes;
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
            title = details.document().title();
            firstStep = event.getLocation().getQueryParameters().getSingleParameter("step")
                    .flatMap(WizardView::stepNamed).orElse(Step.PROBLEM);
            draft = WizardDraft.open(details, service.defaultDiscountRate());
            if (draft.needsScoreBy(service.modelVersion())) {
                draft.rescored(service.preview(draft.lastValid(), Locale.US).orElse(null));
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
        saveState.setId("save-state");
        saveState.addClassName("save-state");
        saveState.setText("All changes saved");
        var heading = new H2(title);
        heading.setId("wizard-title");
        var header = new Div(heading, saveState);
        header.addClassName("wizard-header");

        review = new ReviewStep(sections, this::goTo,
                () -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, draft.id())));
        roi = new RoiEditors(draft, this::changed, this::register);
        for (var step : Step.values()) {
            var tab = new Tab(shortLabel(step));
            tab.setId("step-" + step.name().toLowerCase(Locale.ROOT));
            tabs.put(step, tab);
            stepper.add(tab);
            pages.put(step, stepPage(step));
        }
        stepper.addSelectedChangeListener(e -> show(currentStep()));

        var back = new Button("Back", e -> move(-1));
        back.setId("back");
        back.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        next = new Button("Next", e -> move(1));
        next.setId("next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        var done = new Button("Done for now", e -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, draft.id())));
        done.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var nav = new HorizontalLayout(back, next, done);
        nav.addClassName("wizard-nav");

        var form = new Div(stepper, page, nav);
        form.addClassName("wizard-form");
        // beside the questions, so the EU AI Act tier and dated duties change in view as the boxes are ticked
        var side = new Div(live, euAiAct);
        side.addClassName("wizard-side");
        var body = new Div(form, side);
        body.addClassName("wizard-body");
        summary = new LiveSummary(body);
        body.add(summary);
        add(header, body);
        flushWhenLeft();
        show(firstStep);
        changed("");
    }

    /**
     * A value typed in the last 400 ms has not reached the server yet (the fields send lazily). Leaving the page —
     * reload, close, another tab on a phone — fires an event this view listens to, and Flow sends every pending
     * value change before a listened event (vaadin/flow#14035), so the change is saved like any other.
     */
    private void flushWhenLeft() {
        getElement().addEventListener("wizard-leave", e -> { });
        getElement().executeJs("""
                const view = this;
                window.greenlightLeave = () => view.dispatchEvent(new CustomEvent('wizard-leave'));
                if (!window.greenlightLeaveListening) {
                    window.greenlightLeaveListening = true;
                    window.addEventListener('beforeunload', () => window.greenlightLeave());
                    document.addEventListener('visibilitychange', () => {
                        if (document.visibilityState === 'hidden') window.greenlightLeave();
                    });
                }""");
    }

    /** Five tabs fit beside the live panel at 1280 px: "Problem" for "Business problem", and so on. */
    private static String shortLabel(Step step) {
        return switch (step) {
            case PROBLEM -> "Problem";
            case METRIC -> "Success metric";
            case ROI -> "ROI";
            case ETHICS -> "Ethics";
            case REVIEW -> "Review";
        };
    }

    private static java.util.Optional<Step> stepNamed(String name) {
        return java.util.Arrays.stream(Step.values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    private Step currentStep() {
        return Step.values()[Math.max(0, stepper.getSelectedIndex())];
    }

    private void move(int delta) {
        stepper.setSelectedIndex(Math.clamp(stepper.getSelectedIndex() + delta, 0, Step.values().length - 1));
    }

    /** Keeps the field for its path, and notes when the author changes it (a new money line is not wrong yet). */
    private void register(String path, QuestionFields.Bound bound) {
        fields.put(path, bound);
        var component = bound.component();
        if (component instanceof HasValue<?, ?> value && watched.add(component)) {
            value.addValueChangeListener(e -> {
                // runs after the field's own listener has read the change, so the errors are shown again here
                if (e.isFromClient() && touched.add(component)) {
                    showErrors();
                }
            });
        }
    }

    private boolean showsErrors(QuestionFields.Bound bound) {
        return touched.contains(bound.component()) || left.contains(bound.question().step()) || currentStep() == Step.REVIEW;
    }

    private void show(Step step) {
        if (shown != null && shown != step) {
            left.add(shown);
        }
        shown = step;
        euAiAct.setVisible(step == Step.ETHICS);
        page.removeAll();
        if (step == Step.REVIEW) {
            review.show(draft);
        }
        page.add(pages.get(step));
        if (stepper.getSelectedIndex() != step.ordinal()) {
            stepper.setSelectedIndex(step.ordinal());
        }
        next.setVisible(step != Step.REVIEW);
        next.setText(step.ordinal() == Step.REVIEW.ordinal() - 1 ? "Next: review and submit" : "Next");
        // a new step starts at its top, and the address says which step this is
        stepper.scrollIntoView();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "edit/" + draft.id() + "?step=" + step.name().toLowerCase(Locale.ROOT)));
        if (draft != null && !fields.isEmpty()) {
            showErrors();
        }
    }

    private Div stepPage(Step step) {
        var div = new Div();
        div.addClassName("step-page");
        div.setId("page-" + step.name().toLowerCase(Locale.ROOT));
        if (step == Step.REVIEW) {
            div.add(review);
            return div;
        }
        var details = draft.storedDetails();
        notes.forEach(note -> note.render(details, step).ifPresent(div::add));
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        for (var q : Questionnaire.of(step)) {
            var bound = QuestionFields.create(q, draft.tree(), this::changed);
            register(q.path(), bound);
            form.add(bound.component());
            if (q.kind() == Questionnaire.Kind.TEXTAREA || q.kind() == Questionnaire.Kind.MULTI_CHOICE) {
                form.setColspan(bound.component(), 2);
            }
        }
        div.add(form);
        if (step == Step.METRIC) {
            div.add(new KillRulesEditor(draft.tree(), this::changed, this::register));
        }
        if (step == Step.ROI) {
            div.add(roi);
        }
        return div;
    }

    /** Every change: read the working copy once, save it if it moved, then show what the draft now knows. */
    private void changed(String path) {
        roi.changed(path);
        switch (draft.change()) {
            case WizardDraft.Unchanged unchanged -> state("All changes saved", "saved");
            case WizardDraft.Unreadable unreadable -> notSaved();
            case WizardDraft.Save save -> save(save);
        }
        refresh();
    }

    private void save(WizardDraft.Save change) {
        try {
            draft.saved(service.update(draft.id(), change.document(), change.expectedVersion()));
            state("Saved at " + LocalTime.now().format(TIME), "saved");
        } catch (InvalidAssessmentException e) {
            draft.refused(e.errors());
            notSaved();
        } catch (StaleAssessmentException e) {
            state("Not saved: someone else changed this assessment", "conflict");
            conflict(e);
        } catch (AccessDeniedException | Lifecycle.IllegalTransitionException e) {
            state("Not saved: " + e.getMessage(), "denied");
        }
    }

    private void notSaved() {
        int count = draft.errors().size();
        state("Not saved: fix " + count + (count == 1 ? " field" : " fields") + " — your last valid answers are kept", "invalid");
    }

    private void state(String text, String dataState) {
        saveState.setText(text);
        saveState.getElement().setAttribute("data-state", dataState);
    }

    /** A concurrent change is never overwritten silently: the author chooses. */
    private void conflict(StaleAssessmentException e) {
        var dialog = new ConfirmDialog();
        dialog.setId("conflict-dialog");
        dialog.setHeader("Someone else changed this assessment");
        dialog.setText("It was saved elsewhere (version " + e.currentVersion() + ") since you opened it. Keep your answers and "
                + "replace theirs, or load theirs and lose your unsaved change?");
        dialog.setConfirmText("Keep mine");
        dialog.addConfirmListener(ok -> {
            draft.keepMineOver(e.currentVersion());
            changed("");
        });
        dialog.setRejectable(true);
        dialog.setRejectText("Load theirs");
        dialog.addRejectListener(reject -> getUI().ifPresent(ui -> ui.getPage().reload()));
        dialog.open();
    }

    private void showErrors() {
        fields.values().forEach(b -> b.showError(null));
        for (var error : draft.errors()) {
            var bound = fields.get(error.path());
            if (bound != null && showsErrors(bound)) {
                bound.showError(error.message());
            }
        }
    }

    private void refresh() {
        showErrors();
        for (var step : Step.values()) {
            if (step != Step.REVIEW) {
                mark(tabs.get(step), step, draft.progress(step));
            }
        }
        live.show(draft.score(), draft.missingForScore(), score -> sections.notes(draft.id(), draft.lastValid(), score));
        summary.show(draft.score());
        euAiAct.show(draft.euAiAct());
        if (currentStep() == Step.REVIEW) {
            review.show(draft);
        }
    }

    private static void mark(Tab tab, Step step, WizardDraft.Progress progress) {
        tab.removeAll();
        var mark = new Span(switch (progress) {
            case INVALID -> "⚠";
            case COMPLETE -> "✓";
            case INCOMPLETE -> "○";
        });
        mark.addClassName("step-mark");
        tab.add(mark, new Span(" " + shortLabel(step)));
        tab.setTooltipText(step.label());
        tab.getElement().setAttribute("data-status", progress.name().toLowerCase(Locale.ROOT));
    }

    private void goTo(String path) {
        show(Questionnaire.stepOf(path));
        var bound = fields.get(path);
        if (bound != null) {
            bound.focus();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Greenlight";
    }
}
