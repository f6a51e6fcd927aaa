package dev.greenlight.document;

import dev.greenlight.document.AssessmentDocument.DerivedFrom;
import dev.greenlight.document.AssessmentDocument.Range;
import dev.greenlight.scoring.InputValidator;
import dev.greenlight.scoring.ModelInput;
import dev.greenlight.scoring.ValueModelKind;
import dev.greenlight.scoring.ValueModelRules;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rules of a derived benefit line's {@code derivedFrom} (PRODUCT.md §6.1), each problem reported with its JSON
 * path, e.g. {@code financials.annualBenefits[0].derivedFrom.recall.low}. The bounds are the engine's
 * ({@link ModelInput}), so whatever is stored can be scored.
 */
final class ValueModelValidator {

    private final List<FieldError> errors;

    ValueModelValidator(List<FieldError> errors) {
        this.errors = errors;
    }

    void check(String path, DerivedFrom d) {
        if (d.kind() == null) {
            errors.add(new FieldError(path + ".kind", "is required: DETECTION (the model flags cases for someone to "
                    + "act on) or AUTOMATION (the model does part of work people do today)"));
            return;
        }
        boolean complete = true;
        for (ModelInput input : ModelInput.values()) {
            if (!input.stated()) {
                continue;
            }
            String at = path + "." + input.key();
            Range range = d.range(input);
            if (range == null && d.validation() != null
                    && (input == ModelInput.RECALL || input == ModelInput.PRECISION)) {
                continue; // measured on validation data instead (PRODUCT.md §9.1)
            }
            if (input.kind() != d.kind()) {
                if (range != null) {
                    errors.add(new FieldError(at, "is an input of " + input.kind() + " models, not of " + d.kind()
                            + "; allowed: " + keys(d.kind())));
                }
                continue;
            }
            complete &= range(at, input, range);
        }
        if (d.kind() == ValueModelKind.DETECTION) {
            complete &= baseline(path, d);
            complete &= d.validation() == null || validation(path + ".validation", d.validation());
        } else {
            if (d.validation() != null) {
                errors.add(new FieldError(path + ".validation", "is for DETECTION models only: validation results "
                        + "measure recall and false positives"));
            }
            if (d.baselineRecall() != null) {
                errors.add(new FieldError(path + ".baselineRecall", "is an input of DETECTION models, not of AUTOMATION"));
            }
            if (d.baselinePrecision() != null) {
                errors.add(new FieldError(path + ".baselinePrecision",
                        "is an input of DETECTION models, not of AUTOMATION"));
            }
        }
        if (complete) {
            double bound = ValueModelRules.largestBenefit(ScoringInputs.model(d));
            if (!(bound <= InputValidator.MAX_MONEY)) {
                errors.add(new FieldError(path, "could give an annual benefit of " + plain(bound) + ", more than the "
                        + plain(InputValidator.MAX_MONEY) + " a line may hold: check the volumes and values"));
            }
        }
    }

    /** A kept validation curve: every number present, then the engine's own rules (ValueModelRules). */
    private boolean validation(String path, AssessmentDocument.Validation v) {
        var missing = new java.util.ArrayList<String>();
        if (v.rows() == null) {
            missing.add("rows");
        }
        if (v.positives() == null) {
            missing.add("positives");
        }
        if (v.negatives() == null) {
            missing.add("negatives");
        }
        if (v.effectivePositives() == null) {
            missing.add("effectivePositives");
        }
        if (v.effectiveNegatives() == null) {
            missing.add("effectiveNegatives");
        }
        if (v.points() == null) {
            missing.add("points");
        }
        for (int i = 0; v.points() != null && i < v.points().size(); i++) {
            var p = v.points().get(i);
            if (p == null || p.threshold() == null || p.tp() == null || p.fp() == null) {
                missing.add("points[" + i + "]" + (p == null ? "" : p.threshold() == null ? ".threshold"
                        : p.tp() == null ? ".tp" : ".fp"));
            }
        }
        missing.forEach(field -> errors.add(new FieldError(path + "." + field, "is required: upload the validation "
                + "results again rather than editing the curve by hand")));
        if (v.source() != null && AssessmentValidator.plainText(path + ".source", v.source()) != null) {
            errors.add(AssessmentValidator.plainText(path + ".source", v.source()));
            return false;
        }
        if (!missing.isEmpty()) {
            return false;
        }
        var problem = ValueModelRules.curveProblem(v.curve());
        problem.ifPresent(p -> errors.add(new FieldError(path + "." + p.field(), p.message())));
        return problem.isEmpty();
    }

    private boolean range(String at, ModelInput input, Range range) {
        if (range == null) {
            errors.add(new FieldError(at, "is required for a " + input.kind() + " model: a range {\"low\", "
                    + "\"likely\", \"high\"} in " + input.interval()));
            return false;
        }
        boolean low = value(at + ".low", input, range.low());
        boolean likely = value(at + ".likely", input, range.likely());
        boolean high = value(at + ".high", input, range.high());
        boolean ordered = true;
        if (low && likely && range.low() > range.likely()) {
            errors.add(new FieldError(at + ".low", "must be ≤ likely (" + plain(range.likely()) + "), was "
                    + plain(range.low())));
            ordered = false;
        }
        if (likely && high && range.likely() > range.high()) {
            errors.add(new FieldError(at + ".high", "must be ≥ likely (" + plain(range.likely()) + "), was "
                    + plain(range.high())));
            ordered = false;
        }
        return low && likely && high && ordered;
    }

    private boolean value(String at, ModelInput input, Double value) {
        if (value == null) {
            errors.add(new FieldError(at, "is required: every model input is a range (low ≤ likely ≤ high)"));
            return false;
        }
        if (!input.allows(value)) {
            errors.add(new FieldError(at, "must be in " + input.interval() + describe(input) + ", was " + plain(value)));
            return false;
        }
        return true;
    }

    private boolean baseline(String path, DerivedFrom d) {
        Double r0 = d.baselineRecall();
        Double p0 = d.baselinePrecision();
        boolean ok = true;
        if (r0 == null) {
            errors.add(new FieldError(path + ".baselineRecall", "is required: the share of real cases today's "
                    + "process catches, in [0, 1) (0 when nothing catches them today)"));
            ok = false;
        } else if (!(r0 >= 0 && r0 < 1)) {
            errors.add(new FieldError(path + ".baselineRecall", "must be in [0, 1), was " + plainOrRaw(r0)));
            ok = false;
        }
        if (p0 != null && !(p0 > 0 && p0 <= 1)) {
            errors.add(new FieldError(path + ".baselinePrecision", "must be in (0, 1], was " + plainOrRaw(p0)));
            ok = false;
        } else if (p0 == null && r0 != null && r0 > 0) {
            errors.add(new FieldError(path + ".baselinePrecision", "is required when baselineRecall > 0: the share of "
                    + "today's alerts that are real, in (0, 1]"));
            ok = false;
        }
        return ok;
    }

    private static String describe(ModelInput input) {
        return switch (input) {
            case PREVALENCE -> " (the share of cases that are truly positive)";
            case RECALL, PRECISION, AUTOMATION_RATE, ERROR_RATE -> " (a share: 0.8 for 80 %)";
            default -> "";
        };
    }

    private static String keys(ValueModelKind kind) {
        return ModelInput.stated(kind).stream().map(ModelInput::key).toList()
                + (kind == ValueModelKind.DETECTION ? " and baselineRecall, baselinePrecision" : "");
    }

    private static String plainOrRaw(double value) {
        return Double.isFinite(value) ? plain(value) : String.valueOf(value);
    }

    private static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}
