package dev.greenlight.currency;

import dev.greenlight.PostgresTestDatabase;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PostgresTestDatabase.class)
class ExchangeRateRepositoryPostgresTest extends ExchangeRateRepositoryContract {
}
