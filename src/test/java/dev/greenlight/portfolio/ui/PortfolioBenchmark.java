package dev.greenlight.portfolio.ui;

import com.vaadin.flow.component.grid.Grid;
import dev.greenlight.ViewTestCase;
import dev.greenlight.portfolio.PortfolioFilter;
import dev.greenlight.portfolio.PortfolioRows;
import dev.greenlight.portfolio.PortfolioService;
import dev.greenlight.scoring.Recommendation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A harness, not a test (Surefire's default includes skip it): the portfolio with 100,000 assessments in the
 * embedded H2. Run with {@code ./mvnw test -Dtest=PortfolioBenchmark}, or
 * {@code ./mvnw test -Dtest=PortfolioPostgresBenchmark} for PostgreSQL; it prints medians and asserts nothing
 * about time. Between runs it writes one row, so H2's result cache never answers. Budgets (issue 7): first page of the grid ≤ 300 ms, chart ≤ 500 ms.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:portfolio-bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0")
@WithMockUser(username = "lead", roles = "LEADERSHIP")
class PortfolioBenchmark extends ViewTestCase {

    @Autowired
    PortfolioService portfolio;
    @Autowired
    DataSource dataSource;

    @Test
    void measure_first_page_and_chart_with_100k_assessments() {
        long t0 = System.nanoTime();
        PortfolioRows.insert(dataSource, PortfolioRows.generate(100_000, 1, "engineer"));
        System.out.printf("inserted 100,000 rows in %.1f s; portfolio holds %d non-drafts%n",
                (System.nanoTime() - t0) / 1e9, portfolio.count(PortfolioFilter.all()));
        var all = PortfolioFilter.all();
        var filtered = new PortfolioFilter(null, Set.of(Recommendation.GO, Recommendation.GO_WITH_CONDITIONS), null, null,
                "Payments", null);
        var search = new PortfolioFilter(null, null, null, null, null, "project 12");
        report("first page (50 rows + count), no filter", () -> portfolio.page(all, List.of(), 0, 50).size() + portfolio.count(all));
        report("first page (50 rows + count), team + recommendation", () -> portfolio.page(filtered, List.of(), 0, 50).size()
                + portfolio.count(filtered));
        report("first page (50 rows + count), text search", () -> portfolio.page(search, List.of(), 0, 50).size() + portfolio.count(search));
        report("headline figures, no filter", () -> portfolio.headline(all).count());
        report("chart: query + SVG, no filter", () -> ValueRiskChart.draw(portfolio.chart(all).points(), "EUR").getElement().toString().length());
        report("chart: query + SVG, team + recommendation", () -> ValueRiskChart.draw(portfolio.chart(filtered).points(), "EUR")
                .getElement().toString().length());
        report("budget frontier 50,000,000 EUR, no filter", () -> portfolio.frontier(all, 50_000_000, "EUR").chosen().size());
        report("whole view: open + first grid page", () -> {
            navigate(PortfolioView.class);
            return test($(Grid.class).id("portfolio-grid")).size();
        });
    }

    private void report(String what, Supplier<Object> action) {
        var jdbc = new JdbcTemplate(dataSource);
        for (int i = 0; i < 5; i++) {
            action.get();
        }
        int runs = 20;
        var times = new double[runs];
        for (int i = 0; i < runs; i++) {
            // A write between runs: H2 answers a repeated query from its result cache until the data changes.
            jdbc.update("update app_user set display_name = display_name where username = 'lead'");
            long start = System.nanoTime();
            action.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("%-55s median %7.1f ms   p90 %7.1f ms   max %7.1f ms%n", what, times[runs / 2], times[(int) (runs * 0.9)], times[runs - 1]);
    }
}
