-- The work queue shows open requests by default. Open ones are a few among many decided ones and
-- the most recent, so "state IN (five states) ORDER BY submitted_at" walks most of the table at a
-- million requests. A flag kept by the application (no partial indexes on H2) lets one index
-- serve the default queue, its count and its locality filter.
ALTER TABLE connection_request ADD COLUMN in_queue BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE connection_request SET in_queue = TRUE
    WHERE state IN ('SUBMITTED', 'POST_CHECK', 'POST_REJECTED', 'IN_REVIEW', 'INFO_REQUESTED');
CREATE INDEX ix_connection_request_queue ON connection_request (in_queue, submitted_at, id);
CREATE INDEX ix_connection_request_queue_locality ON connection_request (in_queue, site_locality_key, submitted_at, id);
