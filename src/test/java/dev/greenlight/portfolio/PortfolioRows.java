package dev.greenlight.portfolio;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Portfolio rows written straight into the assessment table's summary columns, so tests and benchmarks can
 * hold 100,000 assessments without scoring each one. The owner must exist in app_user.
 */
public final class PortfolioRows {

    public static final List<String> TEAMS = List.of("Payments", "Logistics", "Talent", "Customer care", "Risk",
            "Marketing", "Finance", "Operations", "Legal", "Data platform");

    /** What a row holds; {@code id} is filled in after insertion. */
    public record Row(long id, String title, String team, String owner, AssessmentStatus status, Recommendation recommendation,
                      Double score, String currency, Double npv, Double riskAdjustedNpv, Double probability,
                      Double residualRisk, Double buildCost, EthicsLevel level, EuAiActTier tier, Instant updated) {

        Row withId(long newId) {
            return new Row(newId, title, team, owner, status, recommendation, score, currency, npv, riskAdjustedNpv, probability,
                    residualRisk, buildCost, level, tier, updated);
        }
    }

    private PortfolioRows() {
    }

    /** {@code n} varied rows: every status (a tenth are drafts), recommendation, level, tier, ten teams, two currencies. */
    public static List<Row> generate(int n, long seed, String owner) {
        var random = new SplittableRandom(seed);
        var statuses = AssessmentStatus.values();
        var rows = new ArrayList<Row>(n);
        var base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            var status = i % 10 == 0 ? AssessmentStatus.DRAFT : statuses[1 + random.nextInt(statuses.length - 1)];
            var rec = Recommendation.values()[random.nextInt(4)];
            double score = Math.round(random.nextDouble(0, 100) * 100) / 100.0;
            double npv = random.nextDouble(-2e6, 5e6);
            double residual = Math.round(random.nextDouble(0, 33) * 10) / 10.0;
            var level = EthicsLevel.values()[Math.min(3, (int) (residual / 33 * 4))];
            rows.add(new Row(0, "Project " + i, TEAMS.get(random.nextInt(TEAMS.size())), owner, status, rec, score,
                    random.nextInt(5) == 0 ? "USD" : "EUR", npv, npv * random.nextDouble(0.5, 1.0), random.nextDouble(),
                    residual, (double) (10_000 * (1 + random.nextInt(100))), level, EuAiActTier.values()[random.nextInt(EuAiActTier.values().length)],
                    base.plusSeconds(60L * i)));
        }
        return rows;
    }

    /** Inserts the rows in batches and returns them with their ids. */
    public static List<Row> insert(DataSource dataSource, List<Row> rows) {
        var jdbc = new JdbcTemplate(dataSource);
        var sql = """
                insert into assessment (title, team, owner, status, document, created_at, updated_at, version, model_version,
                  score, recommendation, ethics_level, eu_tier, value_score, confidence_score, readiness_score, ethics_score,
                  npv, risk_adjusted_npv, probability_npv_positive, build_cost, residual_risk, currency)
                values (?, ?, ?, ?, '{}', ?, ?, 0, 'v1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        for (int from = 0; from < rows.size(); from += 2_000) {
            var batch = rows.subList(from, Math.min(rows.size(), from + 2_000));
            jdbc.batchUpdate(sql, batch, batch.size(), (ps, r) -> {
                var updated = Timestamp.from(r.updated());
                ps.setString(1, r.title());
                ps.setString(2, r.team());
                ps.setString(3, r.owner());
                ps.setString(4, r.status().name());
                ps.setTimestamp(5, updated);
                ps.setTimestamp(6, updated);
                ps.setObject(7, r.score());
                ps.setString(8, r.recommendation() == null ? null : r.recommendation().name());
                ps.setString(9, r.level() == null ? null : r.level().name());
                ps.setString(10, r.tier() == null ? null : r.tier().name());
                ps.setObject(11, r.score());
                ps.setObject(12, r.score());
                ps.setObject(13, r.score());
                ps.setObject(14, r.score());
                ps.setObject(15, r.npv());
                ps.setObject(16, r.riskAdjustedNpv());
                ps.setObject(17, r.probability());
                ps.setObject(18, r.buildCost());
                ps.setObject(19, r.residualRisk());
                ps.setString(20, r.currency());
            });
        }
        var titles = rows.stream().map(Row::title).collect(java.util.stream.Collectors.toSet());
        var idByTitle = new java.util.HashMap<String, Long>();
        jdbc.query("select id, title from assessment", rs -> {
            if (titles.contains(rs.getString(2))) {
                idByTitle.put(rs.getString(2), rs.getLong(1));
            }
        });
        var withIds = new ArrayList<Row>(rows.size());
        for (var r : rows) {
            withIds.add(r.withId(idByTitle.get(r.title())));
        }
        return withIds;
    }
}
