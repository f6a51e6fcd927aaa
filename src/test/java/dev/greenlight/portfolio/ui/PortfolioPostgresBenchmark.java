package dev.greenlight.portfolio.ui;

import dev.greenlight.PostgresTestDatabase;
import org.springframework.context.annotation.Import;

/** {@link PortfolioBenchmark} on embedded PostgreSQL. */
@Import(PostgresTestDatabase.class)
class PortfolioPostgresBenchmark extends PortfolioBenchmark {
}
