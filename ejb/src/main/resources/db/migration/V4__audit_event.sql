-- Who did what, when, from where: logins, failed logins, invitations, role changes, decisions.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_event (
    id             BIGINT                   NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(254)             NOT NULL,
    action         VARCHAR(40)              NOT NULL,
    subject_type   VARCHAR(40),
    subject_id     VARCHAR(64),
    detail         VARCHAR(1000),
    source_address VARCHAR(64),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor);
