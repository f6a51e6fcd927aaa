package dev.greenlight.currency;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class ExchangeRateRepositoryH2Test extends ExchangeRateRepositoryContract {
}
