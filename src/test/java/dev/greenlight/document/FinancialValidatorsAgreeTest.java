package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.greenlight.scoring.InputValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The format's validator and the engine's agree (issue 11, item 6): one set of limits, the same field blamed.
 * A document either passes both, or both refuse it and name the same first field.
 */
class FinancialValidatorsAgreeTest {

    private static final double[] AMOUNTS = {0, 1, 999.99, 1e6, InputValidator.MAX_MONEY, Math.nextUp(InputValidator.MAX_MONEY), 1e15, -1};

    static Stream<Long> seeds() {
        return new SplittableRandom(20261201).longs(300).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void the_two_financial_validators_share_limits_and_blame_the_same_field(long seed) throws IOException {
        var random = new SplittableRandom(seed);
        var doc = (ObjectNode) AssessmentJson.mapper().readTree(Files.readString(Path.of("sample-data/01-card-fraud-early-warning.json")));
        var financials = (ObjectNode) doc.get("financials");
        var horizon = random.nextInt(-1, 13);
        financials.put("horizonYears", horizon);
        var adoption = financials.putArray("adoptionByYear");
        for (int i = 0; i < Math.max(0, horizon); i++) {
            adoption.add(1.0);
        }
        // the sample's first benefit is derived from model performance (issue 13); its last is a plain estimate
        var benefits = financials.get("annualBenefits");
        var line = (ObjectNode) (random.nextBoolean() ? financials.get("buildCosts").get(0) : benefits.get(benefits.size() - 1));
        line.put("low", AMOUNTS[random.nextInt(AMOUNTS.length)]);
        line.put("likely", AMOUNTS[random.nextInt(AMOUNTS.length)]);
        line.put("high", AMOUNTS[random.nextInt(AMOUNTS.length)]);
        var monthsToImpact = random.nextInt(-2, 130);
        ((ObjectNode) doc.get("successMetric")).put("monthsToImpact", monthsToImpact);

        var formatErrors = AssessmentValidator.validate(AssessmentJson.parse(doc));
        if (formatErrors.isEmpty()) {
            assertThatCode(() -> InputValidator.validate(ScoringInputs.of(AssessmentJson.read(doc), Locale.ROOT)))
                    .as("what the format accepts, the engine scores").doesNotThrowAnyException();
        } else {
            var typed = AssessmentJson.parse(doc);
            String engine;
            try {
                InputValidator.validate(ScoringInputs.of(typed, Locale.ROOT));
                engine = "";
            } catch (IllegalArgumentException e) {
                engine = e.getMessage();
            }
            assertThat(engine).as("the engine refuses what the format refuses: " + formatErrors).isNotEmpty();
            var blamed = engine.split(" ")[0];
            assertThat(formatErrors).extracting(FieldError::path)
                    .as("the engine blames " + blamed + "; the format " + formatErrors)
                    .contains(blamed.replace("narrative.", "successMetric."));
        }
    }
}
