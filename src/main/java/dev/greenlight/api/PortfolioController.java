package dev.greenlight.api;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.brief.BriefService;
import dev.greenlight.portfolio.BudgetFrontier;
import dev.greenlight.portfolio.Headline;
import dev.greenlight.portfolio.InvalidPortfolioRequestException;
import dev.greenlight.portfolio.PortfolioEntry;
import dev.greenlight.portfolio.PortfolioFilter;
import dev.greenlight.portfolio.PortfolioService;
import dev.greenlight.portfolio.PortfolioSort;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.tracking.TrackingStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio for product managers, leadership and admins: ranked list, headline figures, budget frontier, workbook. */
@RestController
@Tag(name = "Portfolio", description = "Every non-draft assessment ranked by score (product managers, leadership, admins)")
class PortfolioController {

    private final PortfolioService portfolio;

    PortfolioController(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    /** The filter as query parameters: repeat a parameter for several values ({@code status=APPROVED&status=SUBMITTED}). */
    record FilterParams(Set<AssessmentStatus> status, Set<Recommendation> recommendation, Set<EthicsLevel> level,
                        Set<EuAiActTier> tier, String team, String q, Set<TrackingStatus> tracking,
                        Boolean alternativeReturnsAsMuch) {

        PortfolioFilter toFilter() {
            return new PortfolioFilter(status, recommendation, level, tier, team, q, tracking,
                    Boolean.TRUE.equals(alternativeReturnsAsMuch));
        }
    }

    record PortfolioPage(List<PortfolioEntry> content, long totalElements, int page, int size, Headline headline) {
    }

    record Frontier(String currency, double budget, double totalCost, double totalRiskAdjustedNpv, long resolution,
                    boolean exact, List<PortfolioEntry> projects) {
    }

    @GetMapping("/api/v1/portfolio")
    @Operation(summary = "The filtered portfolio, ranked by score (or sorted by `sort`), with its headline figures")
    PortfolioPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                       @ParameterObject FilterParams filter,
                       @RequestParam(required = false) PortfolioSort sort,
                       @RequestParam(defaultValue = "true") boolean descending) {
        if (page < 0) {
            throw new InvalidPortfolioRequestException("page", "must be 0 or more, was " + page);
        }
        if (size < 1 || size > PortfolioService.PAGE_MAX) {
            throw new InvalidPortfolioRequestException("size", "must be between 1 and " + PortfolioService.PAGE_MAX + ", was " + size);
        }
        var orders = sort == null ? List.<PortfolioSort.Order>of() : List.of(new PortfolioSort.Order(sort, descending));
        var headline = portfolio.headline(filter.toFilter());
        return new PortfolioPage(portfolio.page(filter.toFilter(), orders, Math.multiplyExact(page, size), size), headline.count(), page, size,
                headline);
    }

    @GetMapping("/api/v1/portfolio/frontier")
    @Operation(summary = "The projects that give the most risk-adjusted NPV for a build budget (not NO_GO, not rejected)")
    Frontier frontier(@RequestParam double budget, @RequestParam(required = false) String currency, @ParameterObject FilterParams filter) {
        var chosenCurrency = portfolio.budgetCurrency(filter.toFilter(), currency);
        var s = portfolio.frontier(filter.toFilter(), budget, chosenCurrency);
        return new Frontier(chosenCurrency, s.budget(), s.totalCost(), s.totalValue(), s.resolution(), s.exact(),
                s.chosen().stream().map(BudgetFrontier.Item::ref).toList());
    }

    @GetMapping("/api/v1/portfolio/obligations-due")
    @Operation(summary = "EU AI Act obligations of approved projects that start to apply in the next 12 months, soonest first")
    List<dev.greenlight.portfolio.ObligationDue> obligationsDue() {
        return portfolio.obligationsFallingDue();
    }

    @GetMapping(path = "/api/v1/portfolio.xlsx", produces = BriefService.CONTENT_TYPE)
    @Operation(summary = "The filtered portfolio as an Excel workbook, ranked by score, with a value-vs-risk chart")
    ResponseEntity<byte[]> workbook(@ParameterObject FilterParams filter) {
        var bytes = portfolio.workbook(filter.toFilter());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(BriefService.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(portfolio.fileName()).build().toString())
                .body(bytes);
    }
}
