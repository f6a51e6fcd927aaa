package dev.greenlight.scoring;

import java.util.List;

/**
 * One option's simulated trials in simulation order (PRODUCT.md §9.2): each trial's NPV, whether the model (or the
 * alternative) worked in it, and the draw of every uncertain input, including those a failed trial does not use.
 * A draw is kept as its position in the input's range, 0 at low and 1 at high, in a float: value of information
 * needs only the draws' order, and half the memory of a double.
 *
 * @param inputs the uncertain inputs, named as the tornado names them, one per row of {@code draws}
 * @param draws  {@code draws[i][t]}: input i's draw in trial t
 */
record Trials(double[] npv, boolean[] works, List<String> inputs, float[][] draws) {
}
