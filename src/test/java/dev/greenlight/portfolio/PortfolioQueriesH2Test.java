package dev.greenlight.portfolio;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import(PortfolioQueries.class)
class PortfolioQueriesH2Test extends PortfolioQueriesContract {
}
