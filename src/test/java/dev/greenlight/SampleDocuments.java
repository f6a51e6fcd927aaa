package dev.greenlight;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample assessments as documents, for fixtures that need realistic, scorable answers. */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    /** Card fraud early warning: level II, not high-risk (the Annex III 5(b) carve-out for fraud detection). */
    public static AssessmentDocument fraud(String title) {
        return read("01-card-fraud-early-warning.json").withTitle(title);
    }

    /** Resume screening assistant: high-risk (Annex III 4(a)), so approval needs a leadership sign-off. */
    public static AssessmentDocument highRisk(String title) {
        return read("02-resume-screening-assistant.json").withTitle(title);
    }

    /** Predictive maintenance: minimal tier, level I; no sign-off needed. */
    public static AssessmentDocument maintenance(String title) {
        return read("04-predictive-maintenance-conveyor-motors.json").withTitle(title);
    }

    private static AssessmentDocument read(String file) {
        try (var in = SampleDocuments.class.getResourceAsStream("/sample-data/" + file)) {
            return AssessmentJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
