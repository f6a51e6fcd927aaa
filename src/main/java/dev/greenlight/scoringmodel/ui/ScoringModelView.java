package dev.greenlight.scoringmodel.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.scoringmodel.ModelEffect;
import dev.greenlight.scoringmodel.ScoringModelService;
import dev.greenlight.scoringmodel.ScoringModelVersion;
import dev.greenlight.scoringmodel.ScoringParameters;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scoring model's parameters for administrators. Saving creates the next model version; scores already stored
 * keep theirs until someone re-scores them (here for all, or one by one on the assessment page).
 */
@Route("admin/model")
@PageTitle("Scoring model · Greenlight")
@Menu(order = 11, title = "Scoring model", icon = "vaadin:sliders")
@RolesAllowed(Role.ADMIN_NAME)
class ScoringModelView extends Main {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ScoringModelService models;
    final Map<String, NumberField> fields = new LinkedHashMap<>();
    final Grid<ScoringModelVersion> history = new Grid<>();
    final Paragraph current = new Paragraph();
    final Div effect = new Div();

    ScoringModelView(ScoringModelService models) {
        this.models = models;
        addClassNames("page");
        var form = new FormLayout();
        field(form, "valueWeight", "Weight of value (V)");
        field(form, "confidenceWeight", "Weight of confidence (C)");
        field(form, "readinessWeight", "Weight of readiness (D)");
        field(form, "ethicsWeight", "Weight of ethics (E)");
        field(form, "goThreshold", "GO from score");
        field(form, "conditionsThreshold", "GO WITH CONDITIONS from score");
        field(form, "reviseThreshold", "REVISE from score");
        field(form, "complianceCostLevelII", "Annual compliance cost, level II");
        field(form, "complianceCostLevelIII", "Annual compliance cost, level III");
        field(form, "complianceCostLevelIV", "Annual compliance cost, level IV");
        field(form, "defaultDiscountRate", "Default discount rate (0.10 = 10 %)");
        var save = new Button("Save as a new model version", e -> save());
        save.setId("save-model");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var previewButton = new Button("Preview the effect", e -> preview());
        previewButton.setId("preview-model");
        effect.setId("model-effect");
        var rescore = new Button("Re-score all assessments with the current model", e -> {
            var result = models.rescoreAll();
            show(result, false);
            Notification.show("Re-scored " + result.scored() + " assessments. " + result.describe(false), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        rescore.setId("rescore-all");
        current.setId("current-model");
        history.setId("model-history");
        history.addColumn(ScoringModelVersion::version).setHeader("Version");
        history.addColumn(v -> v.createdAt() == null ? "built in" : UTC.format(v.createdAt())).setHeader("Saved");
        history.addColumn(v -> v.createdBy() == null ? "" : v.createdBy()).setHeader("By");
        history.addColumn(v -> describe(v.parameters())).setHeader("Parameters").setFlexGrow(4);
        history.setAllRowsVisible(true);
        var hint = new Paragraph("Weights must sum to 1; thresholds are scores 0–100 with GO ≥ GO WITH CONDITIONS ≥ REVISE. "
                + "Every stored score records the model version that computed it, and frozen versions never change.");
        hint.addClassName("hint");
        add(new H2("Scoring model"), current, hint, form, actions(previewButton, save), effect, rescore,
                new H3("History"), history);
        load();
    }

    /** Side by side on a desktop, one under the other on a phone. */
    private static HorizontalLayout actions(Button... buttons) {
        var row = new HorizontalLayout(buttons);
        row.addClassName("page-actions");
        return row;
    }

    private void field(FormLayout form, String name, String label) {
        var f = new NumberField(label);
        f.setId("model-" + name);
        f.setRequiredIndicatorVisible(true);
        fields.put(name, f);
        form.add(f);
    }

    private void load() {
        var model = models.current();
        current.setText("In force: model " + model.version() + ".");
        var p = model.parameters();
        set("valueWeight", p.valueWeight());
        set("confidenceWeight", p.confidenceWeight());
        set("readinessWeight", p.readinessWeight());
        set("ethicsWeight", p.ethicsWeight());
        set("goThreshold", p.goThreshold());
        set("conditionsThreshold", p.conditionsThreshold());
        set("reviseThreshold", p.reviseThreshold());
        set("complianceCostLevelII", p.complianceCostLevelII());
        set("complianceCostLevelIII", p.complianceCostLevelIII());
        set("complianceCostLevelIV", p.complianceCostLevelIV());
        set("defaultDiscountRate", p.defaultDiscountRate());
        history.setItems(models.history());
    }

    private void set(String name, double value) {
        fields.get(name).setValue(value);
        fields.get(name).setInvalid(false);
    }

    /** Scores the stored assessments with the parameters on screen and lists whose recommendation would move. */
    void preview() {
        var parameters = parameters();
        if (parameters == null) {
            return;
        }
        try {
            show(models.preview(parameters), true);
        } catch (InvalidAssessmentException e) {
            showErrors(e);
        }
    }

    private void show(ModelEffect result, boolean preview) {
        effect.removeAll();
        effect.add(new Paragraph(result.describe(preview)));
        var list = new UnorderedList();
        result.moves().forEach(m -> list.add(new ListItem(m.title() + ": " + RecommendationBadge.label(m.from()) + " → "
                + RecommendationBadge.label(m.to()) + String.format(java.util.Locale.ROOT, " (score %.1f → %.1f)", m.scoreBefore(), m.scoreAfter()))));
        effect.add(list);
    }

    private ScoringParameters parameters() {
        var missing = fields.entrySet().stream().filter(e -> e.getValue().getValue() == null).toList();
        missing.forEach(e -> {
            e.getValue().setErrorMessage("Required");
            e.getValue().setInvalid(true);
        });
        if (!missing.isEmpty()) {
            return null;
        }
        return new ScoringParameters(v("valueWeight"), v("confidenceWeight"), v("readinessWeight"),
                v("ethicsWeight"), v("goThreshold"), v("conditionsThreshold"), v("reviseThreshold"),
                v("complianceCostLevelII"), v("complianceCostLevelIII"), v("complianceCostLevelIV"), v("defaultDiscountRate"));
    }

    void save() {
        var parameters = parameters();
        if (parameters == null) {
            return;
        }
        try {
            var saved = models.change(parameters);
            Notification.show("Saved model " + saved.version() + "; new scores use it", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            effect.removeAll();
            load();
        } catch (InvalidAssessmentException e) {
            showErrors(e);
        }
    }

    /** Each error under its field, and in words: "Weight of value (V) must be …", never "valueWeight must be …". */
    private void showErrors(InvalidAssessmentException e) {
        for (var error : e.errors()) {
            var field = fields.get(error.path());
            var message = field == null ? error.message()
                    : error.message().replaceFirst("^" + java.util.regex.Pattern.quote(error.path()) + "\\b", field.getLabel());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private double v(String name) {
        return fields.get(name).getValue();
    }

    private static String describe(ScoringParameters p) {
        return String.format(java.util.Locale.ROOT, "weights %.2f/%.2f/%.2f/%.2f · thresholds %.0f/%.0f/%.0f · compliance %.0f/%.0f/%.0f · discount %.2f",
                p.valueWeight(), p.confidenceWeight(), p.readinessWeight(), p.ethicsWeight(), p.goThreshold(),
                p.conditionsThreshold(), p.reviseThreshold(), p.complianceCostLevelII(), p.complianceCostLevelIII(),
                p.complianceCostLevelIV(), p.defaultDiscountRate());
    }
}
