-- What became of each partner message: sent, applied, rejected (with the contract's error code)
-- or parked until what it answers exists; and the request it concerns.
ALTER TABLE partner_message ADD COLUMN status VARCHAR(10) DEFAULT 'APPLIED' NOT NULL;
ALTER TABLE partner_message ADD COLUMN error_code VARCHAR(30);
ALTER TABLE partner_message ADD COLUMN note VARCHAR(2000);
ALTER TABLE partner_message ADD COLUMN park_key VARCHAR(80);
ALTER TABLE partner_message ADD COLUMN request_id BIGINT;
ALTER TABLE partner_message ADD CONSTRAINT fk_partner_message_request
    FOREIGN KEY (request_id) REFERENCES connection_request (id);
ALTER TABLE partner_message ADD CONSTRAINT ck_partner_message_status
    CHECK (status IN ('SENT', 'APPLIED', 'REJECTED', 'PARKED'));
UPDATE partner_message SET status = 'SENT' WHERE direction = 'OUTBOUND';
CREATE INDEX ix_partner_message_parked ON partner_message (park_key, status);
CREATE INDEX ix_partner_message_request ON partner_message (request_id);
CREATE INDEX ix_connection_request_order ON connection_request (post_order_reference, state);
