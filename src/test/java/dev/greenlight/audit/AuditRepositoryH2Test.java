package dev.greenlight.audit;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class AuditRepositoryH2Test extends AuditRepositoryContract {
}
