package dev.greenlight.assessment;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.scoring.ScoreResult;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For tests that count how often the 10,000-trial scoring runs: the real scoring bean, counting each request
 * for a score. Import it where the count matters; the service then scores through it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountedScoring {

    @Bean
    @Primary
    Counter countingScoring(ScoringModelInForce models) {
        return new Counter(models);
    }

    /** {@link AssessmentScoring} as it is, plus a count of the scores asked of it. */
    public static class Counter extends AssessmentScoring {

        private final AtomicInteger scores = new AtomicInteger();

        Counter(ScoringModelInForce models) {
            super(models);
        }

        @Override
        Optional<ScoreResult> score(AssessmentDocument doc, Locale locale) {
            scores.incrementAndGet();
            return super.score(doc, locale);
        }

        /** How many scores were asked for since the test started. */
        public int scores() {
            return scores.get();
        }
    }
}
