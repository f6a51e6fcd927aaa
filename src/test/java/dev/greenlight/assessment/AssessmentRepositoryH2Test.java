package dev.greenlight.assessment;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class AssessmentRepositoryH2Test extends AssessmentRepositoryContract {
}
