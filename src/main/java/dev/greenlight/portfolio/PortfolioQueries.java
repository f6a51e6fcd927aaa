package dev.greenlight.portfolio;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.tracking.TrackingStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portfolio's read side: plain SQL over the score columns the assessment feature keeps on every save
 * (V1 migration: score, recommendation, ethics_level, eu_tier, npv, ...). Filtering, sorting and paging all
 * happen in the database, and the large JSON columns are never read. See docs/decisions/004.
 */
@Repository
class PortfolioQueries {

    private static final String COLUMNS = """
            id, title, team, owner, status, recommendation, score, value_score, confidence_score, readiness_score,
            ethics_score, currency, npv, risk_adjusted_npv, probability_npv_positive, residual_risk, build_cost,
            ethics_level, eu_tier, updated_at, tracking_status, variance, incremental_risk_adjusted_npv""";
    /** Tracked projects' figures (tracking module, V6) beside the assessment's own; no column name is in both tables. */
    private static final String FROM = " from assessment left join tracking_state on tracking_state.assessment_id = assessment.id ";
    private static final java.util.Set<AssessmentStatus> TRACKED_STATUSES = java.util.EnumSet.of(AssessmentStatus.APPROVED,
            AssessmentStatus.APPROVED_WITH_CONDITIONS, AssessmentStatus.STOPPED);
    private static final String TRACKED = "('APPROVED', 'APPROVED_WITH_CONDITIONS', 'STOPPED')";

    private final JdbcClient jdbc;

    PortfolioQueries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** A where clause and its named parameters. */
    private record Where(String sql, Map<String, Object> params) {
    }

    static String likePattern(String text) {
        var escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static Where where(PortfolioFilter f) {
        var sql = new StringBuilder("where status <> 'DRAFT'");
        var params = new HashMap<String, Object>();
        in(sql, params, "status", f.statuses());
        in(sql, params, "recommendation", f.recommendations());
        in(sql, params, "ethics_level", f.levels());
        in(sql, params, "eu_tier", f.tiers());
        if (!f.tracking().isEmpty()) {
            sql.append(" and (tracking_status in (:tracking)");
            if (f.tracking().contains(TrackingStatus.NO_DATA)) {
                sql.append(" or (tracking_status is null and status in ").append(TRACKED).append(")");
            }
            sql.append(")");
            params.put("tracking", f.tracking().stream().map(Enum::name).toList());
        }
        if (f.alternativeReturnsAsMuch()) {
            sql.append(" and incremental_risk_adjusted_npv <= 0"); // PRODUCT.md §6.2; null (none priced) is left out
        }
        if (!f.team().isEmpty()) {
            sql.append(" and team = :team");
            params.put("team", f.team());
        }
        if (!f.text().isEmpty()) {
            sql.append(" and (lower(title) like :text escape '\\' or lower(team) like :text escape '\\'"
                    + " or lower(owner) like :text escape '\\')");
            params.put("text", likePattern(f.text()));
        }
        return new Where(sql.toString(), params);
    }

    private static void in(StringBuilder sql, Map<String, Object> params, String column, Collection<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            sql.append(" and ").append(column).append(" in (:").append(column).append(")");
            params.put(column, values.stream().map(Enum::name).toList());
        }
    }

    private static String orderBy(List<PortfolioSort.Order> orders) {
        var keys = new ArrayList<String>();
        for (var o : orders.isEmpty() ? List.of(PortfolioSort.Order.RANKING) : orders) {
            keys.add(o.by().column + (o.descending() ? " desc nulls last" : " asc nulls last"));
        }
        keys.add("id asc");
        return " order by " + String.join(", ", keys);
    }

    List<PortfolioEntry> page(PortfolioFilter filter, List<PortfolioSort.Order> orders, int offset, int limit) {
        var w = where(filter);
        return jdbc.sql("select " + COLUMNS + FROM + w.sql() + orderBy(orders) + " limit :limit offset :offset")
                .params(w.params()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> entry(rs)).list();
    }

    /** Every entry of the filter in the given order, read as {@code reader} consumes them (not all held at once). */
    <R> R stream(PortfolioFilter filter, List<PortfolioSort.Order> orders, Function<Stream<PortfolioEntry>, R> reader) {
        var w = where(filter);
        try (var rows = jdbc.sql("select " + COLUMNS + FROM + w.sql() + orderBy(orders))
                .params(w.params()).withFetchSize(500).query((rs, n) -> entry(rs)).stream()) {
            return reader.apply(rows);
        }
    }

    long count(PortfolioFilter filter) {
        var w = where(filter);
        return jdbc.sql("select count(*)" + FROM + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Counts and sums per status, recommendation and currency; the service folds them into headline figures. */
    record Group(AssessmentStatus status, Recommendation recommendation, String currency, long count,
                 double riskAdjustedNpv, double buildCost, long tracked, double actualNetCash, double forecastNetCash) {
    }

    List<Group> groups(PortfolioFilter filter) {
        var w = where(filter);
        return jdbc.sql("""
                        select status, recommendation, currency, count(*) as n,
                               coalesce(sum(risk_adjusted_npv), 0) as ranpv, coalesce(sum(build_cost), 0) as cost,
                               count(tracking_status) as tracked, coalesce(sum(actual_net_cash), 0) as actual,
                               coalesce(sum(forecast_net_cash), 0) as forecast
                        %s %s
                        group by status, recommendation, currency""".formatted(FROM, w.sql()))
                .params(w.params())
                .query((rs, n) -> new Group(AssessmentStatus.valueOf(rs.getString("status")),
                        enumOrNull(Recommendation.class, rs.getString("recommendation")), rs.getString("currency"),
                        rs.getLong("n"), rs.getDouble("ranpv"), rs.getDouble("cost"), rs.getLong("tracked"),
                        rs.getDouble("actual"), rs.getDouble("forecast")))
                .list();
    }

    /** What a point on the value-vs-risk chart needs: its two coordinates and its colour. */
    private static final String CHARTABLE = " and residual_risk is not null and risk_adjusted_npv is not null and recommendation is not null";

    /** The {@code limit} highest-scored entries that can be placed on the value-vs-risk chart. */
    List<PortfolioEntry> chartable(PortfolioFilter filter, int limit) {
        var w = where(filter);
        return jdbc.sql("select " + COLUMNS + FROM + w.sql() + CHARTABLE + orderBy(List.of()) + " limit :limit")
                .params(w.params()).param("limit", limit)
                .query((rs, n) -> entry(rs)).list();
    }

    long countChartable(PortfolioFilter filter) {
        var w = where(filter);
        return jdbc.sql("select count(*)" + FROM + w.sql() + CHARTABLE)
                .params(w.params()).query(Long.class).single();
    }

    /**
     * What may be funded in {@code currency}: scored, not NO_GO, not rejected, stopped or archived, with a build cost and
     * a positive risk-adjusted NPV (a project that loses value never belongs in the best set).
     */
    List<PortfolioEntry> fundable(PortfolioFilter filter, String currency) {
        var w = where(filter);
        return jdbc.sql("select " + COLUMNS + FROM + w.sql()
                        + " and recommendation is not null and recommendation <> 'NO_GO'"
                        + " and status not in ('REJECTED', 'STOPPED', 'ARCHIVED')"
                        + " and build_cost is not null and risk_adjusted_npv > 0 and currency = :currency" + orderBy(List.of()))
                .params(w.params()).param("currency", currency)
                .query((rs, n) -> entry(rs)).list();
    }

    /** At most this many obligations falling due are listed; approved projects carry a few dozen each at most. */
    static final int DUE_MAX = 2_000;

    /**
     * The EU AI Act obligations of approved projects that start to apply after {@code after} and on or before
     * {@code until}, soonest first (V8 migration's table, kept with every score).
     */
    List<ObligationDue> fallingDue(java.time.LocalDate after, java.time.LocalDate until) {
        return jdbc.sql("""
                        select a.id, a.title, a.team, a.status, o.article, o.title as obligation, o.applies_to, o.applies_from
                        from assessment a join assessment_obligation o on o.assessment_id = a.id
                        where a.status in ('APPROVED', 'APPROVED_WITH_CONDITIONS')
                          and o.applies_from > :after and o.applies_from <= :until
                        order by o.applies_from, a.title, a.id, o.seq
                        limit :limit""")
                .param("after", after).param("until", until).param("limit", DUE_MAX)
                .query((rs, n) -> new ObligationDue(rs.getLong("id"), rs.getString("title"), rs.getString("team"),
                        AssessmentStatus.valueOf(rs.getString("status")), rs.getString("article"),
                        rs.getString("obligation"), rs.getString("applies_to"),
                        rs.getObject("applies_from", java.time.LocalDate.class)))
                .list();
    }

    List<String> teams() {
        return jdbc.sql("select distinct team from assessment where status <> 'DRAFT' and team is not null order by team")
                .query(String.class).list();
    }

    private static PortfolioEntry entry(ResultSet rs) throws SQLException {
        var updated = rs.getObject("updated_at", OffsetDateTime.class);
        return new PortfolioEntry(rs.getLong("id"), rs.getString("title"), rs.getString("team"), rs.getString("owner"),
                AssessmentStatus.valueOf(rs.getString("status")),
                enumOrNull(Recommendation.class, rs.getString("recommendation")),
                number(rs, "score"), number(rs, "value_score"), number(rs, "confidence_score"),
                number(rs, "readiness_score"), number(rs, "ethics_score"), rs.getString("currency"),
                number(rs, "npv"), number(rs, "risk_adjusted_npv"), number(rs, "probability_npv_positive"),
                number(rs, "residual_risk"), number(rs, "build_cost"),
                enumOrNull(EthicsLevel.class, rs.getString("ethics_level")),
                enumOrNull(EuAiActTier.class, rs.getString("eu_tier")),
                updated == null ? null : updated.toInstant(), trackingStatus(rs), number(rs, "variance"),
                number(rs, "incremental_risk_adjusted_npv"));
    }

    /** An approved (or since stopped) project that never reported is NO_DATA; anything else untracked has none. */
    private static TrackingStatus trackingStatus(ResultSet rs) throws SQLException {
        var stored = rs.getString("tracking_status");
        if (stored != null) {
            return TrackingStatus.valueOf(stored);
        }
        var status = rs.getString("status");
        return TRACKED_STATUSES.contains(AssessmentStatus.valueOf(status)) ? TrackingStatus.NO_DATA : null;
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
