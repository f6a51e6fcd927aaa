package dev.greenlight.security;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class ApiTokenRepositoryH2Test extends ApiTokenRepositoryContract {
}
