-- The legacy register's import (lu.alarmis.client.legacy): each file an admin uploads, the ledger of
-- its lines (written in the transaction of the chunk that imported them, so that an import stopped
-- by a crash resumes after the last line it committed and never imports a line twice) and the
-- problems its report lists. The connections gain the day they were made and the last yearly
-- servicing and transmission test the legacy register knew of, from which the yearly obligations
-- fall due.
ALTER TABLE client_connection ADD COLUMN connected_on DATE;
UPDATE client_connection SET connected_on = CAST(created_at AS DATE);
ALTER TABLE client_connection ALTER COLUMN connected_on SET NOT NULL;
ALTER TABLE client_connection ADD COLUMN last_servicing_on DATE;
ALTER TABLE client_connection ADD COLUMN last_transmission_test_on DATE;

-- Legacy clients without a trade-register number are found again by their name and postcode.
CREATE INDEX ix_client_legacy_name ON client (name_key, postal_postcode);

CREATE SEQUENCE legacy_import_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE legacy_import (
    id               BIGINT                   NOT NULL,
    file_name        VARCHAR(255)             NOT NULL,
    file_sha256      VARCHAR(64)              NOT NULL,
    file_bytes       BIGINT                   NOT NULL,
    line_count       INTEGER                  NOT NULL,
    uploaded_by      VARCHAR(254)             NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(12)              NOT NULL,
    executions       INTEGER                  NOT NULL,
    job_execution_id BIGINT,
    lines_done       INTEGER                  NOT NULL,
    created_count    INTEGER                  NOT NULL,
    updated_count    INTEGER                  NOT NULL,
    unchanged_count  INTEGER                  NOT NULL,
    rejected_count   INTEGER                  NOT NULL,
    missing_count    INTEGER                  NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_legacy_import PRIMARY KEY (id),
    CONSTRAINT ck_legacy_import_status CHECK (status IN ('RUNNING', 'INTERRUPTED', 'COMPLETED'))
);
CREATE INDEX ix_legacy_import_status ON legacy_import (status);

CREATE TABLE legacy_import_line (
    import_id     BIGINT      NOT NULL,
    line_number   BIGINT      NOT NULL,
    client_number VARCHAR(16),
    outcome       VARCHAR(10) NOT NULL,
    connection_id BIGINT,
    CONSTRAINT pk_legacy_import_line PRIMARY KEY (import_id, line_number),
    CONSTRAINT fk_legacy_import_line_import FOREIGN KEY (import_id) REFERENCES legacy_import (id),
    CONSTRAINT fk_legacy_import_line_connection FOREIGN KEY (connection_id) REFERENCES client_connection (id),
    CONSTRAINT ck_legacy_import_line_outcome CHECK (outcome IN ('CREATED', 'UPDATED', 'UNCHANGED', 'KEPT', 'REJECTED'))
);
CREATE INDEX ix_legacy_import_line_number ON legacy_import_line (import_id, client_number);

CREATE SEQUENCE legacy_import_problem_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE legacy_import_problem (
    id          BIGINT      NOT NULL,
    import_id   BIGINT      NOT NULL,
    line_number BIGINT,
    column_name VARCHAR(40),
    reason      VARCHAR(40) NOT NULL,
    found_value VARCHAR(300),
    CONSTRAINT pk_legacy_import_problem PRIMARY KEY (id),
    CONSTRAINT fk_legacy_import_problem_import FOREIGN KEY (import_id) REFERENCES legacy_import (id)
);
CREATE INDEX ix_legacy_import_problem_import ON legacy_import_problem (import_id, line_number, id);
