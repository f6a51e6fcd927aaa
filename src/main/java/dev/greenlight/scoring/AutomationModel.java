package dev.greenlight.scoring;

import java.util.List;

/**
 * A model that does part of work people do today (PRODUCT.md §6.1): B = N·a·(m·h/60 − e·k), the time saved on
 * every automated task less what its errors cost.
 */
public record AutomationModel(Range tasksPerYear, Range automationRate, Range minutesPerTask, Range costPerHour,
                              Range errorRate, Range costPerError) implements ValueModel {

    static final int TASKS = 0;
    static final int RATE = 1;
    static final int MINUTES = 2;
    static final int HOURLY = 3;
    static final int ERRORS = 4;
    static final int ERROR_COST = 5;

    private static final List<ModelInput> INPUTS = List.of(ModelInput.TASKS_PER_YEAR, ModelInput.AUTOMATION_RATE,
            ModelInput.MINUTES_PER_TASK, ModelInput.COST_PER_HOUR, ModelInput.ERROR_RATE, ModelInput.COST_PER_ERROR);

    @Override
    public ValueModelKind kind() {
        return ValueModelKind.AUTOMATION;
    }

    @Override
    public List<ModelInput> inputs() {
        return INPUTS;
    }

    @Override
    public Range range(int index) {
        return switch (index) {
            case TASKS -> tasksPerYear;
            case RATE -> automationRate;
            case MINUTES -> minutesPerTask;
            case HOURLY -> costPerHour;
            case ERRORS -> errorRate;
            case ERROR_COST -> costPerError;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }

    @Override
    public double benefit(double[] x) {
        return x[TASKS] * x[RATE] * (x[MINUTES] * x[HOURLY] / 60 - x[ERRORS] * x[ERROR_COST]);
    }

    @Override
    public AutomationModel withInput(int index, double value) {
        Range r = Range.fixed(value);
        return new AutomationModel(index == TASKS ? r : tasksPerYear, index == RATE ? r : automationRate,
                index == MINUTES ? r : minutesPerTask, index == HOURLY ? r : costPerHour,
                index == ERRORS ? r : errorRate, index == ERROR_COST ? r : costPerError);
    }
}
