package dev.greenlight.brief;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.scoring.EthicsInput;
import dev.greenlight.scoring.FinancialInput;
import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.MoneyLine;
import dev.greenlight.scoring.NarrativeInput;
import dev.greenlight.scoring.ReadinessInput;
import dev.greenlight.scoring.ScoringInput;
import dev.greenlight.scoring.ScoringModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Briefs for the sample assessments, scored without Spring. The mapping from document to engine input mirrors
 * {@code AssessmentScoring#input}, which is package-private in {@code assessment}; if the two drift apart the
 * sample scores here stop matching the app's, but the workbook-versus-engine checks stay valid because both
 * sides use the same ScoreResult.
 */
public final class SampleBriefs {

    private SampleBriefs() {
    }

    public static Stream<Path> files() {
        try {
            return Files.list(Path.of("sample-data")).filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BriefData brief(Path file) {
        try {
            return brief(AssessmentJson.read(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BriefData brief(AssessmentDocument doc) {
        ScoringInput input = input(doc);
        var score = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(input);
        var m = doc.successMetric();
        var e = doc.ethics();
        return new BriefData(doc.title(), "Ada Engineer", "In review", null, List.of(), score, input.financials(),
                m == null ? null : m.kpiName(), m == null ? null : m.baseline(), m == null ? null : m.target(),
                m == null ? null : m.unit(), m == null ? null : m.killCriteria(),
                BriefData.riskRegister(e == null ? null : e.answers()),
                e == null || e.mitigations() == null ? List.of() : e.mitigations(),
                QuestionnaireAnswers.of(doc),
                List.of(new BriefData.HistoryEntry(Instant.parse("2026-03-01T09:30:00Z"), "Ada Engineer", "Created"),
                        new BriefData.HistoryEntry(Instant.parse("2026-03-04T14:05:00Z"), "Ada Engineer",
                                "Submitted for review")));
    }

    /** Mirrors {@code AssessmentScoring#input}. */
    public static ScoringInput input(AssessmentDocument doc) {
        return dev.greenlight.document.ScoringInputs.of(doc, java.util.Locale.US);
    }
}
