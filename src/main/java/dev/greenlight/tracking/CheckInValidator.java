package dev.greenlight.tracking;

import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.scoring.MoneyLine;
import dev.greenlight.scoring.Reforecast;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a check-in (PRODUCT.md §7), each refusal naming its field: the month as {@code YYYY-MM}, not before the
 * approval month (month 1) and not in the future; money ≥ 0 and finite; measured values finite; observed model inputs
 * (§10.1) only on derived lines, only the inputs such a line has, each in its range; a plain-text note.
 */
final class CheckInValidator {

    static final int NOTE_MAX = 2000;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private CheckInValidator() {
    }

    /**
     * The check-in, parsed, or every problem at once; {@code thisMonth} is the clock's month (UTC), {@code benefits} the
     * approved version's benefit lines, which say what may be observed.
     */
    static ValidCheckIn requireValid(CheckInRequest request, YearMonth approvalMonth, YearMonth thisMonth, List<MoneyLine> benefits) {
        var errors = new ArrayList<FieldError>();
        if (request == null) {
            throw new InvalidAssessmentException(List.of(new FieldError("$", "a check-in is required")));
        }
        var month = month(request.month(), approvalMonth, thisMonth, errors);
        money("buildSpend", request.buildSpend(), errors);
        money("runCost", request.runCost(), errors);
        money("realisedBenefit", request.realisedBenefit(), errors);
        measured("kpiValue", request.kpiValue(), errors);
        measured("modelMetricValue", request.modelMetricValue(), errors);
        var observed = observed(request.observed(), benefits, errors);
        var note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            errors.add(new FieldError("note", "must be at most " + NOTE_MAX + " characters, was " + note.length()));
        } else if (note != null && AssessmentValidator.plainText("note", note) != null) {
            errors.add(AssessmentValidator.plainText("note", note));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }
        return new ValidCheckIn(month, request.buildSpend(), request.runCost(), request.realisedBenefit(), request.kpiValue(),
                request.modelMetricValue(), observed, note);
    }

    private static YearMonth month(String text, YearMonth approvalMonth, YearMonth thisMonth, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("month", "is required, as YYYY-MM (e.g. " + thisMonth + ")"));
            return null;
        }
        YearMonth month;
        try {
            if (!MONTH.matcher(text).matches()) {
                throw new DateTimeParseException("not YYYY-MM", text, 0);
            }
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("month", "must be a calendar month as YYYY-MM (e.g. " + thisMonth + "), was \""
                    + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "\""));
            return null;
        }
        if (month.isBefore(approvalMonth)) {
            errors.add(new FieldError("month", month + " is before " + approvalMonth
                    + ", the month of the approval: month 1 is the approval month"));
        } else if (month.isAfter(thisMonth)) {
            errors.add(new FieldError("month", month + " is in the future: the latest month that can be reported is " + thisMonth));
        }
        return month;
    }

    /** The observed inputs, one per line and input, each refusal naming its field ({@code observed[0].recall}). */
    static List<Observation> observed(List<ObservedValues> entries, List<MoneyLine> benefits, List<FieldError> errors) {
        var result = new ArrayList<Observation>();
        if (entries == null) {
            return result;
        }
        var seen = new java.util.HashMap<Integer, Integer>();
        for (int i = 0; i < entries.size(); i++) {
            var at = "observed[" + i + "]";
            var entry = entries.get(i);
            if (entry == null) {
                errors.add(new FieldError(at, "must be {\"line\": n, and the observed inputs}, not null"));
                continue;
            }
            if (entry.line() == null) {
                errors.add(new FieldError(at + ".line", "is required: the index of a derived line in financials.annualBenefits"));
                continue;
            }
            int line = entry.line();
            if (line < 0 || line >= benefits.size()) {
                errors.add(new FieldError(at + ".line", "there is no benefit line " + line + ": the approved version has "
                        + benefits.size() + (benefits.isEmpty() ? "" : " (0 to " + (benefits.size() - 1) + ")")));
                continue;
            }
            var benefit = benefits.get(line);
            var observable = Reforecast.observableInputs(benefit);
            if (observable.isEmpty()) {
                errors.add(new FieldError(at + ".line", "benefit line " + line + " (" + benefit.name()
                        + ") is an estimate, not derived from a value model: only a derived line has model inputs to observe"));
                continue;
            }
            var earlier = seen.putIfAbsent(line, i);
            if (earlier != null) {
                errors.add(new FieldError(at + ".line", "line " + line + " is already given in observed[" + earlier + "]"));
                continue;
            }
            var inputs = entry.inputs();
            if (inputs.isEmpty()) {
                errors.add(new FieldError(at, "give at least one observed input of line " + line + ": "
                        + String.join(", ", observable.keySet())));
            }
            var model = benefit.derivedFrom();
            inputs.forEach((key, value) -> {
                var index = observable.get(key);
                if (index == null) {
                    errors.add(new FieldError(at + "." + key, "line " + line + " (" + benefit.name() + ") is a "
                            + model.kind() + " line: its observable inputs are " + String.join(", ", observable.keySet())));
                } else if (!model.inputs().get(index).allows(value)) {
                    errors.add(new FieldError(at + "." + key, "must be in " + model.inputs().get(index).interval() + ", was " + value));
                } else {
                    result.add(new Observation(line, key, value, false));
                }
            });
        }
        return result;
    }

    private static void money(String path, Double value, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (!Double.isFinite(value) || value > AssessmentValidator.MONEY_MAX) {
            errors.add(new FieldError(path, "must be a finite amount up to " + plain(AssessmentValidator.MONEY_MAX) + ", was " + value));
        } else if (value < 0) {
            errors.add(new FieldError(path, "must be ≥ 0 (money spent or earned in the month), was " + plain(value)));
        }
    }

    private static void measured(String path, Double value, List<FieldError> errors) {
        if (value != null && (!Double.isFinite(value) || Math.abs(value) > AssessmentValidator.MONEY_MAX)) {
            errors.add(new FieldError(path, "must be a finite number up to " + plain(AssessmentValidator.MONEY_MAX)
                    + " in size, was " + value));
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
