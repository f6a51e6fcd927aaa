package dev.greenlight.document;

import dev.greenlight.document.AssessmentDocument.DerivedFrom;
import dev.greenlight.document.AssessmentDocument.Estimate;
import dev.greenlight.scoring.AlternativeInput;
import dev.greenlight.scoring.AutomationModel;
import dev.greenlight.scoring.DetectionModel;
import dev.greenlight.scoring.EthicsInput;
import dev.greenlight.scoring.EuAiActAnswers;
import dev.greenlight.scoring.FinancialInput;
import dev.greenlight.scoring.MoneyLine;
import dev.greenlight.scoring.NarrativeInput;
import dev.greenlight.scoring.Range;
import dev.greenlight.scoring.ReadinessInput;
import dev.greenlight.scoring.RiskQuestion;
import dev.greenlight.scoring.ScoringInput;
import dev.greenlight.scoring.ValueModel;
import dev.greenlight.scoring.ValueModelKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps an assessment document to the scoring engine's input: the one place that decides how answers become
 * readiness items, money lines and ethics facts, and what a document still lacks before the engine can score it
 * ({@link #missingForScore}, which the caller checks first).
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

    /** What must be answered before the engine can score: each item is a JSON path and a plain reason. */
    public static List<FieldError> missingForScore(AssessmentDocument doc) {
        var missing = new ArrayList<FieldError>();
        var f = doc.financials();
        if (f == null) {
            missing.add(new FieldError("financials", "the ROI section is needed for a score"));
            return missing;
        }
        if (f.currency() == null) {
            missing.add(new FieldError("financials.currency", "choose the currency"));
        }
        if (f.horizonYears() == null) {
            missing.add(new FieldError("financials.horizonYears", "choose the horizon (1–10 years)"));
        }
        if (f.discountRate() == null) {
            missing.add(new FieldError("financials.discountRate", "set the discount rate"));
        }
        if (f.probabilityOfSuccess() == null) {
            missing.add(new FieldError("financials.probabilityOfSuccess", "estimate the probability of technical success"));
        }
        if (f.adoptionByYear() == null || (f.horizonYears() != null && f.adoptionByYear().size() != f.horizonYears())) {
            missing.add(new FieldError("financials.adoptionByYear", "give the adoption for each year of the horizon"));
        }
        if (isEmpty(f.buildCosts()) && isEmpty(f.annualRunCosts()) && isEmpty(f.annualBenefits())) {
            missing.add(new FieldError("financials.annualBenefits", "add at least one cost or benefit line"));
        }
        var a = f.alternative();
        if (a != null) {
            if (a.name() == null) {
                missing.add(new FieldError("financials.alternative.name", "name the best non-AI way"));
            }
            if (a.probabilityOfSuccess() == null) {
                missing.add(new FieldError("financials.alternative.probabilityOfSuccess",
                        "estimate the non-AI way's chance of success"));
            }
            if (isEmpty(a.buildCosts()) && isEmpty(a.annualRunCosts()) && isEmpty(a.annualBenefits())) {
                missing.add(new FieldError("financials.alternative.annualBenefits",
                        "add at least one cost or benefit line for the non-AI way"));
            }
        }
        return missing;
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
    public static EuAiActAnswers euAiAct(AssessmentDocument.EuAiAct a) {
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
        if (d.kind() == ValueModelKind.DETECTION && d.validation() != null) {
            return DetectionModel.measured(range(d.casesPerYear()), range(d.prevalence()),
                    range(d.valuePerTruePositive()), range(d.costPerAlert()), d.baselineRecall(),
                    d.baselinePrecision(), d.validation().curve());
        }
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

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
