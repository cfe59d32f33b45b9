-- The yearly obligations of each connection (procedure 3): the servicing with its certificate, the
-- transmission tests (POST's reports and those staff record), the police's requests for a copy of
-- the certificate, where each connection stands, the reminders sent (each once: a unique key), and
-- the daily run's days (one row per job and day).

CREATE TABLE connection_compliance (
    connection_id         BIGINT      NOT NULL,
    version               BIGINT      NOT NULL,
    starts_on             DATE        NOT NULL,
    last_servicing_on     DATE,
    last_test_on          DATE,
    servicing_due_on      DATE        NOT NULL,
    test_due_on           DATE        NOT NULL,
    remediation_opened_on DATE,
    remediation_due_on    DATE,
    copy_due_on           DATE,
    next_due_on           DATE        NOT NULL,
    connection_state      VARCHAR(10) NOT NULL,
    state                 VARCHAR(12) NOT NULL,
    evaluated_on          DATE        NOT NULL,
    CONSTRAINT pk_connection_compliance PRIMARY KEY (connection_id),
    CONSTRAINT fk_connection_compliance_connection FOREIGN KEY (connection_id) REFERENCES client_connection (id),
    CONSTRAINT ck_connection_compliance_state CHECK (state IN ('COMPLIANT', 'DUE_SOON', 'OVERDUE', 'REMEDIATION',
        'SUSPENDED', 'ENDED')),
    CONSTRAINT ck_connection_compliance_connection_state CHECK (connection_state IN ('ACTIVE', 'SUSPENDED', 'ENDED')),
    CONSTRAINT ck_connection_compliance_remediation CHECK ((remediation_opened_on IS NULL) = (remediation_due_on IS NULL))
);
-- The dashboard counts by standing and lists a standing's connections, the nearest due date first;
-- the daily run looks for due dates in a window.
CREATE INDEX ix_connection_compliance_state ON connection_compliance (state, next_due_on, connection_id);
CREATE INDEX ix_connection_compliance_servicing ON connection_compliance (servicing_due_on);
CREATE INDEX ix_connection_compliance_test ON connection_compliance (test_due_on);
CREATE INDEX ix_connection_compliance_remediation ON connection_compliance (remediation_due_on);
CREATE INDEX ix_connection_compliance_copy ON connection_compliance (copy_due_on);

CREATE SEQUENCE servicing_record_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE servicing_record (
    id            BIGINT                   NOT NULL,
    connection_id BIGINT                   NOT NULL,
    serviced_on   DATE                     NOT NULL,
    company       VARCHAR(200)             NOT NULL,
    recorded_by   VARCHAR(255)             NOT NULL,
    file_name     VARCHAR(200)             NOT NULL,
    media_type    VARCHAR(40)              NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    sha256        VARCHAR(64)              NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    content_id    BIGINT                   NOT NULL,
    CONSTRAINT pk_servicing_record PRIMARY KEY (id),
    CONSTRAINT fk_servicing_record_connection FOREIGN KEY (connection_id) REFERENCES client_connection (id),
    CONSTRAINT fk_servicing_record_content FOREIGN KEY (content_id) REFERENCES document_content (id),
    CONSTRAINT uk_servicing_record_content UNIQUE (content_id)
);
CREATE INDEX ix_servicing_record_connection ON servicing_record (connection_id, serviced_on);

CREATE SEQUENCE transmission_test_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE transmission_test (
    id            BIGINT                   NOT NULL,
    connection_id BIGINT                   NOT NULL,
    tested_on     DATE                     NOT NULL,
    passed        BOOLEAN                  NOT NULL,
    source        VARCHAR(5)               NOT NULL,
    details       VARCHAR(2000),
    message_id    VARCHAR(100),
    recorded_by   VARCHAR(255)             NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_transmission_test PRIMARY KEY (id),
    CONSTRAINT fk_transmission_test_connection FOREIGN KEY (connection_id) REFERENCES client_connection (id),
    CONSTRAINT ck_transmission_test_source CHECK (source IN ('POST', 'PGD')),
    -- A message of POST's is recorded once.
    CONSTRAINT uk_transmission_test_message UNIQUE (message_id)
);
CREATE INDEX ix_transmission_test_connection ON transmission_test (connection_id, tested_on);

CREATE SEQUENCE certificate_copy_request_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE certificate_copy_request (
    id               BIGINT                   NOT NULL,
    version          BIGINT                   NOT NULL,
    connection_id    BIGINT                   NOT NULL,
    state            VARCHAR(10)              NOT NULL,
    due_on           DATE                     NOT NULL,
    note             VARCHAR(2000),
    asked_by         VARCHAR(255)             NOT NULL,
    asked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    servicing_id     BIGINT,
    answered_by      VARCHAR(255),
    answered_at      TIMESTAMP WITH TIME ZONE,
    decided_by       VARCHAR(255),
    decided_at       TIMESTAMP WITH TIME ZONE,
    sent_back_reason VARCHAR(2000),
    CONSTRAINT pk_certificate_copy_request PRIMARY KEY (id),
    CONSTRAINT fk_certificate_copy_request_connection FOREIGN KEY (connection_id) REFERENCES client_connection (id),
    CONSTRAINT fk_certificate_copy_request_servicing FOREIGN KEY (servicing_id) REFERENCES servicing_record (id),
    CONSTRAINT ck_certificate_copy_request_state CHECK (state IN ('ASKED', 'ANSWERED', 'ACCEPTED', 'SENT_BACK')),
    CONSTRAINT ck_certificate_copy_request_answered CHECK (state = 'ASKED' OR servicing_id IS NOT NULL),
    CONSTRAINT ck_certificate_copy_request_sent_back CHECK (state <> 'SENT_BACK' OR sent_back_reason IS NOT NULL)
);
CREATE INDEX ix_certificate_copy_request_connection ON certificate_copy_request (connection_id, asked_at);

CREATE SEQUENCE compliance_reminder_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE compliance_reminder (
    id         BIGINT                   NOT NULL,
    obligation VARCHAR(20)              NOT NULL,
    subject_id BIGINT                   NOT NULL,
    due_on     DATE                     NOT NULL,
    threshold  VARCHAR(8)               NOT NULL,
    sent_on    DATE                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_compliance_reminder PRIMARY KEY (id),
    -- Each reminder exists once, whatever runs twice.
    CONSTRAINT uk_compliance_reminder UNIQUE (obligation, subject_id, due_on, threshold),
    -- The subject is the connection, or for INFORMATION_REQUEST the connection request.
    CONSTRAINT ck_compliance_reminder_obligation CHECK (obligation IN ('SERVICING', 'TRANSMISSION_TEST', 'RETEST',
        'CERTIFICATE_COPY', 'INFORMATION_REQUEST')),
    CONSTRAINT ck_compliance_reminder_threshold CHECK (threshold IN ('DAYS_60', 'DAYS_30', 'DAYS_7', 'OVERDUE'))
);
CREATE INDEX ix_compliance_reminder_subject ON compliance_reminder (subject_id, sent_on);
-- The information requests whose answer is due: the daily run looks them up by date.
CREATE INDEX ix_connection_request_information_due ON connection_request (information_due);

CREATE TABLE daily_job (
    job         VARCHAR(40) NOT NULL,
    last_run_on DATE,
    CONSTRAINT pk_daily_job PRIMARY KEY (job)
);
INSERT INTO daily_job (job, last_run_on) VALUES ('compliance', NULL);

CREATE TABLE daily_run (
    job         VARCHAR(40)              NOT NULL,
    run_on      DATE                     NOT NULL,
    server      VARCHAR(100)             NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,
    summary     VARCHAR(500)             NOT NULL,
    -- One run per job and day, whichever server claims it.
    CONSTRAINT pk_daily_run PRIMARY KEY (job, run_on),
    CONSTRAINT fk_daily_run_job FOREIGN KEY (job) REFERENCES daily_job (job)
);
