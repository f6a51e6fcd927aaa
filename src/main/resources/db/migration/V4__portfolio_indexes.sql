-- The portfolio's headline figures group every non-draft by status, recommendation and currency and sum two
-- money columns; with all five in one index the database reads the index, not the wide rows (JSON documents).
create index ix_assessment_portfolio on assessment (status, recommendation, currency, risk_adjusted_npv, build_cost);
-- The team filter's choices.
create index ix_assessment_status_team on assessment (status, team);
-- The default ranking (score high to low, unscored last, then id): read in index order, stop after one page.
create index ix_assessment_ranking on assessment (score desc nulls last, id);
