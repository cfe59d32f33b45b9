-- Our messages to POST leave through an outbox: recorded PENDING in the transaction that decides
-- them, put on PostOutbound once it has committed, then marked SENT with the time they left.
ALTER TABLE partner_message ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
UPDATE partner_message SET sent_at = recorded_at WHERE direction = 'OUTBOUND';
ALTER TABLE partner_message DROP CONSTRAINT ck_partner_message_status;
ALTER TABLE partner_message ADD CONSTRAINT ck_partner_message_status
    CHECK (status IN ('PENDING', 'SENT', 'APPLIED', 'REJECTED', 'PARKED'));
CREATE INDEX ix_partner_message_status ON partner_message (status, id);
CREATE INDEX ix_partner_message_type ON partner_message (message_type, recorded_at);

-- Each failed attempt to process a message of POST, written apart from the failed transaction:
-- the reason staff see beside a dead-lettered message.
CREATE SEQUENCE partner_delivery_failure_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE partner_delivery_failure (
    id           BIGINT                   NOT NULL,
    transport_id VARCHAR(100)             NOT NULL,
    message_id   VARCHAR(100),
    message_type VARCHAR(40),
    attempt      INTEGER                  NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(2000)            NOT NULL,
    CONSTRAINT pk_partner_delivery_failure PRIMARY KEY (id),
    CONSTRAINT ck_partner_delivery_failure_attempt CHECK (attempt > 0)
);
CREATE INDEX ix_partner_delivery_failure_transport ON partner_delivery_failure (transport_id, failed_at);
CREATE INDEX ix_partner_delivery_failure_message ON partner_delivery_failure (message_id, failed_at);

-- What staff decided about a dead-lettered message: replayed onto PostInbound or discarded, by
-- whom, when and why. The message itself is kept here, so a discarded one is not lost.
CREATE SEQUENCE partner_dead_letter_decision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE partner_dead_letter_decision (
    id             BIGINT                   NOT NULL,
    transport_id   VARCHAR(100)             NOT NULL,
    message_id     VARCHAR(100),
    message_type   VARCHAR(40),
    schema_version VARCHAR(10),
    body           VARCHAR(65536),
    failure_reason VARCHAR(2000),
    decision       VARCHAR(10)              NOT NULL,
    decided_by     VARCHAR(254)             NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(1000)            NOT NULL,
    CONSTRAINT pk_partner_dead_letter_decision PRIMARY KEY (id),
    CONSTRAINT ck_partner_dead_letter_decision CHECK (decision IN ('REPLAYED', 'DISCARDED')),
    CONSTRAINT ck_partner_dead_letter_reason CHECK (LENGTH(TRIM(reason)) > 0)
);
CREATE INDEX ix_partner_dead_letter_decision_at ON partner_dead_letter_decision (decided_at);
