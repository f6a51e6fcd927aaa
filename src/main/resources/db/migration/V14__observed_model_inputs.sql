-- Drift into money (PRODUCT.md §10.1, issue 24): what monitoring observed of a derived benefit line's model inputs in
-- a check-in's month. One row per check-in, line and input; fed = true when the Prometheus feed wrote it (it never
-- writes over a value a person gave that month). Runs unchanged on H2 2.x and PostgreSQL 14+.
create table tracking_observed (
    check_in_id    bigint           not null references tracking_check_in (id) on delete cascade,
    line_index     integer          not null,
    input_key      varchar(32)      not null,
    observed_value double precision not null,
    fed            boolean          not null,
    constraint uk_tracking_observed unique (check_in_id, line_index, input_key)
);
