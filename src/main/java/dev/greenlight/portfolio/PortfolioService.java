package dev.greenlight.portfolio;

import dev.greenlight.assessment.AssessmentStatus;
import org.springframework.context.ApplicationEventPublisher;
import dev.greenlight.brief.PortfolioRow;
import dev.greenlight.brief.PortfolioWorkbook;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio for the people who fund projects: product managers, leadership and admins. Engineers see
 * the assessments themselves, not the ranking of everyone's work.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME})
public class PortfolioService {

    /** Points drawn on the value-vs-risk chart at most: the highest-scored of the filtered set. */
    public static final int CHART_LIMIT = 500;
    public static final int PAGE_MAX = 500;

    /** The chart's points and how many the filter matched. */
    public record ChartData(List<PortfolioEntry> points, long total) {
    }

    private final PortfolioQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserDirectory names;

    PortfolioService(PortfolioQueries queries, ApplicationEventPublisher events, Clock clock, UserDirectory names) {
        this.queries = queries;
        this.events = events;
        this.clock = clock;
        this.names = names;
    }

    /** How far ahead "falling due" looks (PRODUCT.md §6.3, issue 14). */
    public static final int DUE_WITHIN_MONTHS = 12;

    /**
     * The EU AI Act obligations of approved projects that start to apply within the next
     * {@link #DUE_WITHIN_MONTHS} months (from tomorrow, UTC), soonest first: what the organisation must have in
     * place soon for what it already approved.
     */
    public List<ObligationDue> obligationsFallingDue() {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return queries.fallingDue(today, today.plusMonths(DUE_WITHIN_MONTHS));
    }

    /** The download name of a portfolio workbook written today (UTC). */
    public String fileName() {
        return "greenlight-portfolio-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".xlsx";
    }

    public List<PortfolioEntry> page(PortfolioFilter filter, List<PortfolioSort.Order> orders, int offset, int limit) {
        if (offset < 0) {
            throw new InvalidPortfolioRequestException("offset", "must be zero or more");
        }
        if (limit < 1 || limit > PAGE_MAX) {
            throw new InvalidPortfolioRequestException("limit", "must be between 1 and " + PAGE_MAX);
        }
        return queries.page(filter, orders, offset, limit);
    }

    public long count(PortfolioFilter filter) {
        return queries.count(filter);
    }

    public Headline headline(PortfolioFilter filter) {
        long count = 0;
        long conditions = 0;
        var byRecommendation = new EnumMap<Recommendation, Long>(Recommendation.class);
        var byStatus = new EnumMap<AssessmentStatus, Long>(AssessmentStatus.class);
        var approved = new TreeMap<String, Double>();
        var cost = new TreeMap<String, Double>();
        var perCurrency = new TreeMap<String, Long>();
        long tracked = 0;
        var actual = new TreeMap<String, Double>();
        var forecast = new TreeMap<String, Double>();
        for (var g : queries.groups(filter)) {
            count += g.count();
            byStatus.merge(g.status(), g.count(), Long::sum);
            if (g.recommendation() != null) {
                byRecommendation.merge(g.recommendation(), g.count(), Long::sum);
            }
            if (g.recommendation() == Recommendation.GO_WITH_CONDITIONS || g.status() == AssessmentStatus.APPROVED_WITH_CONDITIONS) {
                conditions += g.count();
            }
            var currency = g.currency() == null ? "—" : g.currency();
            if (g.status() == AssessmentStatus.APPROVED || g.status() == AssessmentStatus.APPROVED_WITH_CONDITIONS) {
                approved.merge(currency, g.riskAdjustedNpv(), Double::sum);
            }
            cost.merge(currency, g.buildCost(), Double::sum);
            if (g.tracked() > 0) {
                tracked += g.tracked();
                actual.merge(currency, g.actualNetCash(), Double::sum);
                forecast.merge(currency, g.forecastNetCash(), Double::sum);
            }
            if (g.currency() != null) {
                perCurrency.merge(g.currency(), g.count(), Long::sum);
            }
        }
        return new Headline(count, Map.copyOf(byRecommendation), Map.copyOf(byStatus), sorted(approved), sorted(cost), conditions,
                perCurrency.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList(),
                tracked, sorted(actual), sorted(forecast));
    }

    private static Map<String, Double> sorted(TreeMap<String, Double> map) {
        return Collections.unmodifiableMap(map);
    }

    public ChartData chart(PortfolioFilter filter) {
        return new ChartData(queries.chartable(filter, CHART_LIMIT), queries.countChartable(filter));
    }

    public List<String> teams() {
        return queries.teams();
    }

    /** The currency a budget is in: the one asked for, else the most common one of the filtered set. */
    public String budgetCurrency(PortfolioFilter filter, String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip();
        }
        return headline(filter).currencies().stream().findFirst()
                .orElseThrow(() -> new InvalidPortfolioRequestException("currency", "no project in the filtered portfolio has a currency"));
    }

    /** The projects of the filtered set that give the most risk-adjusted NPV for a build budget in {@code currency}. */
    public BudgetFrontier.Selection<PortfolioEntry> frontier(PortfolioFilter filter, double budget, String currency) {
        if (currency == null || currency.isBlank()) {
            throw new InvalidPortfolioRequestException("currency", "choose the currency of the budget");
        }
        var items = new ArrayList<BudgetFrontier.Item<PortfolioEntry>>();
        for (var e : queries.fundable(filter, currency)) {
            items.add(new BudgetFrontier.Item<>(e, e.buildCost(), e.riskAdjustedNpv()));
        }
        return BudgetFrontier.choose(items, budget);
    }

    /** The filtered portfolio as the portfolio workbook, ranked by score; the export is audited. */
    @Transactional
    public byte[] workbook(PortfolioFilter filter) {
        var written = new long[1];
        var owner = names.names();
        var bytes = queries.stream(filter, List.of(), rows -> write(() -> rows.map(e -> e.toRow(owner)).peek(r -> written[0]++).iterator()));
        events.publishEvent(new PortfolioExported(fileName(), written[0], filter.describe(), null));
        return bytes;
    }

    /** The projects of a budget frontier as a portfolio workbook; the export is audited. */
    @Transactional
    public byte[] workbook(BudgetFrontier.Selection<PortfolioEntry> selection) {
        var owner = names.names();
        var bytes = write(selection.chosen().stream().map(i -> i.ref().toRow(owner)).toList());
        events.publishEvent(new PortfolioExported(fileName(), selection.chosen().size(), null, selection.budget()));
        return bytes;
    }

    private static byte[] write(Iterable<PortfolioRow> rows) {
        var out = new ByteArrayOutputStream(64 * 1024);
        new PortfolioWorkbook().write(rows, out);
        return out.toByteArray();
    }
}
