package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.base.ui.Money;
import dev.greenlight.document.AssessmentDocument.Estimate;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.DocumentTree;
import dev.greenlight.document.KillRuleWords;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.scoring.RiskQuestion;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders every stored answer in readable sections; unanswered questions say so rather than vanish. */
final class AssessmentSections {

    private static final String NOT_ANSWERED = "Not answered yet";

    private AssessmentSections() {
    }

    static Div render(AssessmentDetails details) {
        var doc = details.document();
        var sections = new Div(problem(doc), successMetric(doc), financials(doc), ethics(doc));
        sections.addClassName("sections");
        return sections;
    }

    private static Section problem(AssessmentDocument doc) {
        var p = doc.problem();
        return section("Business problem", "section-problem",
                entry("Team", doc.team()),
                entry("Problem statement", p == null ? null : p.statement()),
                entry("Affected stakeholders", p == null ? null : p.affectedStakeholders()),
                entry("Current process and its cost", p == null ? null : p.currentProcess()),
                entry("Why machine learning", p == null ? null : p.whyMachineLearning()),
                entry("Best non-AI alternative", p == null ? null : p.nonAiAlternative()),
                entry("Strategic fit", p == null || p.strategicFit() == null ? null : humanise(p.strategicFit().name())),
                entry("Sponsor", p == null ? null : p.sponsor()));
    }

    private static Section successMetric(AssessmentDocument doc) {
        var m = doc.successMetric();
        if (m == null) {
            return section("Success metric", "section-metric", entry("KPI", null));
        }
        return section("Success metric", "section-metric",
                entry("KPI", m.kpiName() == null ? null : m.kpiName() + (m.kpiType() == null ? "" : " (" + humanise(m.kpiType().name()) + ")")),
                entry("Baseline → target", m.baseline() == null && m.target() == null ? null
                        : number(m.baseline()) + " → " + number(m.target()) + (m.unit() == null ? "" : " " + m.unit())),
                entry("Months to measurable impact", m.monthsToImpact() == null ? null : String.valueOf(m.monthsToImpact())),
                entry("Model metric", m.modelMetric() == null ? null
                        : m.modelMetric() + ": " + number(m.modelBaseline()) + " → " + number(m.modelTarget())),
                entry("Measurement method", m.measurementMethod() == null ? null
                        : Questionnaire.optionLabel("successMetric.measurementMethod", m.measurementMethod().name())),
                entry("Guardrail metrics", m.guardrails()),
                entry("Kill criteria", m.killCriteria()),
                entry("Kill rules", m.killRules() == null || m.killRules().isEmpty() ? null : m.killRules().stream()
                        .map(rule -> dev.greenlight.document.KillRuleWords.rule(rule, m))
                        .collect(java.util.stream.Collectors.joining("; "))));
    }

    private static Section financials(AssessmentDocument doc) {
        var f = doc.financials();
        if (f == null) {
            return section("ROI", "section-roi", entry("Financials", null));
        }
        var section = section("ROI", "section-roi",
                entry("Currency", f.currency()),
                entry("Horizon", f.horizonYears() == null ? null : f.horizonYears() + " years"),
                entry("Discount rate", percent(f.discountRate())),
                entry("Probability of technical success", percent(f.probabilityOfSuccess())),
                entry("Adoption by year", f.adoptionByYear() == null ? null
                        : f.adoptionByYear().stream().map(AssessmentSections::percent).collect(Collectors.joining(", "))));
        section.add(lines("One-time build costs", f.buildCosts(), f.currency()));
        section.add(lines("Annual run costs", f.annualRunCosts(), f.currency()));
        section.add(lines("Annual benefits at full adoption", f.annualBenefits(), f.currency()));
        return section;
    }

    private static Component lines(String caption, List<Estimate> lines, String currency) {
        var box = new Div(new H3(caption));
        box.addClassName("money-lines");
        if (lines == null || lines.isEmpty()) {
            box.add(new Paragraph(NOT_ANSWERED));
            return box;
        }
        var grid = new Grid<Estimate>();
        grid.addColumn(Estimate::name).setHeader("Line").setFlexGrow(3);
        grid.addColumn(e -> Money.format(e.low(), currency)).setHeader("Low").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(e -> Money.format(e.likely(), currency)).setHeader("Likely").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(e -> Money.format(e.high(), currency)).setHeader("High").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(e -> e.evidence() == null ? "—" : humanise(e.evidence().name())).setHeader("Evidence");
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        box.add(grid);
        return box;
    }

    private static Section ethics(AssessmentDocument doc) {
        var e = doc.ethics();
        var section = section("Ethical risk", "section-ethics");
        var list = new DescriptionList();
        for (var q : RiskQuestion.values()) {
            var answer = e == null || e.answers() == null ? null : e.answers().get(q.key());
            add(list, q.label(), answer == null ? null : Questionnaire.optionLabel("ethics.answers." + q.key(), answer));
        }
        if (e != null) {
            euAiAct(list, doc);
            add(list, "Mitigations", names(e.mitigations()));
        }
        section.add(list);
        return section;
    }

    /** Each EU AI Act answer in the words of its question and options (the rules file's), codes never shown. */
    private static void euAiAct(DescriptionList list, AssessmentDocument doc) {
        var tree = new DocumentTree(AssessmentJson.toTree(doc));
        for (var q : Questionnaire.of(Questionnaire.Step.ETHICS)) {
            if (!q.path().startsWith("ethics.euAiAct.")) {
                continue;
            }
            var value = tree.get(q.path());
            String words = null;
            if (value != null && value.isArray()) {
                var chosen = new java.util.ArrayList<String>();
                value.forEach(code -> chosen.add(q.options().getOrDefault(code.asString(), code.asString())));
                words = chosen.isEmpty() ? "None" : String.join("; ", chosen);
            } else if (value != null) {
                String code = value.isBoolean() ? String.valueOf(value.asBoolean()) : value.asString();
                words = q.options().getOrDefault(code, code);
            }
            add(list, q.label(), words);
        }
    }

    private static Section section(String heading, String className, Entry... entries) {
        var section = new Section(new H3(heading));
        section.addClassNames("answer-section", className);
        if (entries.length > 0) {
            var list = new DescriptionList();
            for (var entry : entries) {
                add(list, entry.label(), entry.value());
            }
            section.add(list);
        }
        return section;
    }

    private static void add(DescriptionList list, String label, String value) {
        var term = new DescriptionList.Term(label);
        var description = new DescriptionList.Description(value == null || value.isBlank() ? NOT_ANSWERED : value);
        if (value == null || value.isBlank()) {
            description.addClassName("unanswered");
        }
        list.add(term, description);
    }

    private record Entry(String label, String value) {
    }

    private static Entry entry(String label, String value) {
        return new Entry(label, value);
    }

    static String humanise(String code) {
        return dev.greenlight.document.Questionnaire.humanise(code);
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? "None" : values.stream().map(v -> humanise(v.name())).collect(Collectors.joining(", "));
    }

    private static String number(Double value) {
        return value == null ? "?" : NumberFormat.getNumberInstance(Locale.US).format(value);
    }

    private static String percent(Double value) {
        return value == null ? null : NumberFormat.getPercentInstance(Locale.US).format(value);
    }

}
