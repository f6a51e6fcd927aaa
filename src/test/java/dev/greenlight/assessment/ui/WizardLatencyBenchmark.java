package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.NumberField;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A harness, not a test (Surefire's default includes skip it): server time from a field change to the updated
 * live panel — one parse, one validation, one save with its 10,000-trial score, the panel and both SVG charts
 * ({@link WizardWorkPerChangeTest} proves the counts). Run it with {@code ./mvnw test -Dtest=WizardLatencyBenchmark}
 * (tests run C1-only; add {@code -Dtest.jit=} for the app's full JIT); it prints the median, p90 and maximum per
 * change and asserts nothing about time.
 */
@ViewTest
@WithMockUser(username = "engineer", roles = "ENGINEER")
class WizardLatencyBenchmark extends ViewTestCase {

    @Autowired
    AssessmentService service;

    @Test
    void measure_field_change_to_updated_score_panel() throws Exception {
        var doc = AssessmentJson.read(Files.readString(Path.of("sample-data/01-card-fraud-early-warning.json")));
        var id = service.create(doc.withTitle("Latency harness")).id();
        navigate(WizardView.class, id);
        test($(Tabs.class).single()).select(2);
        // the first benefit line is derived (issue 13): the last one is a plain three-point estimate
        var likely = $(NumberField.class).id(QuestionFields.idOf("financials.annualBenefits[1].likely"));
        double base = likely.getValue();
        int warmup = 30;
        int runs = 100;
        var times = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            test(likely).setValue(base - 1000 * (i % 7 + 1)); // 75,000 less up to 7,000: stays above its low
            long elapsed = System.nanoTime() - start;
            if (i >= warmup) {
                times[i - warmup] = elapsed;
            }
        }
        Arrays.sort(times);
        System.out.printf("WIZARD LATENCY field change → updated panel: median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)%n",
                times[runs / 2] / 1e6, times[(int) (runs * 0.9)] / 1e6, times[runs - 1] / 1e6, runs);
    }
}
