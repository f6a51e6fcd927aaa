package dev.greenlight.assessment;

import dev.greenlight.assessment.AssessmentDocument.DerivedFrom;
import dev.greenlight.assessment.AssessmentDocument.Estimate;
import dev.greenlight.scoring.AlternativeInput;
import dev.greenlight.scoring.AutomationModel;
import dev.greenlight.scoring.DetectionModel;
import dev.greenlight.scoring.Range;
import dev.greenlight.scoring.ValueModel;
import dev.greenlight.scoring.ValueModelKind;
import dev.greenlight.scoring.EthicsInput;
import dev.greenlight.scoring.EuAiActAnswers;
import dev.greenlight.scoring.FinancialInput;
import dev.greenlight.scoring.MoneyLine;
import dev.greenlight.scoring.NarrativeInput;
import dev.greenlight.scoring.ReadinessInput;
import dev.greenlight.scoring.RiskQuestion;
import dev.greenlight.scoring.ScoringInput;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps an assessment document to the scoring engine's input: the one place that decides how answers become
 * readiness items, money lines and ethics facts. The caller checks that the money section is complete
 * ({@link AssessmentService#missingForScore}).
 */
public final class ScoringInputs {

    private ScoringInputs() {
    }

    public static ScoringInput of(AssessmentDocument doc, Locale locale) {
        var m = doc.successMetric();
        var p = doc.problem();
        var narrative = new NarrativeInput(doc.title(), m == null ? null : m.kpiType(), m == null ? null : m.kpiName(),
                m == null ? null : m.unit(), m == null ? null : m.baseline(), m == null ? null : m.target(),
                m == null ? null : m.monthsToImpact(), p == null ? null : p.sponsor(),
                m == null ? null : m.killCriteria(), killRules(m));
        var f = doc.financials();
        var financials = new FinancialInput(f.currency(), f.horizonYears(), f.discountRate(), f.probabilityOfSuccess(),
                lines(f.buildCosts()), lines(f.annualRunCosts()), lines(f.annualBenefits()), List.copyOf(f.adoptionByYear()),
                alternative(f.alternative()));
        var readiness = new ReadinessInput(
                m != null && m.baseline() != null,
                m != null && m.target() != null,
                m != null && m.measurementMethod() != null,
                m != null && hasText(m.killCriteria()),
                m != null && hasText(m.modelMetric()) && m.modelTarget() != null,
                p != null && hasText(p.nonAiAlternative()),
                p != null && hasText(p.sponsor()));
        return new ScoringInput(narrative, financials, ethics(doc.ethics()), readiness, locale);
    }

    /** The complete kill rules in the words tracking and the brief use; a rule still being written is left out. */
    private static List<String> killRules(AssessmentDocument.SuccessMetric m) {
        if (m == null || m.killRules() == null) {
            return List.of();
        }
        return m.killRules().stream()
                .filter(r -> r != null && r.measure() != null && r.operator() != null && r.threshold() != null)
                .map(r -> KillRuleWords.rule(r, m)).toList();
    }

    private static EthicsInput ethics(AssessmentDocument.Ethics e) {
        if (e == null) {
            return EthicsInput.empty();
        }
        var answers = new EnumMap<RiskQuestion, String>(RiskQuestion.class);
        if (e.answers() != null) {
            e.answers().forEach((key, value) -> RiskQuestion.byKey(key).ifPresent(q -> {
                if (value != null) {
                    answers.put(q, value);
                }
            }));
        }
        return new EthicsInput(answers, euAiAct(e.euAiAct()), set(e.mitigations()));
    }

    /** The document's EU AI Act answers as the screening reads them; unanswered stays null (PRODUCT.md §6.3). */
    static EuAiActAnswers euAiAct(AssessmentDocument.EuAiAct a) {
        if (a == null) {
            return EuAiActAnswers.empty();
        }
        return new EuAiActAnswers(a.role(), a.becomesProvider(), a.scopeExclusion(), codes(a.prohibitedPractices()),
                a.annexOneSafetyComponent(), codes(a.annexThreeUses()), codes(a.article6_3()), a.profilesPeople(),
                a.generalPurposeAi(), codes(a.transparencyObligations()));
    }

    private static Set<String> codes(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static <E extends Enum<E>> Set<E> set(List<E> values) {
        return values == null || values.isEmpty() ? Set.of() : EnumSet.copyOf(new LinkedHashSet<>(values));
    }

    private static List<MoneyLine> lines(List<Estimate> estimates) {
        if (estimates == null) {
            return List.of();
        }
        return estimates.stream().map(e -> e.derivedFrom() != null ? MoneyLine.derived(e.name(), model(e.derivedFrom()),
                e.evidence()) : new MoneyLine(e.name(), e.low(), e.likely(), e.high(), e.evidence())).toList();
    }

    private static AlternativeInput alternative(AssessmentDocument.Alternative a) {
        if (a == null) {
            return null;
        }
        return new AlternativeInput(a.name(), a.probabilityOfSuccess(), lines(a.buildCosts()), lines(a.annualRunCosts()),
                lines(a.annualBenefits()), a.adoptionByYear() == null ? null : List.copyOf(a.adoptionByYear()));
    }

    /** The engine's value model of a complete, validated {@code derivedFrom}. */
    static ValueModel model(DerivedFrom d) {
        if (d.kind() == ValueModelKind.DETECTION) {
            return new DetectionModel(range(d.casesPerYear()), range(d.prevalence()), range(d.valuePerTruePositive()),
                    range(d.costPerAlert()), range(d.recall()), range(d.precision()), d.baselineRecall(),
                    d.baselinePrecision());
        }
        return new AutomationModel(range(d.tasksPerYear()), range(d.automationRate()), range(d.minutesPerTask()),
                range(d.costPerHour()), range(d.errorRate()), range(d.costPerError()));
    }

    private static Range range(AssessmentDocument.Range r) {
        return new Range(r.low(), r.likely(), r.high());
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
