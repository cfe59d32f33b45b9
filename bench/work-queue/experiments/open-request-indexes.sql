-- Experiment (BENCH_EXTRA_SQL): the indexes proposed in docs/benchmarks.md, "What would fix it",
-- created on the benchmark's database only, to measure them before the application has them.
--   BENCH_EXTRA_SQL=bench/work-queue/experiments/open-request-indexes.sql BENCH_LABEL=open-indexes \
--       bench/work-queue/run.sh 1000000
CREATE INDEX ix_connection_request_open ON connection_request (submitted_at, id)
    WHERE state IN ('SUBMITTED', 'POST_CHECK', 'POST_REJECTED', 'IN_REVIEW', 'INFO_REQUESTED');
CREATE INDEX ix_connection_request_open_locality ON connection_request (site_locality_key, submitted_at, id)
    WHERE state IN ('SUBMITTED', 'POST_CHECK', 'POST_REJECTED', 'IN_REVIEW', 'INFO_REQUESTED');
ANALYZE connection_request;
