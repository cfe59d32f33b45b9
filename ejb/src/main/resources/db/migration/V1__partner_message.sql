-- Traffic with POST Luxembourg, in both directions. A message id is stored once per direction:
-- this is what makes inbound processing idempotent.
CREATE SEQUENCE partner_message_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE partner_message (
    id             BIGINT                   NOT NULL,
    direction      VARCHAR(8)               NOT NULL,
    message_id     VARCHAR(100)             NOT NULL,
    message_type   VARCHAR(40)              NOT NULL,
    schema_version VARCHAR(10)              NOT NULL,
    correlation_id VARCHAR(100),
    body           VARCHAR(65536)           NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_partner_message PRIMARY KEY (id),
    CONSTRAINT uk_partner_message_direction_id UNIQUE (direction, message_id),
    CONSTRAINT ck_partner_message_direction CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    CONSTRAINT ck_partner_message_id_not_blank CHECK (LENGTH(TRIM(message_id)) > 0)
);

CREATE INDEX ix_partner_message_recorded_at ON partner_message (recorded_at);
CREATE INDEX ix_partner_message_correlation ON partner_message (correlation_id);
