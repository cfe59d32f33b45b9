-- Certification of a business eSpace by an existing ALARMIS client (procedure 1): the request, its
-- history, the tokens (only their hash; the letter's copy sealed until the letter is posted), the
-- letters addressed to the register's postal address, and the print batches.

CREATE SEQUENCE certification_request_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE certification_request (
    id                    BIGINT                   NOT NULL,
    version               BIGINT                   NOT NULL,
    espace_id             BIGINT                   NOT NULL,
    requested_by          BIGINT                   NOT NULL,
    client_number         VARCHAR(16)              NOT NULL,
    trade_register_number VARCHAR(20),
    message               VARCHAR(2000),
    state                 VARCHAR(20)              NOT NULL,
    connection_id         BIGINT,
    client_id             BIGINT,
    proposal              VARCHAR(10),
    proposal_note         VARCHAR(2000),
    proposed_by           VARCHAR(255),
    proposed_at           TIMESTAMP WITH TIME ZONE,
    decided_by            VARCHAR(255),
    decided_at            TIMESTAMP WITH TIME ZONE,
    decision_reason       VARCHAR(2000),
    certified_at          TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_certification_request PRIMARY KEY (id),
    CONSTRAINT fk_certification_request_espace FOREIGN KEY (espace_id) REFERENCES business_espace (id),
    CONSTRAINT fk_certification_request_account FOREIGN KEY (requested_by) REFERENCES account (id),
    CONSTRAINT fk_certification_request_connection FOREIGN KEY (connection_id) REFERENCES client_connection (id),
    CONSTRAINT fk_certification_request_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_certification_request_state CHECK (state IN ('SUBMITTED', 'PREPARED', 'APPROVED', 'CERTIFIED',
        'REFUSED', 'REVOKED')),
    -- Approval needs the register's client: the letter goes to its registered postal address.
    CONSTRAINT ck_certification_request_client CHECK (state NOT IN ('APPROVED', 'CERTIFIED', 'REVOKED')
        OR client_id IS NOT NULL),
    CONSTRAINT ck_certification_request_refused CHECK (state <> 'REFUSED' OR decision_reason IS NOT NULL)
);
CREATE INDEX ix_certification_request_espace ON certification_request (espace_id, created_at);
CREATE INDEX ix_certification_request_state ON certification_request (state, created_at);
CREATE INDEX ix_certification_request_client ON certification_request (client_id);

CREATE SEQUENCE certification_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE certification_event (
    id             BIGINT                   NOT NULL,
    request_id     BIGINT                   NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    kind           VARCHAR(30)              NOT NULL,
    actor          VARCHAR(255)             NOT NULL,
    source_address VARCHAR(64),
    note           VARCHAR(2000),
    CONSTRAINT pk_certification_event PRIMARY KEY (id),
    CONSTRAINT fk_certification_event_request FOREIGN KEY (request_id) REFERENCES certification_request (id)
);
CREATE INDEX ix_certification_event_request ON certification_event (request_id, occurred_at);

CREATE SEQUENCE print_batch_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE print_batch (
    id         BIGINT                   NOT NULL,
    version    BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(255)             NOT NULL,
    posted_at  TIMESTAMP WITH TIME ZONE,
    posted_by  VARCHAR(255),
    CONSTRAINT pk_print_batch PRIMARY KEY (id)
);

CREATE SEQUENCE certification_token_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE certification_token (
    id            BIGINT                   NOT NULL,
    version       BIGINT                   NOT NULL,
    request_id    BIGINT                   NOT NULL,
    token_hash    VARCHAR(64)              NOT NULL,
    -- the letter's copy, sealed with the server's letter key, erased once the letter is posted
    sealed        BYTEA,
    state         VARCHAR(20)              NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by     VARCHAR(255)             NOT NULL,
    posted_at     TIMESTAMP WITH TIME ZONE,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    wrong_entries INTEGER                  NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    ended_by      VARCHAR(255),
    CONSTRAINT pk_certification_token PRIMARY KEY (id),
    CONSTRAINT fk_certification_token_request FOREIGN KEY (request_id) REFERENCES certification_request (id),
    CONSTRAINT uk_certification_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_certification_token_state CHECK (state IN ('ISSUED', 'PRINTED', 'POSTED', 'REDEEMED', 'LOCKED',
        'REVOKED'))
);
CREATE INDEX ix_certification_token_request ON certification_token (request_id);

CREATE SEQUENCE certification_letter_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE certification_letter (
    id                BIGINT                   NOT NULL,
    version           BIGINT                   NOT NULL,
    request_id        BIGINT                   NOT NULL,
    token_id          BIGINT                   NOT NULL,
    recipient         VARCHAR(200)             NOT NULL,
    street            VARCHAR(120)             NOT NULL,
    house_number      VARCHAR(10)              NOT NULL,
    postcode          VARCHAR(10)              NOT NULL,
    locality          VARCHAR(80)              NOT NULL,
    language          VARCHAR(2)               NOT NULL,
    state             VARCHAR(20)              NOT NULL,
    batch_id          BIGINT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_certification_letter PRIMARY KEY (id),
    CONSTRAINT fk_certification_letter_request FOREIGN KEY (request_id) REFERENCES certification_request (id),
    CONSTRAINT fk_certification_letter_token FOREIGN KEY (token_id) REFERENCES certification_token (id),
    CONSTRAINT fk_certification_letter_batch FOREIGN KEY (batch_id) REFERENCES print_batch (id),
    CONSTRAINT ck_certification_letter_state CHECK (state IN ('WAITING', 'PRINTED', 'POSTED', 'CANCELLED')),
    CONSTRAINT ck_certification_letter_batch CHECK (state NOT IN ('PRINTED', 'POSTED') OR batch_id IS NOT NULL)
);
CREATE INDEX ix_certification_letter_state ON certification_letter (state, created_at);
CREATE INDEX ix_certification_letter_batch ON certification_letter (batch_id);
CREATE INDEX ix_certification_letter_request ON certification_letter (request_id);
