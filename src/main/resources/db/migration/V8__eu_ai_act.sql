-- EU AI Act screening v2 (PRODUCT.md §6.3, issue 14). Runs unchanged on H2 2.x and PostgreSQL 14+.
-- The obligations of each assessment's latest score with the date each applies from, kept beside the score
-- columns on every save so the portfolio can ask in SQL which approved projects have duties falling due
-- (decision 005); and the review date of the rules file that score used, so a re-score finds the scores made
-- with an older file.
create table assessment_obligation (
    assessment_id bigint       not null references assessment (id) on delete cascade,
    seq           integer      not null,
    article       varchar(64)  not null,
    title         varchar(400) not null,
    applies_to    varchar(16)  not null,
    applies_from  date         not null,
    primary key (assessment_id, seq)
);

create index ix_assessment_obligation_from on assessment_obligation (applies_from);

alter table assessment add column eu_rules_reviewed date;
