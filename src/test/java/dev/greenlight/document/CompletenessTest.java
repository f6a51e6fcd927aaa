package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    @Test
    void a_title_only_draft_lacks_the_score_and_every_answer() {
        var missing = Completeness.missing(AssessmentDocument.draft("Just a title", null, null, null));
        assertThat(missing).extracting(FieldError::path).contains("financials", "summary", "problem.statement",
                "successMetric.kpiName", "successMetric.killCriteria", "ethics.answers.affectedPeople");
        assertThat(missing).extracting(FieldError::path).doesNotContain("title", "ethics.mitigations");
    }

    @Test
    void every_sample_the_demo_submits_is_complete_and_blank_text_is_no_answer() throws IOException {
        var properties = new java.util.Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        var submitted = java.util.Set.of(properties.getProperty("greenlight.sample-data.submitted").split(","));
        int checked = 0;
        try (var files = Files.list(Path.of("sample-data"))) {
            for (var file : files.sorted().toList()) {
                var doc = AssessmentJson.read(Files.readString(file));
                if (!submitted.contains(doc.title())) {
                    continue;
                }
                checked++;
                assertThat(Completeness.missing(doc)).as(file + " is submitted by the demo").isEmpty();
                var blank = AssessmentJson.read(Files.readString(file).replaceFirst("\"sponsor\": \"[^\"]*\"", "\"sponsor\": \"  \""));
                assertThat(Completeness.missing(blank)).extracting(FieldError::path).containsExactly("problem.sponsor");
            }
        }
        assertThat(checked).isEqualTo(submitted.size());
    }
}
