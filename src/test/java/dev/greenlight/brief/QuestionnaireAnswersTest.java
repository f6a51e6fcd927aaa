package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.Questionnaire;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QuestionnaireAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void choices_read_as_their_labels_and_numbers_as_a_reader_writes_them() {
        assertThat(words("successMetric.measurementMethod", "\"A_B_TEST\"")).isEqualTo("A/B test");
        assertThat(words("ethics.answers.peopleAffectedPerYear", "\"UNDER_10M\"")).isEqualTo("Under 10 million");
        assertThat(words("financials.discountRate", "0.075")).isEqualTo("7.5 %");
        assertThat(words("financials.probabilityOfSuccess", "0.07")).isEqualTo("7 %");
        assertThat(words("successMetric.baseline", "13300000")).isEqualTo("13,300,000");
        assertThat(words("successMetric.modelBaseline", "0.4215")).isEqualTo("0.4215");
        assertThat(words("financials.horizonYears", "5")).isEqualTo("5");
        assertThat(words("financials.currency", "\"EUR\"")).isEqualTo("EUR — Euro");
        assertThat(words("title", "\"=cmd\"")).as("text as typed; the sheet quotes it").isEqualTo("=cmd");
    }

    @Test
    void a_list_of_choices_is_joined_in_words_and_an_empty_one_says_none() {
        assertThat(words("ethics.mitigations", "[\"BIAS_TESTING\", \"HUMAN_OVERSIGHT\"]"))
                .isEqualTo(Questionnaire.optionLabel("ethics.mitigations", "BIAS_TESTING") + "; "
                        + Questionnaire.optionLabel("ethics.mitigations", "HUMAN_OVERSIGHT"))
                .doesNotContain("_");
        assertThat(words("ethics.mitigations", "[]")).isEqualTo(QuestionnaireAnswers.NONE_CHOSEN);
        assertThat(words("title", "null")).isNull();
    }

    @Test
    void every_question_of_the_questionnaire_has_a_row_by_its_label() throws IOException {
        var doc = AssessmentJson.read(Files.readString(SampleBriefs.files().findFirst().orElseThrow()));
        var answers = QuestionnaireAnswers.of(doc);
        assertThat(answers).extracting(BriefData.Answer::question)
                .containsExactlyElementsOf(Questionnaire.all().stream().map(Questionnaire.Question::label).toList());
        assertThat(answers).filteredOn(a -> a.question().equals("How will we measure it?"))
                .extracting(BriefData.Answer::answer).containsExactly("A/B test");
    }

    private static String words(String path, String json) {
        var question = Questionnaire.all().stream().filter(q -> q.path().equals(path)).findFirst().orElseThrow();
        JsonNode node = JSON.readTree(json);
        return QuestionnaireAnswers.words(node, question);
    }
}
