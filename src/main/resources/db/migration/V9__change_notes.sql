-- Usability pass (issue 16): a resubmission says what changed, for the reviewer. Runs on H2 2.x and PostgreSQL 14+.
alter table assessment_version add column change_note varchar(4000);
