package dev.greenlight.tracking;

import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a check-in (PRODUCT.md §7), each refusal naming its field: the month as {@code YYYY-MM}, not before the
 * approval month (month 1) and not in the future; money ≥ 0 and finite; measured values finite; a plain-text note.
 */
final class CheckInValidator {

    static final int NOTE_MAX = 2000;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private CheckInValidator() {
    }

    /** The check-in, parsed, or every problem at once; {@code thisMonth} is the clock's month (UTC). */
    static ValidCheckIn requireValid(CheckInRequest request, YearMonth approvalMonth, YearMonth thisMonth) {
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
                request.modelMetricValue(), note);
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
