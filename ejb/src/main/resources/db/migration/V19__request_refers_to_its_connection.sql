-- V18 moved each approved request's connection into the register. The request now refers to its
-- connection and no longer holds the client number nor the connection's state.
ALTER TABLE connection_request DROP CONSTRAINT ck_connection_request_connection_approved;
ALTER TABLE connection_request DROP CONSTRAINT ck_connection_request_connection_status;
ALTER TABLE connection_request DROP COLUMN connection_status;
ALTER TABLE connection_request DROP COLUMN connection_status_since;
ALTER TABLE connection_request DROP CONSTRAINT ck_connection_request_approved;
ALTER TABLE connection_request DROP CONSTRAINT uk_connection_request_client_number;
ALTER TABLE connection_request DROP COLUMN client_number;
ALTER TABLE connection_request ADD CONSTRAINT ck_connection_request_approved
    CHECK (state <> 'APPROVED' OR connection_id IS NOT NULL);

-- A notification names its subject (V17) instead of a request.
ALTER TABLE notification DROP CONSTRAINT fk_notification_request;
ALTER TABLE notification DROP COLUMN request_id;
