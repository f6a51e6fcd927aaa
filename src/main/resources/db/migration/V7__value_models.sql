-- Issue 13: the priced non-AI alternative (PRODUCT.md §6.2). The AI option's risk-adjusted NPV less the
-- alternative's, stored with every score so the portfolio can filter and sort on it in the database; null when no
-- alternative was priced (and for scores made before method 2, until they are re-scored).
alter table assessment add column incremental_risk_adjusted_npv double precision;

create index ix_assessment_incremental_npv on assessment (incremental_risk_adjusted_npv);
