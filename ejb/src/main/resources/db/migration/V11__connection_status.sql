-- An approved request is the client's connection to the CIN: active, suspended by a supervisor
-- (e.g. for lasting non-compliance) or ended. Its changes are on the request's timeline.
ALTER TABLE connection_request ADD COLUMN connection_status VARCHAR(10);
ALTER TABLE connection_request ADD COLUMN connection_status_since TIMESTAMP WITH TIME ZONE;
UPDATE connection_request SET connection_status = 'ACTIVE', connection_status_since = decided_at
    WHERE state = 'APPROVED';
ALTER TABLE connection_request ADD CONSTRAINT ck_connection_request_connection_status
    CHECK (connection_status IN ('ACTIVE', 'SUSPENDED', 'ENDED'));
ALTER TABLE connection_request ADD CONSTRAINT ck_connection_request_connection_approved
    CHECK ((state = 'APPROVED' AND connection_status IS NOT NULL)
        OR (state <> 'APPROVED' AND connection_status IS NULL));
