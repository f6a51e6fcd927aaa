package dev.greenlight.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What monitoring observed of one derived benefit line's model inputs in a month (PRODUCT.md §10.1), as posted and
 * shown: {@code {"line": 0, "recall": 0.71, "precision": 0.38}}. {@code line} is the index in
 * {@code financials.annualBenefits}; a DETECTION line may report recall and precision (or the false-positive rate when
 * it was measured on validation data), an AUTOMATION line its automation and error rates. Absent inputs are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservedValues(Integer line, Double recall, Double precision, Double falsePositiveRate, Double automationRate,
                             Double errorRate) {

    /** The inputs given, by key, in a fixed order. */
    public Map<String, Double> inputs() {
        var result = new LinkedHashMap<String, Double>();
        put(result, "recall", recall);
        put(result, "precision", precision);
        put(result, "falsePositiveRate", falsePositiveRate);
        put(result, "automationRate", automationRate);
        put(result, "errorRate", errorRate);
        return result;
    }

    /** One line's values from a map of input keys (the keys of {@link #inputs()}). */
    static ObservedValues of(int line, Map<String, Double> inputs) {
        return new ObservedValues(line, inputs.get("recall"), inputs.get("precision"), inputs.get("falsePositiveRate"),
                inputs.get("automationRate"), inputs.get("errorRate"));
    }

    /** Observations grouped by line, in line order. */
    static List<ObservedValues> group(List<Observation> observations) {
        var byLine = new java.util.TreeMap<Integer, Map<String, Double>>();
        observations.forEach(o -> byLine.computeIfAbsent(o.line(), k -> new LinkedHashMap<>()).put(o.input(), o.value()));
        var result = new ArrayList<ObservedValues>();
        byLine.forEach((line, inputs) -> result.add(of(line, inputs)));
        return result;
    }

    private static void put(Map<String, Double> map, String key, Double value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
