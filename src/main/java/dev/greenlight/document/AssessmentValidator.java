package dev.greenlight.document;

import dev.greenlight.document.AssessmentDocument.Estimate;
import dev.greenlight.scoring.InputValidator;
import dev.greenlight.scoring.PlainText;
import dev.greenlight.scoring.RiskQuestion;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The rules a stored assessment obeys, whoever sends it (the wizard, the JSON import, the API). A draft
 * may be incomplete; what is present must be valid. Every problem is reported with its JSON path.
 */
public final class AssessmentValidator {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int TEAM_MAX = 100;
    public static final int SHORT_TEXT_MAX = 200;
    /** Well under Excel's 32,767 characters per cell, so the brief never truncates an answer. */
    public static final int LONG_TEXT_MAX = 10_000;
    public static final int UNIT_MAX = 40;
    public static final int MAX_LINES = 50;
    /** The engine's limits ({@link InputValidator}): what is stored can always be scored. */
    public static final int MIN_HORIZON = InputValidator.MIN_HORIZON_YEARS;
    public static final int MAX_HORIZON = InputValidator.MAX_HORIZON_YEARS;
    public static final int MAX_MONTHS_TO_IMPACT = InputValidator.MAX_MONTHS_TO_IMPACT;
    public static final double MONEY_MAX = InputValidator.MAX_MONEY;

    private final List<FieldError> errors = new ArrayList<>();

    private AssessmentValidator() {
    }

    public static List<FieldError> validate(AssessmentDocument doc) {
        var v = new AssessmentValidator();
        v.check(doc);
        return List.copyOf(v.errors);
    }

    public static void requireValid(AssessmentDocument doc) {
        var errors = validate(doc);
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }
    }

    private void check(AssessmentDocument doc) {
        if (doc == null) {
            errors.add(new FieldError("$", "an assessment document is required"));
            return;
        }
        if (doc.schemaVersion() != null && doc.schemaVersion() != AssessmentDocument.SCHEMA_VERSION) {
            errors.add(new FieldError("schemaVersion", "must be " + AssessmentDocument.SCHEMA_VERSION
                    + " (older documents are upgraded when they are read), was " + doc.schemaVersion()));
        }
        if (doc.title() == null || doc.title().isBlank()) {
            errors.add(new FieldError("title", "is required: give the project a short name"));
        } else {
            text("title", doc.title(), TITLE_MAX);
        }
        text("summary", doc.summary(), SUMMARY_MAX);
        text("team", doc.team(), TEAM_MAX);
        if (doc.problem() != null) {
            var p = doc.problem();
            text("problem.statement", p.statement(), LONG_TEXT_MAX);
            text("problem.affectedStakeholders", p.affectedStakeholders(), LONG_TEXT_MAX);
            text("problem.currentProcess", p.currentProcess(), LONG_TEXT_MAX);
            text("problem.whyMachineLearning", p.whyMachineLearning(), LONG_TEXT_MAX);
            text("problem.nonAiAlternative", p.nonAiAlternative(), LONG_TEXT_MAX);
            text("problem.sponsor", p.sponsor(), SHORT_TEXT_MAX);
        }
        if (doc.successMetric() != null) {
            var m = doc.successMetric();
            text("successMetric.kpiName", m.kpiName(), SHORT_TEXT_MAX);
            text("successMetric.unit", m.unit(), UNIT_MAX);
            finite("successMetric.baseline", m.baseline());
            finite("successMetric.target", m.target());
            if (m.monthsToImpact() != null && (m.monthsToImpact() < 0 || m.monthsToImpact() > MAX_MONTHS_TO_IMPACT)) {
                errors.add(new FieldError("successMetric.monthsToImpact",
                        "must be between 0 and " + MAX_MONTHS_TO_IMPACT + " months, was " + m.monthsToImpact()));
            }
            text("successMetric.modelMetric", m.modelMetric(), SHORT_TEXT_MAX);
            finite("successMetric.modelBaseline", m.modelBaseline());
            finite("successMetric.modelTarget", m.modelTarget());
            text("successMetric.guardrails", m.guardrails(), LONG_TEXT_MAX);
            text("successMetric.killCriteria", m.killCriteria(), LONG_TEXT_MAX);
            errors.addAll(KillRuleValidator.validate("successMetric.killRules", m.killRules()));
        }
        if (doc.financials() != null) {
            financials(doc.financials());
        }
        if (doc.ethics() != null) {
            var e = doc.ethics();
            if (e.answers() != null) {
                answers(e.answers());
            }
            noNulls("ethics.mitigations", e.mitigations());
            errors.addAll(EuAiActValidator.validate(e.euAiAct(), EuAiActRulesFile.bundled()));
        }
    }

    /**
     * Null when {@code value} is plain text a person could have typed, else why not: control characters,
     * lone surrogates and noncharacters are refused in every text field (they corrupt the exported workbooks
     * and PostgreSQL cannot store NUL). Review comments and decisions use it too.
     */
    public static FieldError plainText(String path, String value) {
        return PlainText.problem(value).map(problem -> new FieldError(path, problem)).orElse(null);
    }

    private void noNulls(String path, List<?> values) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                errors.add(new FieldError(path + "[" + i + "]", "must be one of the listed values, not null"));
            }
        }
    }

    private void financials(AssessmentDocument.Financials f) {
        if (f.currency() != null && !isCurrency(f.currency())) {
            errors.add(new FieldError("financials.currency",
                    "must be a three-letter ISO 4217 currency code such as USD, EUR or GBP, was \"" + f.currency() + "\""));
        }
        if (f.horizonYears() != null && (f.horizonYears() < MIN_HORIZON || f.horizonYears() > MAX_HORIZON)) {
            errors.add(new FieldError("financials.horizonYears",
                    "must be between " + MIN_HORIZON + " and " + MAX_HORIZON + " years, was " + f.horizonYears()));
        }
        if (f.discountRate() != null && !(f.discountRate() >= 0 && f.discountRate() < 1)) {
            errors.add(new FieldError("financials.discountRate",
                    "must be a fraction from 0 up to (not including) 1, e.g. 0.10 for 10 %, was " + f.discountRate()));
        }
        if (f.probabilityOfSuccess() != null && !(f.probabilityOfSuccess() >= 0 && f.probabilityOfSuccess() <= 1)) {
            errors.add(new FieldError("financials.probabilityOfSuccess",
                    "must be a fraction between 0 and 1, e.g. 0.75 for 75 %, was " + f.probabilityOfSuccess()));
        }
        lines("financials.buildCosts", f.buildCosts(), false);
        lines("financials.annualRunCosts", f.annualRunCosts(), false);
        lines("financials.annualBenefits", f.annualBenefits(), true);
        adoption("financials.adoptionByYear", f.adoptionByYear(), f.horizonYears());
        if (f.alternative() != null) {
            alternative(f.alternative(), f.horizonYears());
        }
    }

    private void adoption(String path, List<Double> adoption, Integer horizonYears) {
        if (adoption != null) {
            if (horizonYears != null && adoption.size() != horizonYears) {
                errors.add(new FieldError(path, "must have one share per year of the horizon ("
                        + horizonYears + " values), has " + adoption.size()));
            }
            for (int i = 0; i < adoption.size(); i++) {
                var a = adoption.get(i);
                if (a == null || !(a >= 0 && a <= 1)) {
                    errors.add(new FieldError(path + "[" + i + "]",
                            "must be a share between 0 and 1 (0.5 = half of full adoption), was " + a));
                }
            }
        }
    }

    /** PRODUCT.md §6.2: the best non-AI way, plain three-point lines only; what a score needs is in missingForScore. */
    private void alternative(AssessmentDocument.Alternative a, Integer horizonYears) {
        String path = "financials.alternative";
        text(path + ".name", a.name(), SHORT_TEXT_MAX);
        if (a.name() != null && a.name().isBlank()) {
            errors.add(new FieldError(path + ".name", "must not be blank: name the non-AI way, e.g. \"tighter rules\""));
        }
        if (a.probabilityOfSuccess() != null && !(a.probabilityOfSuccess() > 0 && a.probabilityOfSuccess() <= 1)) {
            errors.add(new FieldError(path + ".probabilityOfSuccess",
                    "must be a fraction above 0 and at most 1, e.g. 0.9 for 90 %, was " + a.probabilityOfSuccess()));
        }
        lines(path + ".buildCosts", a.buildCosts(), false);
        lines(path + ".annualRunCosts", a.annualRunCosts(), false);
        lines(path + ".annualBenefits", a.annualBenefits(), false);
        adoption(path + ".adoptionByYear", a.adoptionByYear(), horizonYears);
    }

    private void lines(String path, List<Estimate> lines, boolean mayDerive) {
        if (lines == null) {
            return;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError(path, "may have at most " + MAX_LINES + " lines, has " + lines.size()));
        }
        for (int i = 0; i < lines.size(); i++) {
            var at = path + "[" + i + "]";
            var line = lines.get(i);
            if (line == null) {
                errors.add(new FieldError(at, "must be a line with name, low, likely and high"));
                continue;
            }
            if (line.name() == null || line.name().isBlank()) {
                errors.add(new FieldError(at + ".name", "is required: say what this money is for"));
            } else {
                text(at + ".name", line.name(), SHORT_TEXT_MAX);
            }
            if (line.derivedFrom() != null) {
                derived(at, line, mayDerive);
                continue;
            }
            boolean low = money(at + ".low", line.low());
            boolean likely = money(at + ".likely", line.likely());
            boolean high = money(at + ".high", line.high());
            if (low && likely && line.low() > line.likely()) {
                errors.add(new FieldError(at + ".low", "must be ≤ likely (" + plain(line.likely()) + "), was " + plain(line.low())));
            }
            if (likely && high && line.likely() > line.high()) {
                errors.add(new FieldError(at + ".high", "must be ≥ likely (" + plain(line.likely()) + "), was " + plain(line.high())));
            }
        }
    }

    private void derived(String at, Estimate line, boolean mayDerive) {
        if (!mayDerive) {
            errors.add(new FieldError(at + ".derivedFrom", "is allowed only on financials.annualBenefits lines: "
                    + "costs and the alternative's lines are three-point estimates (low, likely, high)"));
        } else if (line.low() != null || line.likely() != null || line.high() != null) {
            errors.add(new FieldError(at, "has both derivedFrom and low/likely/high: a derived line's amount comes "
                    + "from its model, so give one or the other"));
        } else {
            new ValueModelValidator(errors).check(at + ".derivedFrom", line.derivedFrom());
        }
    }

    private boolean money(String path, Double value) {
        if (value == null) {
            errors.add(new FieldError(path, "is required: every money line is a three-point estimate (low ≤ likely ≤ high)"));
            return false;
        }
        if (!Double.isFinite(value)) {
            errors.add(new FieldError(path, "must be an amount, was " + value));
            return false;
        }
        if (value < 0) {
            errors.add(new FieldError(path, "must be at least 0, was " + plain(value)
                    + " (no negative money: costs go under costs, benefits under benefits)"));
            return false;
        }
        if (value > MONEY_MAX) {
            errors.add(new FieldError(path, "must be at most " + plain(MONEY_MAX) + ", was " + plain(value)));
            return false;
        }
        return true;
    }

    private void answers(Map<String, String> answers) {
        answers.forEach((key, value) -> {
            var question = RiskQuestion.byKey(key);
            if (question.isEmpty()) {
                errors.add(new FieldError("ethics.answers." + key, "is not a risk question; allowed: "
                        + java.util.Arrays.stream(RiskQuestion.values()).map(RiskQuestion::key).toList()));
            } else if (value != null && !question.get().options().containsKey(value)) {
                errors.add(new FieldError("ethics.answers." + key, "must be one of "
                        + question.get().options().keySet() + ", was \"" + value + "\""));
            }
        });
    }

    private void text(String path, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(path, "may be at most " + max + " characters, has " + value.length()));
        } else if (plainText(path, value) != null) {
            errors.add(plainText(path, value));
        }
    }

    private void finite(String path, Double value) {
        if (value != null && (!Double.isFinite(value) || Math.abs(value) > MONEY_MAX)) {
            errors.add(new FieldError(path, "must be a finite number up to " + plain(MONEY_MAX) + " in size, was " + value));
        }
    }

    private static boolean isCurrency(String code) {
        if (code.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A number as a message shows it: thousands separated, a true minus sign, no exponent ("−5,000", "0.125"). */
    static String plain(double value) {
        var format = new java.text.DecimalFormat("#,##0.##########", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
        var text = format.format(Math.abs(value));
        return value < 0 ? "\u2212" + text : text;
    }
}
