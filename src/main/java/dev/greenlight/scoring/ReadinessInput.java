package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;

/** Whether the groundwork for measuring success is done; each item is one eighth of the readiness subscore. */
public record ReadinessInput(boolean baselineKnown, boolean targetSet, boolean measurementMethodChosen,
                             boolean killCriteriaWritten, boolean modelMetricLinked,
                             boolean nonAiAlternativeDescribed, boolean sponsorNamed) {

    public static final int ITEMS = 7;

    public static ReadinessInput none() {
        return new ReadinessInput(false, false, false, false, false, false, false);
    }

    public int itemsInPlace() {
        return ITEMS - missingItems().size();
    }

    /** The items not yet done, phrased for a sentence ("missing: a named sponsor"). */
    public List<String> missingItems() {
        var missing = new ArrayList<String>();
        if (!baselineKnown) missing.add("a known baseline");
        if (!targetSet) missing.add("a target");
        if (!measurementMethodChosen) missing.add("a measurement method");
        if (!killCriteriaWritten) missing.add("kill criteria");
        if (!modelMetricLinked) missing.add("a model metric linked to the KPI");
        if (!nonAiAlternativeDescribed) missing.add("a described non-AI alternative");
        if (!sponsorNamed) missing.add("a named sponsor");
        return List.copyOf(missing);
    }
}
