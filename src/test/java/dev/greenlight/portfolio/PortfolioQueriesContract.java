package dev.greenlight.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portfolio queries on 100,000 generated assessments, run once on H2 and once on PostgreSQL by the
 * subclasses. Every answer is checked against the same computation done in Java on the generated rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortfolioQueriesContract {

    static final int ROWS = 100_000;

    @Autowired
    PortfolioQueries queries;
    @Autowired
    DataSource dataSource;

    List<PortfolioRows.Row> rows;

    @BeforeAll
    void fill() {
        new JdbcTemplate(dataSource).update("insert into app_user (username, display_name, password_hash, enabled, created_at) "
                + "values ('gen', 'Generated', 'x', true, current_timestamp)");
        var generated = new ArrayList<>(PortfolioRows.generate(ROWS - 3, 42, "gen"));
        var when = Instant.parse("2026-06-01T00:00:00Z");
        generated.add(new PortfolioRows.Row(0, "100% sure", "Edge", "gen", AssessmentStatus.SUBMITTED, Recommendation.GO, 50.0, "EUR",
                1.0, 1.0, 0.5, 1.0, 1.0, EthicsLevel.I, EuAiActTier.MINIMAL, when));
        generated.add(new PortfolioRows.Row(0, "snake_case model", "Edge", "gen", AssessmentStatus.SUBMITTED, Recommendation.GO, 50.0, "EUR",
                1.0, 1.0, 0.5, 1.0, 1.0, EthicsLevel.I, EuAiActTier.MINIMAL, when));
        generated.add(new PortfolioRows.Row(0, "Unscored import", "Edge", "gen", AssessmentStatus.SUBMITTED, null, null, null,
                null, null, null, null, null, null, null, when));
        rows = PortfolioRows.insert(dataSource, generated);
    }

    private List<PortfolioRows.Row> expected(Predicate<PortfolioRows.Row> filter) {
        return rows.stream().filter(r -> r.status() != AssessmentStatus.DRAFT).filter(filter).toList();
    }

    /** The default ranking: score high to low, unscored last, then id. */
    private static final Comparator<PortfolioRows.Row> RANKING = Comparator
            .comparing(PortfolioRows.Row::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PortfolioRows.Row::id);

    @Test
    void counts_every_non_draft_and_never_a_draft() {
        assertThat(queries.count(PortfolioFilter.all())).isEqualTo(expected(r -> true).size()).isLessThan(ROWS);
    }

    @Test
    void the_first_page_is_ranked_by_score_with_unscored_last() {
        var page = queries.page(PortfolioFilter.all(), List.of(), 0, 50);
        var want = expected(r -> true).stream().sorted(RANKING).limit(50).map(PortfolioRows.Row::id).toList();
        assertThat(page).extracting(PortfolioEntry::id).containsExactlyElementsOf(want);
        var last = queries.page(PortfolioFilter.all(), List.of(), (int) queries.count(PortfolioFilter.all()) - 1, 50);
        assertThat(last).singleElement().extracting(PortfolioEntry::title).isEqualTo("Unscored import");
    }

    @Test
    void a_deep_page_sorted_by_risk_adjusted_npv_ascending() {
        var orders = List.of(new PortfolioSort.Order(PortfolioSort.RISK_ADJUSTED_NPV, false));
        var page = queries.page(PortfolioFilter.all(), orders, 40_000, 25);
        var want = expected(r -> true).stream()
                .sorted(Comparator.comparing(PortfolioRows.Row::riskAdjustedNpv, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PortfolioRows.Row::id))
                .skip(40_000).limit(25).map(PortfolioRows.Row::id).toList();
        assertThat(page).extracting(PortfolioEntry::id).containsExactlyElementsOf(want);
    }

    @Test
    void every_filter_narrows_in_the_database() {
        var filter = new PortfolioFilter(Set.of(AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED), Set.of(Recommendation.GO),
                Set.of(EthicsLevel.I, EthicsLevel.II), Set.of(EuAiActTier.MINIMAL, EuAiActTier.LIMITED), "Payments", "project 1");
        var want = expected(r -> Set.of(AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED).contains(r.status())
                && r.recommendation() == Recommendation.GO && Set.of(EthicsLevel.I, EthicsLevel.II).contains(r.level())
                && Set.of(EuAiActTier.MINIMAL, EuAiActTier.LIMITED).contains(r.tier()) && "Payments".equals(r.team())
                && r.title().toLowerCase().contains("project 1"));
        assertThat(want).isNotEmpty();
        assertThat(queries.count(filter)).isEqualTo(want.size());
        assertThat(queries.page(filter, List.of(), 0, 500)).extracting(PortfolioEntry::id)
                .containsExactlyElementsOf(want.stream().sorted(RANKING).map(PortfolioRows.Row::id).toList());
    }

    @Test
    void the_tier_filter_knows_out_of_scope() {
        var want = expected(r -> r.tier() == EuAiActTier.OUT_OF_SCOPE);
        assertThat(want).isNotEmpty();
        assertThat(queries.count(new PortfolioFilter(null, null, null, Set.of(EuAiActTier.OUT_OF_SCOPE), null, null)))
                .isEqualTo(want.size());
    }

    @Test
    void obligations_falling_due_are_those_of_approved_projects_inside_the_window_soonest_first() {
        var approved = rows.stream().filter(r -> r.status() == AssessmentStatus.APPROVED).findFirst().orElseThrow();
        var conditional = rows.stream().filter(r -> r.status() == AssessmentStatus.APPROVED_WITH_CONDITIONS).findFirst().orElseThrow();
        var submitted = rows.stream().filter(r -> r.status() == AssessmentStatus.SUBMITTED).findFirst().orElseThrow();
        var jdbc = new JdbcTemplate(dataSource);
        String insert = "insert into assessment_obligation (assessment_id, seq, article, title, applies_to, applies_from) "
                + "values (?, ?, ?, ?, ?, ?)";
        jdbc.update(insert, approved.id(), 0, "Art. 4", "AI literacy", "ANY", java.sql.Date.valueOf("2025-02-02"));
        jdbc.update(insert, approved.id(), 1, "Art. 9", "Risk management system", "PROVIDER", java.sql.Date.valueOf("2027-12-02"));
        jdbc.update(insert, conditional.id(), 0, "Art. 50(1)", "Tell people", "PROVIDER", java.sql.Date.valueOf("2026-12-02"));
        jdbc.update(insert, submitted.id(), 0, "Art. 26", "Deployer duties", "DEPLOYER", java.sql.Date.valueOf("2027-01-01"));
        try {
            var due = queries.fallingDue(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2027, 12, 1));
            assertThat(due).extracting(ObligationDue::assessmentId, ObligationDue::article, ObligationDue::appliesFrom)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(conditional.id(), "Art. 50(1)",
                            java.time.LocalDate.of(2026, 12, 2)));
            assertThat(queries.fallingDue(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2027, 12, 2)))
                    .extracting(ObligationDue::article).containsExactly("Art. 50(1)", "Art. 9");
        } finally {
            jdbc.update("delete from assessment_obligation");
        }
    }

    @Test
    void the_non_ai_alternative_filter_and_sort_run_in_the_database() {
        // every third scored row gets a priced alternative that wins where its risk-adjusted NPV is under 1M
        new JdbcTemplate(dataSource).update("update assessment set incremental_risk_adjusted_npv = risk_adjusted_npv - 1000000"
                + " where mod(id, 3) = 0 and risk_adjusted_npv is not null");
        var filter = new PortfolioFilter(null, null, null, null, null, null, true);
        var want = expected(r -> r.id() % 3 == 0 && r.riskAdjustedNpv() != null && r.riskAdjustedNpv() - 1_000_000 <= 0);
        assertThat(want).isNotEmpty();
        assertThat(queries.count(filter)).isEqualTo(want.size());
        var page = queries.page(filter, List.of(new PortfolioSort.Order(PortfolioSort.INCREMENTAL_RISK_ADJUSTED_NPV, false)),
                0, 20);
        assertThat(page).extracting(PortfolioEntry::id).containsExactlyElementsOf(want.stream()
                .sorted(Comparator.comparing((PortfolioRows.Row r) -> r.riskAdjustedNpv()).thenComparing(PortfolioRows.Row::id))
                .limit(20).map(PortfolioRows.Row::id).toList());
        assertThat(page).allSatisfy(e -> {
            assertThat(e.alternativeReturnsAsMuch()).isTrue();
            assertThat(e.incrementalRiskAdjustedNpv()).isCloseTo(e.riskAdjustedNpv() - 1_000_000, offset(1e-6));
        });
        assertThat(filter.describe()).isEqualTo("non-AI alternative returns as much or more");
    }

    @Test
    void search_treats_wildcards_as_plain_characters() {
        assertThat(queries.page(new PortfolioFilter(null, null, null, null, null, "%"), List.of(), 0, 10))
                .extracting(PortfolioEntry::title).containsExactly("100% sure");
        assertThat(queries.page(new PortfolioFilter(null, null, null, null, null, "_"), List.of(), 0, 10))
                .extracting(PortfolioEntry::title).containsExactly("snake_case model");
        assertThat(queries.count(new PortfolioFilter(null, null, null, null, null, "GEN"))).as("owner matches, any case")
                .isEqualTo(expected(r -> true).size());
    }

    @Test
    void headline_groups_add_up() {
        var groups = queries.groups(PortfolioFilter.all());
        assertThat(groups.stream().mapToLong(PortfolioQueries.Group::count).sum()).isEqualTo(expected(r -> true).size());
        long go = groups.stream().filter(g -> g.recommendation() == Recommendation.GO).mapToLong(PortfolioQueries.Group::count).sum();
        assertThat(go).isEqualTo(expected(r -> r.recommendation() == Recommendation.GO).size());
        double approvedEur = groups.stream()
                .filter(g -> "EUR".equals(g.currency()) && g.status() == AssessmentStatus.APPROVED)
                .mapToDouble(PortfolioQueries.Group::riskAdjustedNpv).sum();
        double want = expected(r -> "EUR".equals(r.currency()) && r.status() == AssessmentStatus.APPROVED)
                .stream().mapToDouble(PortfolioRows.Row::riskAdjustedNpv).sum();
        assertThat(approvedEur).isCloseTo(want, offset(Math.abs(want) * 1e-9));
    }

    @Test
    void the_chart_takes_the_highest_scored_points() {
        var points = queries.chartable(PortfolioFilter.all(), 500);
        var chartable = expected(r -> r.residualRisk() != null && r.riskAdjustedNpv() != null);
        assertThat(points).extracting(PortfolioEntry::id)
                .containsExactlyElementsOf(chartable.stream().sorted(RANKING).limit(500).map(PortfolioRows.Row::id).toList());
        assertThat(queries.countChartable(PortfolioFilter.all())).isEqualTo(chartable.size());
    }

    @Test
    void only_fundable_projects_reach_the_budget_frontier() {
        var filter = new PortfolioFilter(null, null, null, null, "Logistics", null);
        var fundable = queries.fundable(filter, "USD");
        var want = expected(r -> "Logistics".equals(r.team()) && "USD".equals(r.currency())
                && r.recommendation() != Recommendation.NO_GO
                && r.status() != AssessmentStatus.REJECTED && r.status() != AssessmentStatus.STOPPED && r.status() != AssessmentStatus.ARCHIVED
                && r.riskAdjustedNpv() > 0);
        assertThat(fundable).extracting(PortfolioEntry::id).containsExactlyInAnyOrderElementsOf(want.stream().map(PortfolioRows.Row::id).toList());
    }

    @Test
    void streams_the_whole_filtered_set_in_ranking_order() {
        var filter = new PortfolioFilter(Set.of(AssessmentStatus.APPROVED_WITH_CONDITIONS), null, null, null, null, null);
        var ids = queries.stream(filter, List.of(), s -> s.map(PortfolioEntry::id).toList());
        assertThat(ids).containsExactlyElementsOf(expected(r -> r.status() == AssessmentStatus.APPROVED_WITH_CONDITIONS)
                .stream().sorted(RANKING).map(PortfolioRows.Row::id).toList());
    }

    @Test
    void lists_teams_and_currencies() {
        assertThat(queries.teams()).containsAll(PortfolioRows.TEAMS).contains("Edge");
        var currencies = queries.groups(PortfolioFilter.all()).stream().map(PortfolioQueries.Group::currency).distinct().toList();
        assertThat(currencies).containsExactlyInAnyOrder("EUR", "USD", null);
    }
}
