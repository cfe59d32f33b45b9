-- Intended decisions (PANC, art. 9): a measure staff announce with its reasons and a date by which
-- the client may answer, the client's answer with its documents, and the decision that follows.

CREATE SEQUENCE intended_decision_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE intended_decision (
    id                BIGINT                   NOT NULL,
    version           BIGINT                   NOT NULL,
    subject_kind      VARCHAR(20)              NOT NULL,
    subject_id        BIGINT                   NOT NULL,
    subject_reference VARCHAR(40)              NOT NULL,
    measure           VARCHAR(30)              NOT NULL,
    state             VARCHAR(20)              NOT NULL,
    reasons           VARCHAR(4000)            NOT NULL,
    announced_by      VARCHAR(255)             NOT NULL,
    announced_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_due        DATE,
    urgency           VARCHAR(4000),
    answer            VARCHAR(4000),
    answered_by       VARCHAR(255),
    answered_at       TIMESTAMP WITH TIME ZONE,
    decision_reasons  VARCHAR(4000),
    decided_by        VARCHAR(255),
    decided_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_intended_decision PRIMARY KEY (id),
    CONSTRAINT ck_intended_decision_state CHECK (state IN ('ANNOUNCED', 'ANSWERED', 'TAKEN', 'DROPPED')),
    -- Waiting for an answer needs a date to answer by; only an urgency goes without.
    CONSTRAINT ck_intended_decision_due CHECK (answer_due IS NOT NULL OR urgency IS NOT NULL),
    CONSTRAINT ck_intended_decision_answered CHECK (state <> 'ANSWERED' OR answer IS NOT NULL),
    CONSTRAINT ck_intended_decision_decided CHECK (state NOT IN ('TAKEN', 'DROPPED') OR decision_reasons IS NOT NULL)
);
CREATE INDEX ix_intended_decision_subject ON intended_decision (subject_kind, subject_id);
CREATE INDEX ix_intended_decision_state ON intended_decision (state, answer_due);

CREATE SEQUENCE intended_decision_document_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE intended_decision_document (
    id          BIGINT                   NOT NULL,
    decision_id BIGINT                   NOT NULL,
    file_name   VARCHAR(200)             NOT NULL,
    media_type  VARCHAR(40)              NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    sha256      VARCHAR(64)              NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(255)             NOT NULL,
    content_id  BIGINT                   NOT NULL,
    CONSTRAINT pk_intended_decision_document PRIMARY KEY (id),
    CONSTRAINT fk_intended_decision_document_decision FOREIGN KEY (decision_id) REFERENCES intended_decision (id),
    CONSTRAINT fk_intended_decision_document_content FOREIGN KEY (content_id) REFERENCES document_content (id),
    CONSTRAINT uk_intended_decision_document_content UNIQUE (content_id)
);
CREATE INDEX ix_intended_decision_document ON intended_decision_document (decision_id);

-- The steps of the procedure are lines of the connection's history; their names are longer.
ALTER TABLE connection_event ALTER COLUMN kind SET DATA TYPE VARCHAR(30);
