-- Initial connection requests (procedure 2): the request, its contact persons, documents,
-- timeline, the client-number sequence, the eSpace notification inbox, and the Envers history.
CREATE SEQUENCE connection_request_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE connection_request (
    id                          BIGINT                   NOT NULL,
    version                     BIGINT                   NOT NULL,
    espace_id                   BIGINT                   NOT NULL,
    created_by                  BIGINT                   NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    state                       VARCHAR(20)              NOT NULL,
    state_changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at                TIMESTAMP WITH TIME ZONE,
    wizard_step                 INTEGER                  NOT NULL,
    site_street                 VARCHAR(120),
    site_house_number           VARCHAR(10),
    site_postcode               VARCHAR(6),
    site_locality               VARCHAR(80),
    site_locality_key           VARCHAR(80),
    premises_kind               VARCHAR(20),
    passive_alarm               BOOLEAN                  NOT NULL,
    active_alarm                BOOLEAN                  NOT NULL,
    fire_alarm                  BOOLEAN                  NOT NULL,
    installer_name              VARCHAR(200),
    installer_address           VARCHAR(300),
    installer_contact           VARCHAR(200),
    maintainer_name             VARCHAR(200),
    maintainer_address          VARCHAR(300),
    maintainer_contact          VARCHAR(200),
    post_order_reference        VARCHAR(40),
    reasons                     VARCHAR(4000),
    obligations_acknowledged_at TIMESTAMP WITH TIME ZONE,
    assignee_id                 BIGINT,
    post_line_id                VARCHAR(40),
    information_request         VARCHAR(2000),
    information_due             DATE,
    proposal                    VARCHAR(10),
    proposed_by                 BIGINT,
    proposal_note               VARCHAR(2000),
    fire_exception_reason       VARCHAR(2000),
    fire_exception_by           BIGINT,
    client_number               VARCHAR(16),
    decision_reason             VARCHAR(2000),
    decided_by                  BIGINT,
    decided_at                  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_connection_request PRIMARY KEY (id),
    CONSTRAINT uk_connection_request_client_number UNIQUE (client_number),
    CONSTRAINT fk_connection_request_espace FOREIGN KEY (espace_id) REFERENCES business_espace (id),
    CONSTRAINT fk_connection_request_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_connection_request_assignee FOREIGN KEY (assignee_id) REFERENCES account (id),
    CONSTRAINT fk_connection_request_proposer FOREIGN KEY (proposed_by) REFERENCES account (id),
    CONSTRAINT fk_connection_request_fire_exception FOREIGN KEY (fire_exception_by) REFERENCES account (id),
    CONSTRAINT fk_connection_request_decider FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT ck_connection_request_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'POST_CHECK', 'POST_REJECTED',
        'IN_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
    CONSTRAINT ck_connection_request_postcode CHECK (site_postcode IS NULL OR site_postcode LIKE 'L-____'),
    CONSTRAINT ck_connection_request_approved CHECK (state <> 'APPROVED' OR client_number IS NOT NULL),
    CONSTRAINT ck_connection_request_four_eyes CHECK (decided_by IS NULL OR proposed_by IS NULL
        OR decided_by <> proposed_by)
);
-- The eSpace's own list, and the staff work queue: filtered by state, locality, assignee and
-- alarm type, ordered by age (submission) by default.
CREATE INDEX ix_connection_request_espace ON connection_request (espace_id, created_at);
CREATE INDEX ix_connection_request_state_submitted ON connection_request (state, submitted_at, id);
CREATE INDEX ix_connection_request_submitted ON connection_request (submitted_at, id);
CREATE INDEX ix_connection_request_locality ON connection_request (site_locality_key, submitted_at, id);
CREATE INDEX ix_connection_request_assignee ON connection_request (assignee_id, submitted_at, id);

CREATE SEQUENCE request_contact_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE request_contact (
    id         BIGINT       NOT NULL,
    request_id BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    name       VARCHAR(200) NOT NULL,
    phone      VARCHAR(30)  NOT NULL,
    role       VARCHAR(100) NOT NULL,
    CONSTRAINT pk_request_contact PRIMARY KEY (id),
    CONSTRAINT fk_request_contact_request FOREIGN KEY (request_id) REFERENCES connection_request (id)
);
CREATE INDEX ix_request_contact_request ON request_contact (request_id);

CREATE SEQUENCE document_content_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE document_content (
    id    BIGINT NOT NULL,
    bytes BYTEA  NOT NULL,
    CONSTRAINT pk_document_content PRIMARY KEY (id)
);

CREATE SEQUENCE request_document_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE request_document (
    id          BIGINT                   NOT NULL,
    request_id  BIGINT                   NOT NULL,
    purpose     VARCHAR(20)              NOT NULL,
    file_name   VARCHAR(200)             NOT NULL,
    media_type  VARCHAR(40)              NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    sha256      VARCHAR(64)              NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by BIGINT                   NOT NULL,
    content_id  BIGINT                   NOT NULL,
    CONSTRAINT pk_request_document PRIMARY KEY (id),
    CONSTRAINT uk_request_document_content UNIQUE (content_id),
    CONSTRAINT fk_request_document_request FOREIGN KEY (request_id) REFERENCES connection_request (id),
    CONSTRAINT fk_request_document_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id),
    CONSTRAINT fk_request_document_content FOREIGN KEY (content_id) REFERENCES document_content (id),
    CONSTRAINT ck_request_document_type CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png'))
);
CREATE INDEX ix_request_document_request ON request_document (request_id);

CREATE SEQUENCE request_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE request_event (
    id          BIGINT                   NOT NULL,
    request_id  BIGINT                   NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(30)              NOT NULL,
    actor_kind  VARCHAR(10)              NOT NULL,
    actor       VARCHAR(254)             NOT NULL,
    from_state  VARCHAR(20),
    to_state    VARCHAR(20),
    note        VARCHAR(2000),
    CONSTRAINT pk_request_event PRIMARY KEY (id),
    CONSTRAINT fk_request_event_request FOREIGN KEY (request_id) REFERENCES connection_request (id)
);
CREATE INDEX ix_request_event_request ON request_event (request_id, occurred_at);

-- Client numbers: one sequence, never reused, so two approvals at the same instant differ.
CREATE SEQUENCE client_number_seq START WITH 1 INCREMENT BY 1;

CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification (
    id         BIGINT                   NOT NULL,
    espace_id  BIGINT                   NOT NULL,
    request_id BIGINT,
    kind       VARCHAR(30)              NOT NULL,
    detail     VARCHAR(2000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE,
    read_by    VARCHAR(254),
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_espace FOREIGN KEY (espace_id) REFERENCES business_espace (id),
    CONSTRAINT fk_notification_request FOREIGN KEY (request_id) REFERENCES connection_request (id)
);
CREATE INDEX ix_notification_espace ON notification (espace_id, created_at);

-- Hibernate Envers: one revision per transaction that changed audited data, with its actor.
CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE revinfo (
    rev      BIGINT NOT NULL,
    revtstmp BIGINT NOT NULL,
    actor    VARCHAR(254),
    CONSTRAINT pk_revinfo PRIMARY KEY (rev)
);

CREATE TABLE connection_request_aud (
    id                   BIGINT   NOT NULL,
    rev                  BIGINT   NOT NULL,
    revtype              SMALLINT,
    state                VARCHAR(20),
    site_street          VARCHAR(120),
    site_house_number    VARCHAR(10),
    site_postcode        VARCHAR(6),
    site_locality        VARCHAR(80),
    premises_kind        VARCHAR(20),
    passive_alarm        BOOLEAN,
    active_alarm         BOOLEAN,
    fire_alarm           BOOLEAN,
    installer_name       VARCHAR(200),
    installer_address    VARCHAR(300),
    installer_contact    VARCHAR(200),
    maintainer_name      VARCHAR(200),
    maintainer_address   VARCHAR(300),
    maintainer_contact   VARCHAR(200),
    post_order_reference VARCHAR(40),
    reasons              VARCHAR(4000),
    client_number        VARCHAR(16),
    decision_reason      VARCHAR(2000),
    CONSTRAINT pk_connection_request_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_connection_request_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE request_contact_aud (
    id         BIGINT   NOT NULL,
    rev        BIGINT   NOT NULL,
    revtype    SMALLINT,
    request_id BIGINT,
    position   INTEGER,
    name       VARCHAR(200),
    phone      VARCHAR(30),
    role       VARCHAR(100),
    CONSTRAINT pk_request_contact_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_request_contact_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
