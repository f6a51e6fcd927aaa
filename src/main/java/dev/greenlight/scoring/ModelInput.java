package dev.greenlight.scoring;

/**
 * Every input of the two value models with its key in the interchange format and the values it may take. The
 * assessment validator and the engine both check against these bounds, so whatever is stored can be scored.
 * <p>
 * The false-positive rate is never typed in: it is measured on validation data (PRODUCT.md §9.1), so it is not
 * {@link #stated()} and a document has no field for it; it exists here because the simulation draws it and the
 * tornado and value-of-information rows name it.
 */
public enum ModelInput {
    CASES_PER_YEAR(ValueModelKind.DETECTION, "casesPerYear", "cases a year", 0, true, ModelInput.MAX_COUNT, true),
    PREVALENCE(ValueModelKind.DETECTION, "prevalence", "prevalence", 0, false, 1, false),
    VALUE_PER_TRUE_POSITIVE(ValueModelKind.DETECTION, "valuePerTruePositive", "value per true positive", 0, true,
            InputValidator.MAX_MONEY, true),
    COST_PER_ALERT(ValueModelKind.DETECTION, "costPerAlert", "cost per alert", 0, true, InputValidator.MAX_MONEY, true),
    RECALL(ValueModelKind.DETECTION, "recall", "recall", 0, false, 1, true),
    PRECISION(ValueModelKind.DETECTION, "precision", "precision", 0, false, 1, true),
    TASKS_PER_YEAR(ValueModelKind.AUTOMATION, "tasksPerYear", "tasks a year", 0, true, ModelInput.MAX_COUNT, true),
    AUTOMATION_RATE(ValueModelKind.AUTOMATION, "automationRate", "automation rate", 0, true, 1, true),
    MINUTES_PER_TASK(ValueModelKind.AUTOMATION, "minutesPerTask", "minutes per task", 0, true, ModelInput.MAX_MINUTES,
            true),
    COST_PER_HOUR(ValueModelKind.AUTOMATION, "costPerHour", "cost per hour", 0, true, InputValidator.MAX_MONEY, true),
    ERROR_RATE(ValueModelKind.AUTOMATION, "errorRate", "error rate", 0, true, 1, true),
    COST_PER_ERROR(ValueModelKind.AUTOMATION, "costPerError", "cost per error", 0, true, InputValidator.MAX_MONEY, true),
    FALSE_POSITIVE_RATE(ValueModelKind.DETECTION, "falsePositiveRate", "false-positive rate", 0, true, 1, true);

    /** A trillion cases or tasks a year: more than any business handles, few enough that B stays finite. */
    public static final double MAX_COUNT = 1e12;
    /** A week of one person's time on one task. */
    public static final double MAX_MINUTES = 10_080;

    private final ValueModelKind kind;
    private final String key;
    private final String label;
    private final double min;
    private final boolean minInclusive;
    private final double max;
    private final boolean maxInclusive;

    ModelInput(ValueModelKind kind, String key, String label, double min, boolean minInclusive, double max,
               boolean maxInclusive) {
        this.kind = kind;
        this.key = key;
        this.label = label;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.maxInclusive = maxInclusive;
    }

    public ValueModelKind kind() {
        return kind;
    }

    /** Whether a document states this input as a range; false for what only validation data measures. */
    public boolean stated() {
        return this != FALSE_POSITIVE_RATE;
    }

    /** The inputs a document states for a model of {@code kind}, in form order. */
    public static java.util.List<ModelInput> stated(ValueModelKind kind) {
        return java.util.Arrays.stream(values()).filter(i -> i.kind == kind && i.stated()).toList();
    }

    /** The field name in the interchange format, e.g. {@code recall}. */
    public String key() {
        return key;
    }

    /** How a sentence or a tornado row names it, e.g. "recall". */
    public String label() {
        return label;
    }

    public boolean allows(double value) {
        return Double.isFinite(value) && (minInclusive ? value >= min : value > min)
                && (maxInclusive ? value <= max : value < max);
    }

    /** The allowed values in interval notation, e.g. "(0, 1]". */
    public String interval() {
        return (minInclusive ? "[" : "(") + plain(min) + ", " + plain(max) + (maxInclusive ? "]" : ")");
    }

    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
