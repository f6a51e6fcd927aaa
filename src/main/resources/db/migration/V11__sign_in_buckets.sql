-- The sign-in throttle's token buckets when instances share a PostgreSQL (security/SignInBuckets, Bucket4j's
-- PostgreSQL integration: one row per bucket, locked with SELECT ... FOR UPDATE). The id is a hash of the user name
-- and/or client address; state is Bucket4j's serialised bucket; expires_at (epoch ms) is when a full bucket may go.
-- On H2 the buckets live in memory and this table stays empty.
CREATE TABLE sign_in_bucket (
    id         BIGINT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX sign_in_bucket_expires_at ON sign_in_bucket (expires_at);
