package dev.greenlight.assessment;

import dev.greenlight.scoring.ScoringModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scoring model in force. v1 until administrators can tune it (issue 6); every stored score records its version. */
@Configuration
class ScoringConfig {

    @Bean
    ScoringModel scoringModel() {
        return ScoringModel.V1;
    }
}
