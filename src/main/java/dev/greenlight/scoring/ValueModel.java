package dev.greenlight.scoring;

import java.util.List;

/**
 * The arithmetic behind a derived benefit line (PRODUCT.md §6.1): annual benefit at full adoption from the
 * model's quality and the business's volumes. The uncertain inputs are numbered so the Monte Carlo can draw them
 * into a flat array without allocating; {@link #benefit(double[])} reads them in that order.
 */
public sealed interface ValueModel permits DetectionModel, AutomationModel {

    ValueModelKind kind();

    /** The inputs, in the order {@link #benefit(double[])} reads them. */
    List<ModelInput> inputs();

    /** The range of the input numbered {@code index}. */
    Range range(int index);

    /** The annual benefit at full adoption with input {@code i} set to {@code values[i]}. */
    double benefit(double[] values);

    /** This model with input {@code index} known exactly at {@code value}, e.g. for the tornado. */
    ValueModel withInput(int index, double value);

    /** B at the likely value of every input: the figure the deterministic cash flows use. */
    default double likelyBenefit() {
        int n = inputs().size();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = range(i).likely();
        }
        return benefit(values);
    }
}
