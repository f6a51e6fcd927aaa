package dev.greenlight.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.KillRuleWords;
import dev.greenlight.tracking.CheckInRequest;
import dev.greenlight.tracking.ObservedValues;
import dev.greenlight.tracking.TrackingReport.ObservableInput;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A month's check-in: the month (from the approval month to this month, newest first), money spent and earned that month,
 * the KPI and the production model metric as measured, what monitoring observed of each derived line's model inputs
 * (PRODUCT.md §10.1), a note. It knows no service: it hands the request back, and
 * shows the service's refusals on the fields they name.
 */
class CheckInForm extends Composite<FormLayout> {

    final Select<YearMonth> month = new Select<>();
    final NumberField buildSpend = money("Build spend");
    final NumberField runCost = money("Run cost");
    final NumberField realisedBenefit = money("Realised benefit");
    final NumberField kpiValue = new NumberField();
    final NumberField modelMetricValue = new NumberField();
    final TextArea note = new TextArea("Note");
    final Button save = new Button("Save check-in");
    /** One field per observable input, keyed "line/input". */
    final Map<String, NumberField> observed = new LinkedHashMap<>();
    /** The lines in the order the last request posted them, to put "observed[i]" refusals on their fields. */
    private final List<Integer> postedLines = new ArrayList<>();

    CheckInForm(YearMonth approvalMonth, YearMonth thisMonth, String currency, String kpiName, String modelMetricName,
                List<ObservableInput> observable, Consumer<CheckInRequest> onSave) {
        var months = new ArrayList<YearMonth>();
        for (var m = thisMonth; !m.isBefore(approvalMonth); m = m.minusMonths(1)) {
            months.add(m);
        }
        month.setLabel("Month");
        month.setItems(months);
        month.setItemLabelGenerator(m -> m + " (month " + (approvalMonth.until(m, java.time.temporal.ChronoUnit.MONTHS) + 1) + ")");
        if (!months.isEmpty()) {
            month.setValue(months.getFirst());
        }
        month.setId("checkin-month");
        for (var field : List.of(buildSpend, runCost, realisedBenefit)) {
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(currency == null ? "" : currency));
        }
        buildSpend.setId("checkin-build");
        runCost.setId("checkin-run");
        realisedBenefit.setId("checkin-benefit");
        kpiValue.setLabel(kpiName == null ? "KPI" : "KPI: " + kpiName);
        kpiValue.setId("checkin-kpi");
        modelMetricValue.setLabel(modelMetricName == null ? "Model metric" : "Model metric: " + modelMetricName);
        modelMetricValue.setId("checkin-model");
        note.setId("checkin-note");
        note.setMaxLength(2000);
        save.setId("checkin-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(request()));
        var form = getContent();
        form.add(month, buildSpend, runCost, realisedBenefit, kpiValue, modelMetricValue);
        boolean severalLines = observable.stream().map(ObservableInput::line).distinct().count() > 1;
        for (var o : observable) {
            var field = new NumberField("Observed " + o.label() + (severalLines ? ": " + o.lineName() : ""));
            field.setHelperText("approved at " + KillRuleWords.number(o.approved()) + (o.breakEven() == null ? ""
                    : ", breaks even at " + KillRuleWords.number(o.breakEven())) + "; in " + o.interval());
            field.setId("checkin-observed-" + o.line() + "-" + o.input());
            observed.put(o.line() + "/" + o.input(), field);
            form.add(field);
        }
        form.add(note, save);
        form.setColspan(note, 2);
        form.addClassName("checkin-form");
    }

    private static NumberField money(String label) {
        var field = new NumberField(label);
        // no client-side minimum: the service's message ("must be ≥ 0 …") says what is wrong
        field.setHelperText("this month; leave empty if none");
        return field;
    }

    CheckInRequest request() {
        clearErrors();
        var byLine = new TreeMap<Integer, Map<String, Double>>();
        observed.forEach((key, field) -> {
            if (field.getValue() != null) {
                var parts = key.split("/");
                byLine.computeIfAbsent(Integer.parseInt(parts[0]), k -> new HashMap<>()).put(parts[1], field.getValue());
            }
        });
        postedLines.clear();
        postedLines.addAll(byLine.keySet());
        var values = byLine.entrySet().stream().map(e -> new ObservedValues(e.getKey(), e.getValue().get("recall"),
                e.getValue().get("precision"), e.getValue().get("falsePositiveRate"), e.getValue().get("automationRate"),
                e.getValue().get("errorRate"))).toList();
        return new CheckInRequest(month.getValue() == null ? null : month.getValue().toString(), buildSpend.getValue(),
                runCost.getValue(), realisedBenefit.getValue(), kpiValue.getValue(), modelMetricValue.getValue(),
                values.isEmpty() ? null : values, note.getValue());
    }

    /** Puts each refusal on the field it names. */
    void show(List<FieldError> errors) {
        var fields = Map.<String, HasValidation>of("month", month, "buildSpend", buildSpend, "runCost", runCost,
                "realisedBenefit", realisedBenefit, "kpiValue", kpiValue, "modelMetricValue", modelMetricValue, "note", note);
        for (var error : errors) {
            var field = fields.containsKey(error.path()) ? fields.get(error.path()) : observedField(error.path());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
    }

    /** "observed[1].recall" → the field of the second line posted, recall. */
    private HasValidation observedField(String path) {
        var m = java.util.regex.Pattern.compile("observed\\[(\\d+)]\\.(\\w+)").matcher(path);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= postedLines.size()) {
            return null;
        }
        return observed.get(postedLines.get(Integer.parseInt(m.group(1))) + "/" + m.group(2));
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(month, buildSpend, runCost, realisedBenefit, kpiValue, modelMetricValue, note)) {
            field.setInvalid(false);
        }
        observed.values().forEach(field -> field.setInvalid(false));
    }
}
